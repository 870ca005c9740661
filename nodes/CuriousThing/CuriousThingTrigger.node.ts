import {
	type IDataObject,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
	NodeConnectionTypes,
} from 'n8n-workflow';

import {
	acknowledgedWebhook,
	acknowledgeIgnored,
	credentialSecretChecks,
	manualWebhookMethods,
	RECEIVED,
	receiveJson,
	type SecretCheck,
	secretCredentialTest,
} from '../shared/webhook';
import { CREDENTIAL_NAME, properties, SECRET_PARAM, WEBHOOK } from './description';
import { DEFAULT_SETTINGS, type DeliverySettings, processDelivery } from './process';

async function secretChecks(context: IWebhookFunctions): Promise<SecretCheck[]> {
	const authentication = context.getNodeParameter('authentication', 'none') as string;
	if (authentication === 'none') return [];
	const credential = await context.getCredentials(CREDENTIAL_NAME);
	if (authentication === 'urlSecret') return credentialSecretChecks(credential, { urlParam: SECRET_PARAM });
	return credentialSecretChecks(credential, { header: true, defaultHeader: 'X-Webhook-Secret' });
}

function settingsOf(context: IWebhookFunctions, query: IDataObject): DeliverySettings {
	const options = context.getNodeParameter('additionalOptions', {}) as IDataObject;
	const urlEventType = Array.isArray(query.eventType) ? query.eventType[0] : query.eventType;
	return {
		events: context.getNodeParameter('events', DEFAULT_SETTINGS.events) as string[],
		untypedEventType: context.getNodeParameter('untypedEventType', DEFAULT_SETTINGS.untypedEventType) as string,
		urlEventType: typeof urlEventType === 'string' && urlEventType !== '' ? urlEventType : undefined,
		statusGroups: (options.statusGroups as string[] | undefined) ?? [],
		statuses: (options.statuses as string[] | undefined) ?? [],
		dropMalformed: options.dropMalformed === true,
		defaultCountryCode:
			typeof options.defaultCountryCode === 'string' ? options.defaultCountryCode : DEFAULT_SETTINGS.defaultCountryCode,
	};
}

export class CuriousThingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Curious Thing Trigger',
		name: 'curiousThingTrigger',
		icon: { light: 'file:curiousThing.svg', dark: 'file:curiousThing.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].includes("*") ? "All events" : $parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when Curious Thing sends AI voice campaign events (calls, SMS), one item per event of a batch',
		defaults: { name: 'Curious Thing Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'curiousThingWebhookApi',
				required: true,
				testedBy: 'curiousThingWebhookSecretTest',
				displayOptions: { show: { authentication: ['headerSecret', 'urlSecret'] } },
			},
		],
		webhooks: [{ ...acknowledgedWebhook(WEBHOOK.path, 'POST'), isFullPath: WEBHOOK.isFullPath }],
		properties,
	};

	methods = {
		credentialTest: {
			curiousThingWebhookSecretTest: secretCredentialTest({
				minLength: 16,
				urlSafe: true,
				headerName: 'optional',
				okMessage: 'The secret is usable. Add it to the webhook in Curious Thing.',
			}),
		},
	};

	webhookMethods = manualWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const received = await receiveJson(this, { secrets: await secretChecks(this), shape: 'objectOrArray' });
		if (!received.ok) return received.response;

		const result = processDelivery(received.body, settingsOf(this, received.request.query));
		if (result.items.length === 0) {
			if (result.dropped > 0) return acknowledgeIgnored(`${result.dropped} malformed element(s) dropped`);
			if (result.filtered > 0) return acknowledgeIgnored(`${result.filtered} event(s) not selected in the trigger`);
			return acknowledgeIgnored('The batch is empty');
		}
		return {
			workflowData: [this.helpers.returnJsonArray(result.items)],
			webhookResponse: { ...RECEIVED, events: result.items.length },
		};
	}
}
