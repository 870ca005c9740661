import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

/** What a responder sends back: a status, and a body when there is one. */
export interface WebhookAnswer {
	statusCode: number;
	body?: IDataObject | IDataObject[] | string;
	headers?: Record<string, string>;
}

/**
 * Answers the request that started the workflow. Our answering triggers use
 * `responseMode: 'responseNode'`; the core "Respond to Webhook" node refuses to run behind them,
 * so responder nodes answer through this instead.
 */
export async function answerWebhook(context: IExecuteFunctions, answer: WebhookAnswer): Promise<void> {
	const headers = { ...(answer.headers ?? {}) };
	if (answer.body !== undefined && typeof answer.body !== 'string' && !hasHeader(headers, 'content-type')) {
		headers['content-type'] = 'application/json; charset=utf-8';
	}
	await context.sendResponse({ statusCode: answer.statusCode, body: answer.body ?? '', headers });
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
	return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

/**
 * An answer built from the node's parameters, with the item the node puts out (without `json` its
 * input items go on unchanged, each paired with itself); or why none can be sent.
 */
export type BuiltAnswer = { answer: WebhookAnswer; json?: IDataObject } | { problem: string };

/** What a responder sends instead of an answer it refuses, at once, so the vendor falls back without waiting out its timeout. */
export interface Refusal {
	answer: WebhookAnswer;
	/** The output item's fields (the refusal's `error` is added). */
	json: IDataObject;
	/** The execution's error description: what the vendor does with the refusal. */
	description: string;
}

/**
 * The "first item → one answer" rule of every responder: the answer is built from the first input
 * item; when it cannot be (a problem, or a parameter that fails to resolve), the refusal is
 * answered at once and the node fails saying why, or with Continue On Fail puts the refusal out
 * with its `error`. A responder never throws before it has answered: n8n would answer the vendor
 * 500 itself, once the workflow has ended, and a vendor such as Hipcall would wait out its timeout.
 */
export async function answerFirstItem(context: IExecuteFunctions, build: (itemIndex: number) => BuiltAnswer, refusal: Refusal): Promise<INodeExecutionData[][]> {
	const itemIndex = 0;
	const items = context.getInputData();
	const pairedItem = items.length > 0 ? { item: itemIndex } : undefined;
	let built: BuiltAnswer;
	try {
		built = build(itemIndex);
	} catch (error) {
		built = { problem: (error as Error).message };
	}
	if ('problem' in built) {
		await answerWebhook(context, refusal.answer);
		if (!context.continueOnFail()) {
			throw new NodeOperationError(context.getNode(), built.problem, { itemIndex, description: refusal.description });
		}
		return [[{ json: { ...refusal.json, error: built.problem }, pairedItem }]];
	}
	await answerWebhook(context, built.answer);
	if (built.json === undefined) return [items.map((item, index) => ({ json: item.json, pairedItem: { item: index } }))];
	return [[{ json: built.json, pairedItem }]];
}
