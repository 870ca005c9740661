import type { IDataObject } from 'n8n-workflow';

import { withDerivedFields } from '../shared/webhook';
import { clientNameOf, objectOrUndefined, objects, payloadOf, textOf, type CallSummaryPayload } from './payload';

/** How the trigger turns one delivery into items. */
export type OutputMode = 'delivery' | 'products' | 'chat';

/** Call and client context attached to each product or chat item. */
function callContextOf(envelope: IDataObject, payload: CallSummaryPayload, eventId: string): IDataObject {
	const client = objectOrUndefined(payload.client);
	const agent = objectOrUndefined(payload.agent);
	return {
		eventId,
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
export function deliveryItem(envelope: IDataObject, eventId: string): IDataObject {
	const payload = payloadOf(envelope);
	const client = objectOrUndefined(payload.client);
	return withDerivedFields(envelope, {
		eventId,
		clientName: clientNameOf(client),
		clientEmail: textOf(client?.email),
		agentName: textOf(objectOrUndefined(payload.agent)?.name),
		productCount: Array.isArray(payload.products) ? payload.products.length : undefined,
		chatMessageCount: Array.isArray(payload.chat) ? payload.chat.length : undefined,
	});
}

/** One item per product, the product untouched under `product`, with the call's context. */
export function productItems(envelope: IDataObject, eventId: string): IDataObject[] {
	const payload = payloadOf(envelope);
	const products = objects(payload.products);
	const context = callContextOf(envelope, payload, eventId);
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
export function chatItems(envelope: IDataObject, eventId: string): IDataObject[] {
	const payload = payloadOf(envelope);
	const messages = objects(payload.chat);
	const context = callContextOf(envelope, payload, eventId);
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
export function itemsFor(envelope: IDataObject, eventId: string, mode: OutputMode): IDataObject[] {
	if (mode === 'products') return productItems(envelope, eventId);
	if (mode === 'chat') return chatItems(envelope, eventId);
	return [deliveryItem(envelope, eventId)];
}
