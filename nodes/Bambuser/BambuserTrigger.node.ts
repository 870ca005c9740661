import {
	NodeConnectionTypes,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import {
	RECEIVED,
	acknowledgeIgnored,
	acknowledgedWebhook,
	credentialSecretChecks,
	isPlainObject,
	manualWebhookMethods,
	receiveJson,
	rejectRequest,
	splitBatch,
	toItems,
	secretCredentialTest,
	type SecretCheck,
} from '../shared/webhook';
import { matchesFilters } from './events';
import { itemsFor, type OutputMode } from './payload';
import { WEBHOOK_PATH, triggerProperties } from './triggerDescription';

export const CREDENTIAL_TYPE = 'bambuserWebhookApi';

async function secretChecks(context: IWebhookFunctions): Promise<SecretCheck[]> {
	if (context.getNodeParameter('authentication', 'headerAuth') !== 'headerAuth') return [];
	return credentialSecretChecks(await context.getCredentials(CREDENTIAL_TYPE), { header: true });
}

export class BambuserTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bambuser Trigger',
		name: 'bambuserTrigger',
		icon: { light: 'file:bambuser.svg', dark: 'file:bambuser.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["collections"] || []).join(", ") }}',
		description: 'Starts the workflow when Bambuser sends a video-consultation webhook, such as a call summary',
		defaults: { name: 'Bambuser Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'bambuserWebhookApi',
				required: true,
				testedBy: 'bambuserWebhookHeader',
				displayOptions: { show: { authentication: ['headerAuth'] } },
			},
		],
		webhooks: [acknowledgedWebhook(WEBHOOK_PATH)],
		properties: triggerProperties,
	};

	methods = {
		credentialTest: {
			bambuserWebhookHeader: secretCredentialTest({
				minLength: 16,
				headerName: 'required',
				okMessage: 'The header is well formed. Set the same name and value on the Bambuser webhook.',
			}),
		},
	};

	webhookMethods = manualWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const received = await receiveJson(this, {
			secrets: await secretChecks(this),
			shape: 'objectOrArray',
			allowEmpty: true,
		});
		if (!received.ok) return received.response;
		// An empty body (or {}) carries no event: perhaps a reachability test when the webhook is saved.
		if (isPlainObject(received.body) && Object.keys(received.body).length === 0) {
			return acknowledgeIgnored('the delivery is empty (a connection test?)');
		}

		// Bambuser sends one envelope per request; an array is accepted too, element by element.
		const envelopes = splitBatch(received.body)
			.map(({ value }) => value)
			.filter(isPlainObject);
		if (envelopes.length === 0) {
			return rejectRequest(this, 400, 'Expected a Bambuser webhook object {collection, action, eventId, payload}');
		}

		const selected = {
			collections: this.getNodeParameter('collections', []) as string[],
			actions: this.getNodeParameter('actions', []) as string[],
		};
		const wanted = envelopes.filter((envelope) =>
			matchesFilters(
				typeof envelope.collection === 'string' ? envelope.collection : undefined,
				typeof envelope.action === 'string' ? envelope.action : undefined,
				selected,
			),
		);
		if (wanted.length === 0) {
			const { collection, action } = envelopes[0];
			return acknowledgeIgnored(
				`collection "${String(collection)}" with action "${String(action)}" is not selected in the trigger`,
			);
		}

		const mode = this.getNodeParameter('output', 'delivery') as OutputMode;
		const records = wanted.flatMap((envelope) => itemsFor(envelope, mode));
		if (records.length === 0) {
			return acknowledgeIgnored(mode === 'products' ? 'the delivery has no products' : 'the delivery has no chat messages');
		}
		return { webhookResponse: RECEIVED, workflowData: [toItems(records)] };
	}
}
