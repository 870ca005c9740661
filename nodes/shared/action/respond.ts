import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/**
 * Answers the request that started the workflow. Our answering triggers use
 * `responseMode: 'responseNode'`; the core "Respond to Webhook" node refuses to run behind them,
 * so responder nodes answer through this instead.
 */
export async function answerWebhook(
	context: IExecuteFunctions,
	answer: { statusCode: number; body?: IDataObject | IDataObject[] | string; headers?: Record<string, string> },
): Promise<void> {
	const headers = { ...(answer.headers ?? {}) };
	if (answer.body !== undefined && typeof answer.body !== 'string' && !hasHeader(headers, 'content-type')) {
		headers['content-type'] = 'application/json; charset=utf-8';
	}
	await context.sendResponse({ statusCode: answer.statusCode, body: answer.body ?? '', headers });
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
	return Object.keys(headers).some((key) => key.toLowerCase() === name);
}
