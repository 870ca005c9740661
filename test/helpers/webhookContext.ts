// A typed stand-in for the context n8n gives a trigger's webhook(): the request, a recording
// response, node parameters and credentials. The code under test is ours; only n8n is stood in for.
import type { IDataObject, INode, IWebhookFunctions } from 'n8n-workflow';

import { readCredentials, readParameter, returnJsonArray } from './fakeN8n';

export interface FakeRequestInit {
	method?: string;
	headers?: Record<string, string>;
	query?: IDataObject;
	params?: Record<string, string>;
	/** A string or object is sent as the raw body (objects JSON-encoded), as n8n leaves it unparsed. */
	body?: string | unknown;
}

export interface RecordedResponse {
	statusCode?: number;
	headers: Record<string, string>;
	body?: unknown;
	ended: boolean;
}

export interface FakeWebhookContext {
	context: IWebhookFunctions;
	response: RecordedResponse;
}

export function fakeWebhookContext(
	request: FakeRequestInit,
	options: {
		parameters?: IDataObject;
		credentials?: Record<string, IDataObject>;
		webhookName?: string;
		nodeName?: string;
	} = {},
): FakeWebhookContext {
	const headers = Object.fromEntries(
		Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
	);
	const raw =
		request.body === undefined
			? undefined
			: Buffer.from(typeof request.body === 'string' ? request.body : JSON.stringify(request.body));
	const req = {
		method: request.method ?? 'POST',
		headers,
		query: request.query ?? {},
		params: request.params ?? {},
		body: {},
		rawBody: undefined as Buffer | undefined,
		readRawBody: async () => {
			req.rawBody = raw ?? Buffer.alloc(0);
		},
	};

	const response: RecordedResponse = { headers: {}, ended: false };
	const res = {
		status(code: number) {
			response.statusCode = code;
			return res;
		},
		setHeader(name: string, value: string) {
			response.headers[name.toLowerCase()] = value;
			return res;
		},
		json(body: unknown) {
			response.body = body;
			response.ended = true;
			return res;
		},
		send(body: unknown) {
			response.body = body;
			response.ended = true;
			return res;
		},
		end() {
			response.ended = true;
			return res;
		},
	};

	const parameters = options.parameters ?? {};
	const node: INode = {
		id: 'test-node',
		name: options.nodeName ?? 'Trigger',
		type: 'test',
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
	};

	const context = {
		getRequestObject: () => req,
		getResponseObject: () => res,
		getHeaderData: () => headers,
		getQueryData: () => req.query,
		getParamsData: () => req.params,
		getBodyData: () => req.body,
		getWebhookName: () => options.webhookName ?? 'default',
		getNode: () => node,
		getMode: () => 'webhook',
		getNodeParameter: (name: string, fallback?: unknown) => readParameter(parameters, name, fallback),
		getCredentials: async (type: string) => await readCredentials(options.credentials, type),
		helpers: {
			returnJsonArray,
		},
	};
	return { context: context as unknown as IWebhookFunctions, response };
}
