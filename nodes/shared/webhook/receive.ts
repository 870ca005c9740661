import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { type BodyShape, type ParsedBody, parseJsonBody, shapeProblem } from './body';
import { rejectRequest } from './respond';
import { type SecretCheck, verifySecrets } from './secret';

/** The request as n8n hands it to a trigger, with the raw-body reader n8n attaches. */
export interface WebhookRequest {
	method?: string;
	headers: IDataObject & Record<string, string | string[] | undefined>;
	query: IDataObject;
	params: Record<string, string | undefined>;
	body?: unknown;
	rawBody?: Buffer;
	readRawBody?: () => Promise<void>;
}

export function getWebhookRequest(context: IWebhookFunctions): WebhookRequest {
	return context.getRequestObject() as unknown as WebhookRequest;
}

/** What a trigger expects in the body. `none`: the request's query is what counts (a GET lookup). */
export interface BodySpec {
	shape: BodyShape | 'none';
	/** Treat an empty body as `{}` (for vendors whose test or ping request has none). */
	allowEmpty?: boolean;
	/** Also read a URL-encoded form body; its fields become the body's keys. */
	acceptForm?: boolean;
}

function isFormRequest(request: WebhookRequest): boolean {
	const contentType = request.headers['content-type'];
	return /^application\/x-www-form-urlencoded/i.test(String(Array.isArray(contentType) ? contentType[0] : (contentType ?? '')));
}

/** Why n8n could not read the body: too large (413) or cut off, badly encoded (400). */
function unreadable(error: unknown): ParsedBody {
	const e = error as { status?: unknown; statusCode?: unknown; httpStatusCode?: unknown; message?: unknown };
	const status = [e.status, e.statusCode, e.httpStatusCode].find((code) => typeof code === 'number');
	if (status === 413) {
		return { ok: false, status: 413, message: 'The request body is larger than this n8n accepts (N8N_PAYLOAD_SIZE_MAX)' };
	}
	return { ok: false, message: `The request body could not be read: ${String(e.message ?? error)}` };
}

/** Reads the body the trigger expects; a body that is not of that kind comes back with a message for the 4xx. */
export async function readBody(request: WebhookRequest, spec: BodySpec): Promise<ParsedBody> {
	if (spec.shape === 'none') return { ok: true, body: {} };
	if (!request.rawBody && request.readRawBody) {
		try {
			await request.readRawBody();
		} catch (error) {
			return unreadable(error);
		}
	}
	const text = request.rawBody?.toString('utf8') ?? '';
	if (spec.acceptForm && isFormRequest(request)) {
		return { ok: true, body: Object.fromEntries(new URLSearchParams(text)), raw: request.rawBody };
	}
	if (spec.allowEmpty && text.trim() === '') return { ok: true, body: {}, raw: request.rawBody };
	const parsed = parseJsonBody(request);
	if (!parsed.ok) return parsed;
	const problem = shapeProblem(parsed.body, spec.shape);
	return problem ? { ok: false, message: problem } : parsed;
}

/** Answers 401/403/500 and returns the response when the secrets do not match; undefined when they do. */
export function authorize(
	context: IWebhookFunctions,
	request: WebhookRequest,
	secrets: SecretCheck[],
): IWebhookResponseData | undefined {
	const verdict = verifySecrets({ headers: request.headers, params: request.params }, secrets);
	if (verdict.ok) return undefined;
	return rejectRequest(context, verdict.status, verdict.message, verdict.headers);
}
