import type { INodeProperties, IWebhookDescription } from 'n8n-workflow';

import { descriptionFields } from './descriptionFields';

/**
 * n8n parses JSON bodies itself and answers a malformed one with its own 422 before the node runs,
 * unless a version-1 node's `options.binaryData` is set. This hidden parameter sets it, so that
 * version-1 triggers read the raw body and answer 400 with a precise message. n8n reads that
 * option through its expression engine for every version-1 start node, though: one expression
 * isolate per delivery. Version 2 of a trigger leaves parsing to n8n and needs no isolate where
 * its URL is fixed (docs/performance.md weighs the two).
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

/** When a webhook with the Acknowledge Delivery choice answers, and with what (one set of functions for every trigger). */
const acknowledgeFields = descriptionFields({
	responseMode: {
		template: '={{$parameter["acknowledge"] || "onReceived"}}',
		resolve: (parameters) => parameters.acknowledge || 'onReceived',
	},
	responseData: {
		template: '={{$parameter["acknowledge"] === "lastNode" ? "noData" : ""}}',
		resolve: (parameters) => (parameters.acknowledge === 'lastNode' ? 'noData' : ''),
	},
});

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
		...acknowledgeFields,
	};
}

/** The route param that carries the secret when a trigger takes it as the last URL segment. */
export const SECRET_SEGMENT_PARAM = 'secret';

/**
 * The path of a trigger whose `authentication` parameter can put the secret in the URL. It holds
 * the node's webhook id, which only n8n's expression engine can read: such a trigger needs an
 * expression isolate for every delivery, whatever its version (docs/performance.md).
 *
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
