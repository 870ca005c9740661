// Plays n8n's part for unit tests: applies the Hipcall API credential's own `authenticate`
// headers to the request the node built, sends it for real, and fails like n8n's HTTP helper
// (httpError) on a non-2xx answer. The node and the credential run as they are.
import type { IDataObject } from 'n8n-workflow';

import { HipcallApi } from '../../credentials/HipcallApi.credentials';
import { httpError, type FakeHttp } from '../helpers/executeContext';

function resolve(template: string, credentials: IDataObject): string {
	return template
		.replace(/^=/, '')
		.replace(/\{\{\s*\$credentials\.(\w+)\s*\}\}/g, (_match, key: string) => String(credentials[key] ?? ''));
}

export function authenticatedFetch(credentials: IDataObject): FakeHttp {
	const headersFromCredential = (new HipcallApi().authenticate.properties.headers ?? {}) as Record<string, string>;
	return async ({ options }) => {
		const url = new URL(options.url);
		for (const [key, value] of Object.entries(options.qs ?? {})) url.searchParams.set(key, String(value));
		const headers: Record<string, string> = {};
		for (const [key, value] of Object.entries(options.headers ?? {})) headers[key] = String(value);
		for (const [key, value] of Object.entries(headersFromCredential)) headers[key] = resolve(value, credentials);
		if (options.body !== undefined) headers['content-type'] = 'application/json';
		const res = await fetch(url, {
			method: options.method ?? 'GET',
			headers,
			body: options.body === undefined ? undefined : JSON.stringify(options.body),
		});
		const text = await res.text();
		const body = text ? (JSON.parse(text) as unknown) : '';
		if (!res.ok) throw httpError(res.status, body);
		return body;
	};
}
