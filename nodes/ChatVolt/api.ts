import type { IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';

import { apiRequest } from '../shared/action';

export const API_CREDENTIAL = 'chatVoltApi';
export const DEFAULT_BASE_URL = 'https://api.chatvolt.ai';

/** ChatVolt's HTTP statuses, explained for someone building a workflow. */
export function explainChatVoltError(status: number | undefined): string | undefined {
	if (status === undefined) return undefined;
	const known: Record<number, string> = {
		400: 'ChatVolt refused the request as invalid: check the IDs, phone number format (country code, digits only) and required fields.',
		401: 'ChatVolt refused the API key. Check the ChatVolt API credential: create a key in ChatVolt under Settings > API Keys.',
		402: 'Your ChatVolt plan\'s usage limit is reached (messages or credits). Upgrade the plan or wait for the next billing period.',
		403: 'The API key has no access to this item: it may belong to another ChatVolt organization.',
		404: 'ChatVolt found nothing with this ID: check the agent, conversation or contact ID.',
		406: 'The channel refused the message: WhatsApp and Instagram only accept free messages within 24 hours of the user\'s last message. Wait for the user to write, or use an approved template in ChatVolt.',
		429: 'Too many requests to ChatVolt: slow the workflow down, for example with a Wait node or smaller batches.',
	};
	if (known[status]) return known[status];
	if (status >= 500) return 'ChatVolt had a problem answering. Try again in a moment; if it persists, check ChatVolt\'s status.';
	return undefined;
}

/** One call to ChatVolt's API with the node's credential. */
export async function chatVoltRequest<T = IDataObject>(
	context: IExecuteFunctions,
	method: IHttpRequestMethods,
	path: string,
	options: { body?: IDataObject; qs?: IDataObject } = {},
): Promise<T> {
	const credential = await context.getCredentials(API_CREDENTIAL);
	const baseUrl = String(credential.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '');
	return await apiRequest<T>(
		context,
		API_CREDENTIAL,
		{ method, url: `${baseUrl}${path}`, ...options },
		explainChatVoltError,
	);
}

/** A path segment, safely encoded. */
export function segment(value: unknown): string {
	return encodeURIComponent(String(value ?? '').trim());
}

/** The list inside an answer that may be a bare array or an object wrapping one. */
export function listIn(answer: unknown, keys: string[]): IDataObject[] | undefined {
	if (Array.isArray(answer)) return answer as IDataObject[];
	if (answer && typeof answer === 'object') {
		for (const key of keys) {
			const value = (answer as IDataObject)[key];
			if (Array.isArray(value)) return value as IDataObject[];
		}
	}
	return undefined;
}

/** An answer as item JSON: empty answers become `{ success: true }`. */
export function asJson(answer: unknown, extra: IDataObject = {}): IDataObject {
	if (answer && typeof answer === 'object' && !Array.isArray(answer)) return { ...extra, ...(answer as IDataObject) };
	if (answer === undefined || answer === null || answer === '') return { success: true, ...extra };
	return { success: true, ...extra, response: answer as IDataObject[string] };
}
