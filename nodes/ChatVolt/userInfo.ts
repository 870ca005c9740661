import type { IDataObject } from 'n8n-workflow';

import type { AnsweringPair } from '../shared/builderHint';
import { textOf } from '../shared/object';
import { isPlainObject, type Delivery } from '../shared/webhook';

/** The "fetch external user information" trigger and the node that answers ChatVolt for it. */
export const USER_INFO_PAIR: AnsweringPair = {
	vendor: 'ChatVolt',
	trigger: { name: 'chatVoltUserInfoTrigger', displayName: 'ChatVolt User Info Trigger' },
	response: { name: 'chatVoltUserInfoResponse', displayName: 'ChatVolt User Info Response' },
};

/**
 * Where each identifier may sit in ChatVolt's "fetch external user information" request. ChatVolt
 * does not document that request, so the names its webhooks use come first, then common ones.
 */
const IDENTIFIER_KEYS: Record<'phone' | 'email' | 'conversationId' | 'contactId', string[]> = {
	phone: ['userPhoneNumber', 'phoneNumber', 'phone', 'phone_number', 'contact.phoneNumber', 'contact.phone', 'user.phoneNumber', 'user.phone'],
	email: ['userEmail', 'email', 'contact.email', 'user.email'],
	conversationId: ['conversationId', 'conversation_id', 'conversation.id'],
	contactId: ['contactId', 'contact_id', 'contact.id', 'userId', 'user.id'],
};

function lookup(source: IDataObject, dottedKey: string): unknown {
	return dottedKey
		.split('.')
		.reduce<unknown>((value, key) => (isPlainObject(value) ? value[key] : undefined), source);
}

function firstText(sources: IDataObject[], keys: string[]): string | undefined {
	for (const source of sources) {
		for (const key of keys) {
			const text = textOf(lookup(source, key));
			if (text !== undefined) return text;
		}
	}
	return undefined;
}

/** phone, email, conversationId and contactId, from the body first, then the query string. */
export function userIdentifiers(body: IDataObject, query: IDataObject): IDataObject {
	const sources = [body, query];
	return {
		phone: firstText(sources, IDENTIFIER_KEYS.phone),
		email: firstText(sources, IDENTIFIER_KEYS.email),
		conversationId: firstText(sources, IDENTIFIER_KEYS.conversationId),
		contactId: firstText(sources, IDENTIFIER_KEYS.contactId),
	};
}

/**
 * The one event a user-information request is: ChatVolt does not document the request, so all of
 * it (method, query, body and the headers, the secret one hidden).
 */
export function userInfoRequest({ body, request, headers }: Delivery<unknown>): IDataObject[] {
	return [
		{
			method: (request.method ?? 'GET').toUpperCase(),
			query: request.query ?? {},
			body: body as IDataObject,
			headers: headers as IDataObject,
		},
	];
}

export type AnswerShape = 'flat' | 'wrapped' | 'list';

export interface DetailsAnswer {
	shape: AnswerShape;
	/** For "wrapped" and "list": the key the details sit under. */
	key?: string;
}

function isEmptyValue(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.length === 0;
	if (isPlainObject(value)) return Object.keys(value).length === 0;
	return false;
}

/** Whether there is nothing to show: no details, or only empty values. */
export function hasNoDetails(details: IDataObject): boolean {
	return Object.values(details).every(isEmptyValue);
}

/** Label/value pairs from the node's "Fields" list; later labels win, blank labels are skipped. */
export function detailsFromFields(fields: Array<{ label?: unknown; value?: unknown }>): IDataObject {
	const details: IDataObject = {};
	for (const { label, value } of fields) {
		const name = typeof label === 'string' ? label.trim() : '';
		if (name) details[name] = value as IDataObject[string];
	}
	return details;
}

/** The JSON ChatVolt receives, in the shape the user chose. */
export function shapeDetails(details: IDataObject, answer: DetailsAnswer): IDataObject {
	if (answer.shape === 'flat') return details;
	const key = answer.key?.trim() || (answer.shape === 'list' ? 'fields' : 'user');
	if (answer.shape === 'wrapped') return { [key]: details };
	return { [key]: Object.entries(details).map(([label, value]) => ({ label, value })) };
}
