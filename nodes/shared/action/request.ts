import {
	NodeApiError,
	type IDataObject,
	type IExecuteFunctions,
	type IHookFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type JsonObject,
} from 'n8n-workflow';

/** Turns a vendor's HTTP status into a sentence a workflow builder can act on. */
export type ErrorExplainer = (status: number | undefined, body: unknown) => string | undefined;

/**
 * Sends an authenticated request with the node's credential and returns the parsed JSON.
 * Failures become NodeApiError carrying the vendor's own message and, where `explain` knows the
 * status, a plain-English description.
 */
export async function apiRequest<T = IDataObject>(
	context: IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions,
	credentialType: string,
	options: IHttpRequestOptions,
	explain?: ErrorExplainer,
): Promise<T> {
	try {
		return (await context.helpers.httpRequestWithAuthentication.call(context, credentialType, {
			json: true,
			...options,
		})) as T;
	} catch (error) {
		// n8n may already have wrapped the HTTP error; read status and body from every layer.
		const layers = errorLayers(error);
		const status = firstDefined(layers.map(httpStatusOf));
		const body = firstDefined(layers.map(responseBodyOf));
		const description = explain?.(status, body);
		const httpCode = status === undefined ? undefined : String(status);
		const message = vendorMessage(body) ?? (error as Error).message;
		const apiError = new NodeApiError(context.getNode(), error as JsonObject, { httpCode, message, description });
		// n8n 1.x's helpers throw a NodeApiError with a generic message ("Payment required - ..."),
		// which the constructor hands back unchanged: give it the vendor's message too.
		if (apiError === error) {
			apiError.message = message;
			if (httpCode) apiError.httpCode = httpCode;
		}
		// NodeApiError lets a message found in the response body replace our advice; keep the advice.
		if (description) apiError.description = description;
		throw apiError;
	}
}

function errorLayers(error: unknown): unknown[] {
	const layers: unknown[] = [];
	let current: unknown = error;
	while (current && typeof current === 'object' && layers.length < 4) {
		layers.push(current);
		current = (current as { cause?: unknown }).cause;
	}
	return layers;
}

function firstDefined<T>(values: Array<T | undefined>): T | undefined {
	return values.find((value) => value !== undefined);
}

function httpStatusOf(error: unknown): number | undefined {
	const e = error as { httpCode?: string; response?: { status?: number }; status?: number; statusCode?: number };
	const code = e.response?.status ?? e.statusCode ?? e.status ?? (e.httpCode ? Number(e.httpCode) : undefined);
	return typeof code === 'number' && !Number.isNaN(code) ? code : undefined;
}

function responseBodyOf(error: unknown): unknown {
	const e = error as {
		response?: { data?: unknown; body?: unknown };
		cause?: { response?: { data?: unknown } };
		// A NodeApiError keeps the response body here (what n8n 1.x's helpers throw).
		context?: { data?: unknown };
	};
	return e.response?.data ?? e.response?.body ?? e.cause?.response?.data ?? e.context?.data;
}

/** The vendor's own error text, from the usual places in a JSON error body. */
export function vendorMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return body.trim() || undefined;
	if (typeof body !== 'object' || body === null) return undefined;
	const b = body as IDataObject;
	for (const key of ['message', 'error', 'error_description', 'detail', 'errors']) {
		const value = b[key];
		if (typeof value === 'string' && value.trim()) return value;
		if (value && typeof value === 'object') return JSON.stringify(value);
	}
	return undefined;
}
