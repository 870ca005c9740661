// The webhook toolkit every vendor trigger is built from: a trigger is a declaration (trigger.ts)
// plus the vendor's own logic.
export { isPlainObject } from '../object';
export * from './body';
export * from './credentialTest';
export * from './declaration';
export * from './delivery';
export * from './deliveryCheck';
export * from './description';
export * from './descriptionFields';
export * from './eventFilter';
export * from './eventId';
export * from './output';
export * from './receive';
export * from './respond';
export * from './secret';
export * from './trigger';
export * from './triggerPanel';
export * from './triggerParts';
export * from './webhookMethods';
export * from './webhookSecret';
