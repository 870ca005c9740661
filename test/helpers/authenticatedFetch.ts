// Plays n8n's part for unit tests of API nodes: applies an API credential's own `authenticate`
// headers to the request the node built, sends it for real (to a loopback stand-in), and fails
// like n8n's HTTP helper (httpError) on a non-2xx answer. The node and the credential run as they
// are. Also sends a credential's own test request the same way.
import type { ICredentialType, IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { httpError, type FakeHttp } from './executeContext';

/** Evaluates a credential field's n8n expression ("={{ ... }}" over $credentials), or returns plain text. */
export function fromCredentials(template: string, credentials: IDataObject): string {
	const expression = /^=\{\{([\s\S]*)\}\}$/.exec(template.trim());
	if (!expression) return template.replace(/^=/, '');
	return String(new Function('$credentials', `return (${expression[1]});`)(credentials));
}

/** The credential's `authenticate` headers, their "{{ $credentials.x }}" placeholders filled in. */
function headersOf(type: ICredentialType, credentials: IDataObject): Record<string, string> {
	const authenticate = type.authenticate as { properties?: { headers?: Record<string, string> } } | undefined;
	const headers: Record<string, string> = {};
	for (const [key, value] of Object.entries(authenticate?.properties?.headers ?? {})) {
		headers[key] = value.replace(/^=/, '').replace(/\{\{\s*\$credentials\.(\w+)\s*\}\}/g, (_match, k: string) => String(credentials[k] ?? ''));
	}
	return headers;
}

async function send(options: IHttpRequestOptions, headers: Record<string, string>): Promise<unknown> {
	const url = new URL(options.baseURL ? `${options.baseURL}${options.url}` : options.url);
	for (const [key, value] of Object.entries(options.qs ?? {})) url.searchParams.set(key, String(value));
	const all: Record<string, string> = {};
	for (const [key, value] of Object.entries(options.headers ?? {})) all[key] = String(value);
	Object.assign(all, headers);
	if (options.body !== undefined) all['content-type'] = 'application/json';
	const res = await fetch(url, {
		method: options.method ?? 'GET',
		headers: all,
		body: options.body === undefined ? undefined : JSON.stringify(options.body),
	});
	const text = await res.text();
	const body = text ? (JSON.parse(text) as unknown) : '';
	if (!res.ok) throw httpError(res.status, body);
	return body;
}

/** n8n's httpRequestWithAuthentication for a fake execute context, with `type`'s headers. */
export function authenticatedFetch(type: ICredentialType, credentials: IDataObject): FakeHttp {
	return async ({ options }) => await send(options, headersOf(type, credentials));
}

/** Sends the credential's test request (the one n8n's "Test" button sends) and resolves with its answer. */
export async function sendCredentialTest(type: ICredentialType, credentials: IDataObject): Promise<unknown> {
	const request = type.test?.request;
	if (!request) throw new Error(`${type.name} has no test request`);
	const baseURL = request.baseURL === undefined ? undefined : fromCredentials(request.baseURL, credentials);
	return await send({ ...request, baseURL, url: request.url ?? '' } as IHttpRequestOptions, headersOf(type, credentials));
}
