import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { type BodyShape, parseJsonBody, shapeProblem } from './body';
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

export type Received =
	| { ok: true; body: unknown; raw?: Buffer; request: WebhookRequest }
	| { ok: false; response: IWebhookResponseData };

/**
 * Checks the secret first, then reads the body as JSON of the expected shape.
 * Anything wrong is answered here (401/403/400) and starts no execution.
 */
export async function receiveJson(
	context: IWebhookFunctions,
	options: {
		secrets: SecretCheck[];
		shape: BodyShape;
		/** Treat an empty body as `{}` (for vendors whose test or ping request has none). */
		allowEmpty?: boolean;
	},
): Promise<Received> {
	const request = getWebhookRequest(context);
	const denied = authorize(context, request, options.secrets);
	if (denied) return { ok: false, response: denied };

	if (!request.rawBody && request.readRawBody) await request.readRawBody();
	if (options.allowEmpty && (!request.rawBody || request.rawBody.toString('utf8').trim() === '')) {
		return { ok: true, body: {}, raw: request.rawBody, request };
	}
	const parsed = parseJsonBody(request);
	if (!parsed.ok) return { ok: false, response: rejectRequest(context, 400, parsed.message) };
	const problem = shapeProblem(parsed.body, options.shape);
	if (problem) return { ok: false, response: rejectRequest(context, 400, problem) };
	return { ok: true, body: parsed.body, raw: parsed.raw, request };
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
