import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/** Answers the request here and now, and starts no execution. */
export function answerWithoutExecution(
	context: IWebhookFunctions,
	status: number,
	body: IDataObject | string | undefined,
	headers: Record<string, string> = {},
): IWebhookResponseData {
	const res = context.getResponseObject();
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	res.status(status);
	if (body === undefined) res.end();
	else if (typeof body === 'string') res.send(body);
	else res.json(body);
	return { noWebhookResponse: true };
}

/** An error answer (4xx, or 500 for a node set up wrong) with a JSON body `{ error: message }`, and no execution. */
export function rejectRequest(
	context: IWebhookFunctions,
	status: number,
	message: string,
	headers?: Record<string, string>,
): IWebhookResponseData {
	return answerWithoutExecution(context, status, { error: message }, headers);
}

/** A delivery that passed the checks but that the user's filters drop: 200, and no execution. */
export function acknowledgeIgnored(reason: string): IWebhookResponseData {
	return { webhookResponse: { received: true, ignored: reason } };
}
