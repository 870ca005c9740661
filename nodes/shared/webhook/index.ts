// The webhook toolkit every vendor trigger is built from.
export * from './batch';
export * from './body';
export * from './credentialTest';
export * from './description';
export * from './eventFilter';
export * from './eventId';
export * from './output';
export * from './receive';
export * from './respond';
export * from './secret';
export * from './webhookMethods';
