// A typed stand-in for the context n8n gives an action node's execute(): input items, parameters
// per item, Continue On Fail, the workflow's time zone, the authenticated HTTP helper and
// sendResponse. Only n8n is stood in for; the node under test runs as it is. HTTP calls are
// recorded and answered by `http`; the plain httpRequest helper is n8n's own, for loopback servers.
import { Container } from '@n8n/di';
import { OutboundHttp } from '@n8n/backend-network';
import type {
	IBinaryData,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import { readCredentials, readParameter, returnJsonArray } from './fakeN8n';

/** What n8n's this.helpers.httpRequest does (n8n-core's request helper), without the workflow around it. */
export async function n8nHttpRequest(options: IHttpRequestOptions): Promise<unknown> {
	return await Container.get(OutboundHttp).requests().request(options);
}

export interface RecordedRequest {
	credentialType: string;
	options: IHttpRequestOptions;
}

/** Answers a recorded request; throw to simulate an HTTP failure (see httpError). */
export type FakeHttp = (request: RecordedRequest) => unknown | Promise<unknown>;

export interface FakeExecuteContext {
	context: IExecuteFunctions;
	requests: RecordedRequest[];
	/** What the node handed to this.sendResponse, in order. */
	responses: IN8nHttpFullResponse[];
}

/** An error shaped like the one n8n's HTTP helper throws for a non-2xx answer. */
export function httpError(status: number, body: unknown): Error {
	const error = new Error(`Request failed with status code ${status}`) as Error & {
		response: { status: number; data: unknown };
		httpCode: string;
	};
	error.response = { status, data: body };
	error.httpCode = String(status);
	return error;
}

/** The error a node's run threw (with the description n8n shows under it), or undefined when it did not throw. */
export async function errorOf(run: Promise<unknown>): Promise<(Error & { description?: string }) | undefined> {
	return await run.then(
		() => undefined,
		(error: Error & { description?: string }) => error,
	);
}

export function fakeExecuteContext(options: {
	/** Input items' json (or full items). */
	items?: Array<IDataObject | INodeExecutionData>;
	/** Node parameters: a plain object, or a function of the item index for per-item values. */
	parameters?: IDataObject | ((itemIndex: number) => IDataObject);
	credentials?: Record<string, IDataObject>;
	http?: FakeHttp;
	continueOnFail?: boolean;
	/** The workflow's time zone, as getTimezone() gives it (default UTC). */
	timeZone?: string;
	nodeName?: string;
	nodeType?: string;
	typeVersion?: number;
}): FakeExecuteContext {
	const items: INodeExecutionData[] = (options.items ?? [{}]).map((item) =>
		'json' in item && typeof item.json === 'object' ? (item as INodeExecutionData) : { json: item as IDataObject },
	);
	const requests: RecordedRequest[] = [];
	const responses: IN8nHttpFullResponse[] = [];
	const parametersFor = (itemIndex: number): IDataObject =>
		typeof options.parameters === 'function' ? options.parameters(itemIndex) : (options.parameters ?? {});
	const node: INode = {
		id: 'test-node',
		name: options.nodeName ?? 'Node',
		type: options.nodeType ?? 'test',
		typeVersion: options.typeVersion ?? 1,
		position: [0, 0],
		parameters: parametersFor(0) as INode['parameters'],
	};

	const context = {
		getInputData: () => items,
		getNode: () => node,
		getMode: () => 'manual',
		continueOnFail: () => options.continueOnFail ?? false,
		getTimezone: () => options.timeZone ?? 'UTC',
		getNodeParameter: (name: string, itemIndex = 0, fallback?: unknown) =>
			readParameter(parametersFor(itemIndex), name, fallback),
		getCredentials: async (type: string) => await readCredentials(options.credentials, type),
		sendResponse: (response: IN8nHttpFullResponse) => {
			responses.push(response);
		},
		helpers: {
			// n8n's own outbound HTTP (what this.helpers.httpRequest runs), for requests to loopback servers.
			httpRequest: async (requestOptions: IHttpRequestOptions) => await n8nHttpRequest(requestOptions),
			// As n8n's in-memory binary mode stores a file: base64 in the item, with its size.
			prepareBinaryData: async (data: Buffer, fileName?: string, mimeType?: string): Promise<IBinaryData> => ({
				data: data.toString('base64'),
				mimeType: mimeType ?? 'application/octet-stream',
				fileName,
				fileExtension: fileName?.includes('.') ? fileName.split('.').pop() : undefined,
				fileSize: `${data.length} B`,
				bytes: data.length,
			}),
			httpRequestWithAuthentication: async (credentialType: string, requestOptions: IHttpRequestOptions) => {
				const recorded = { credentialType, options: requestOptions };
				requests.push(recorded);
				if (!options.http) throw new Error('no HTTP answer set in the test');
				return await options.http(recorded);
			},
			returnJsonArray,
			constructExecutionMetaData: (data: INodeExecutionData[], meta: { itemData: unknown }) =>
				data.map((item) => ({ ...item, pairedItem: meta.itemData })),
		},
	};
	return { context: context as unknown as IExecuteFunctions, requests, responses };
}
