import type { IDataObject } from 'n8n-workflow';

import { contentDigest, isPlainObject, withDerivedFields } from '../shared/webhook';

/** How the trigger turns one delivery into items. */
export type OutputMode = 'delivery' | 'products' | 'chat';

/** The parts of a call-summary payload this package reads. Every field may be missing. */
export interface CallSummaryPayload extends IDataObject {
	products?: IDataObject[];
	chat?: IDataObject[];
	note?: string;
	date?: string;
	client?: IDataObject;
	agent?: IDataObject;
}

/** A string field's trimmed text, numbers as text, anything else (and blank strings) undefined. */
export function textOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
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

/**
 * The delivery's `eventId`, or, should a delivery ever come without one, a stable key made from
 * its content, so that an identical retry still gets the same id.
 */
export function eventIdOf(envelope: IDataObject): string {
	const given = textOf(envelope.eventId);
	if (given) return given;
	return 'sha256:' + contentDigest(envelope);
}

/** Call and client context attached to each product or chat item. */
function callContextOf(envelope: IDataObject, payload: CallSummaryPayload): IDataObject {
	const client = objectOrUndefined(payload.client);
	const agent = objectOrUndefined(payload.agent);
	return {
		eventId: eventIdOf(envelope),
		collection: envelope.collection,
		action: envelope.action,
		callDate: payload.date,
		note: payload.note,
		client,
		agent,
		clientName: clientNameOf(client),
		clientEmail: textOf(client?.email),
		agentName: textOf(agent?.name),
	};
}

function dropUndefined(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** One item for the whole delivery: the envelope untouched, plus a few derived fields. */
export function deliveryItem(envelope: IDataObject): IDataObject {
	const payload = payloadOf(envelope);
	const client = objectOrUndefined(payload.client);
	return withDerivedFields(envelope, {
		eventId: eventIdOf(envelope),
		clientName: clientNameOf(client),
		clientEmail: textOf(client?.email),
		agentName: textOf(objectOrUndefined(payload.agent)?.name),
		productCount: Array.isArray(payload.products) ? payload.products.length : undefined,
		chatMessageCount: Array.isArray(payload.chat) ? payload.chat.length : undefined,
	});
}

/** One item per product, the product untouched under `product`, with the call's context. */
export function productItems(envelope: IDataObject): IDataObject[] {
	const payload = payloadOf(envelope);
	const products = objects(payload.products);
	const context = callContextOf(envelope, payload);
	return products.map((product, index) =>
		dropUndefined({
			...context,
			itemKey: `${context.eventId as string}:product:${index}`,
			productIndex: index,
			productCount: products.length,
			product,
		}),
	);
}

/** One item per chat message, the message untouched under `chatMessage`, with the call's context. */
export function chatItems(envelope: IDataObject): IDataObject[] {
	const payload = payloadOf(envelope);
	const messages = objects(payload.chat);
	const context = callContextOf(envelope, payload);
	return messages.map((chatMessage, index) => {
		const from = textOf(chatMessage.src);
		const senderName =
			from === 'agent' ? context.agentName : from === 'client' ? context.clientName : undefined;
		return dropUndefined({
			...context,
			itemKey: `${context.eventId as string}:chat:${index}`,
			messageIndex: index,
			messageCount: messages.length,
			from,
			senderName,
			text: typeof chatMessage.message === 'string' ? chatMessage.message : undefined,
			sentAt: textOf(chatMessage.date),
			chatMessage,
		});
	});
}

/** The items one delivery becomes in the chosen mode (possibly none, e.g. a call without chat). */
export function itemsFor(envelope: IDataObject, mode: OutputMode): IDataObject[] {
	if (mode === 'products') return productItems(envelope);
	if (mode === 'chat') return chatItems(envelope);
	return [deliveryItem(envelope)];
}
