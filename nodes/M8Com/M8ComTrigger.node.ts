import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import {
	RECEIVED,
	authorize,
	getWebhookRequest,
	manualWebhookMethods,
	receiveJson,
	rejectRequest,
	secretCredentialTest,
	type SecretCheck,
} from '../shared/webhook';
import { callLogItem } from './callLog';
import { lookupItem } from './lookup';
import { CREDENTIAL_TYPE, m8ComWebhook, triggerProperties, type M8ComEvent } from './triggerDescription';

function customerIdOf(params: Record<string, string | undefined>): string | undefined {
	const raw = params.customerId;
	if (raw === undefined) return undefined;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

export class M8ComTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'M8Com Trigger',
		name: 'm8ComTrigger',
		icon: { light: 'file:m8com.svg', dark: 'file:m8com.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ {"numberLookup": "Number Lookup", "customIdLookup": "Custom ID Lookup", "callLog": "Call Logged"}[$parameter["event"]] }}',
		description: 'Answer M8Com Caller Insights lookups and receive M8Com call logs',
		defaults: { name: 'M8Com Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'm8ComWebhookApi', required: true, testedBy: 'm8ComWebhookSecretTest' }],
		webhooks: [m8ComWebhook],
		properties: triggerProperties,
	};

	methods = {
		credentialTest: {
			m8ComWebhookSecretTest: secretCredentialTest({
				minLength: 16,
				bearer: true,
				headerName: 'none',
				okMessage: 'The secret can be used; M8Com will send it as a bearer token',
			}),
		},
	};

	webhookMethods = manualWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const event = this.getNodeParameter('event', 'numberLookup') as M8ComEvent;
		const credentials = await this.getCredentials(CREDENTIAL_TYPE);
		const secrets: SecretCheck[] = [{ kind: 'bearer', token: String(credentials.secret ?? '') }];
		const request = getWebhookRequest(this);
		const customerId = customerIdOf(request.params);

		if (event === 'callLog') {
			const received = await receiveJson(this, { secrets, shape: 'object' });
			if (!received.ok) return received.response;
			return {
				webhookResponse: RECEIVED,
				workflowData: [[{ json: callLogItem(received.body as IDataObject, customerId) }]],
			};
		}

		const denied = authorize(this, request, secrets);
		if (denied) return denied;
		const customIdParameter = this.getNodeParameter('lookupOptions.customIdParameter', 'customId') as string;
		const result = lookupItem(request.query, {
			kind: event === 'customIdLookup' ? 'customId' : 'number',
			customerId,
			customIdParameter,
		});
		if (!result.ok) return rejectRequest(this, 400, result.message);
		return { workflowData: [[{ json: result.item }]] };
	}
}
