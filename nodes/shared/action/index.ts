// Building blocks for action and responder nodes.
export * from './answers';
export * from './client';
export * from './dateRange';
export * from './display';
export * from './items';
export * from './paging';
export * from './parameters';
export * from './request';
export * from './resources';
export * from './respond';
export * from './locator';
export * from './simplify';
