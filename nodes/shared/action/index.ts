// Building blocks for action and responder nodes.
export * from './items';
export * from './paging';
export * from './request';
export * from './respond';
