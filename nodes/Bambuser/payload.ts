import type { IDataObject } from 'n8n-workflow';

import { textOf } from '../shared/object';
import { isPlainObject } from '../shared/webhook';

// The email node and the trigger read text fields the same way.
export { textOf };

/** The parts of a call-summary payload this package reads. Every field may be missing. */
export interface CallSummaryPayload extends IDataObject {
	products?: IDataObject[];
	chat?: IDataObject[];
	note?: string;
	date?: string;
	client?: IDataObject;
	agent?: IDataObject;
}


export function objectOrUndefined(value: unknown): IDataObject | undefined {
	return isPlainObject(value) ? value : undefined;
}

/** The plain objects of an array field; anything else is an empty list. */
export function objects(value: unknown): IDataObject[] {
	return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

/** The payload of an envelope, or the item itself when it is a bare payload. */
export function payloadOf(envelope: IDataObject): CallSummaryPayload {
	return (objectOrUndefined(envelope.payload) ?? envelope) as CallSummaryPayload;
}

/** The client's display name: `name`, else first and last name. */
export function clientNameOf(client: IDataObject | undefined): string | undefined {
	if (!client) return undefined;
	const full = textOf(client.name);
	if (full) return full;
	const parts = [textOf(client.firstName), textOf(client.lastName)].filter(Boolean);
	return parts.length ? parts.join(' ') : undefined;
}
