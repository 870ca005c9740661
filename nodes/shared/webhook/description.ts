import type { INodeProperties, IWebhookDescription } from 'n8n-workflow';

/**
 * n8n parses JSON bodies of version-1 webhook nodes itself and answers a malformed body with its
 * own 422, before the node runs, unless the node's `options.binaryData` is set. This hidden
 * parameter sets it, so that our triggers read the raw body and answer 400 with a precise message.
 * It only works while the trigger's typeVersion is 1: keep triggers at version 1 (add behaviour
 * behind parameters), or revisit this when a version 2 is needed.
 */
export const rawBodyProperty: INodeProperties = {
	displayName: 'Raw Body',
	name: 'options',
	type: 'hidden',
	default: { binaryData: true },
};

/**
 * When n8n answers the vendor. "When received" is fastest. "When the workflow has finished" answers
 * 200 only after a successful run and 5xx otherwise, so that the vendor's own retry covers a run
 * n8n could not finish (in queue mode a worker that dies mid-run fails its executions for good).
 */
export const acknowledgeProperty: INodeProperties = {
	displayName: 'Acknowledge Delivery',
	name: 'acknowledge',
	type: 'options',
	options: [
		{
			name: 'When Received',
			value: 'onReceived',
			description: 'Answer 200 at once; the vendor never waits for the workflow',
		},
		{
			name: 'When the Workflow Has Finished',
			value: 'lastNode',
			description:
				'Answer 200 after a successful run and an error otherwise, so that the vendor retries deliveries n8n could not process',
		},
	],
	default: 'onReceived',
	description: 'When n8n tells the vendor that the delivery arrived',
};

/**
 * A webhook that n8n answers with 200 and the trigger's `webhookResponse` (by default
 * `{"received":true}`) as soon as the execution has started, or, when the node's
 * `acknowledgeProperty` says so, with an empty 200 once the workflow has finished.
 */
export function acknowledgedWebhook(
	path: string,
	httpMethod = 'POST',
	name: IWebhookDescription['name'] = 'default',
): IWebhookDescription {
	return {
		name,
		httpMethod,
		path,
		responseMode: '={{$parameter["acknowledge"] || "onReceived"}}',
		responseData: '={{$parameter["acknowledge"] === "lastNode" ? "noData" : ""}}',
	};
}

/** The route param that carries the secret when a trigger takes it as the last URL segment. */
export const SECRET_SEGMENT_PARAM = 'secret';

/**
 * The path of a trigger whose `authentication` parameter can put the secret in the URL:
 * /webhook/<webhookId>/<name> without it, /webhook/<webhookId>/<secret> with it (for any of
 * `secretModes`). n8n routes a `:param` only in a full path made unique by the node's webhook id,
 * so both forms are full paths that start with it.
 */
export function secretSegmentPath(
	name: string,
	secretModes: string[],
): Required<Pick<IWebhookDescription, 'path' | 'isFullPath'>> {
	const secretInUrl = `${JSON.stringify(secretModes)}.includes($parameter["authentication"])`;
	return {
		path: `={{ ${secretInUrl} ? $webhookId + "/:${SECRET_SEGMENT_PARAM}" : $webhookId + "/${name}" }}`,
		isFullPath: true,
	};
}

/** A webhook that n8n always answers with 200 and the trigger's `webhookResponse` as soon as the execution has started. */
export function receivedWebhook(path: string, httpMethod = 'POST'): IWebhookDescription {
	return { name: 'default', httpMethod, path, responseMode: 'onReceived', responseData: '' };
}

/** A webhook whose answer comes from a responder node later in the workflow. */
export function answeredWebhook(
	path: string,
	httpMethod = 'GET',
	name: IWebhookDescription['name'] = 'default',
): IWebhookDescription {
	return { name, httpMethod, path, responseMode: 'responseNode' };
}

/** The body n8n sends back for an accepted delivery. */
export const RECEIVED = { received: true };
