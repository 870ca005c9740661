import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { triggerNode, triggerParts, type TriggerDeclaration } from '../shared/webhook';
import { hipcallWebhookSecret } from '../../credentials/HipcallWebhookApi.credentials';
import { derivedFields } from './derived';
import { eventKey, eventProblem, hipcallEvents, matchesDirection } from './events';

interface Settings {
	direction: string;
}

export const hipcallTrigger: TriggerDeclaration<Settings> = {
	vendor: 'Hipcall',
	setup:
		'In Hipcall, open the webhook settings (Integrations > Webhooks), add a webhook, paste this node\'s <b>Production URL</b> and pick the events to send. The Production URL works once the workflow is published/active; the Test URL only while you click "Listen for test event".',
	pasteUrlIn: 'Hipcall under Integrations > Webhooks',
	related: [{ name: 'hipcall', why: 'Push a caller card onto the live call (Call > Push Card, with the item\'s callId)' }],
	// A pre-signed link to the call's recording: whoever has it can download the call for an hour.
	sensitiveOutputFields: ['data.record_url'],
	credential: hipcallWebhookSecret,
	checks: {
		offered: ['none', 'urlSecret', 'headerSecret', 'urlAndHeaderSecret'],
		default: 'none',
		hints: {
			none: 'Accept every delivery to the URL (Hipcall signs nothing)',
			headerSecret: 'Each delivery must carry the secret in a header (needs a proxy or gateway that adds it)',
		},
		notices: {
			none: 'Hipcall does not sign its webhooks: anyone who learns this URL can send fake events. Choose "Secret in URL" to make the URL itself secret.',
			headerSecret:
				'Hipcall\'s webhook form is not known to send custom headers: use this check only when a proxy or API gateway in front of n8n adds the header with the secret.',
		},
	},
	webhook: { path: 'hipcall', answer: 'acknowledge' },
	events: hipcallEvents,
	properties: [
		{
			displayName: 'Call Direction',
			name: 'direction',
			type: 'options',
			options: [
				{ name: 'Any', value: 'any', description: 'Inbound and outbound calls' },
				{ name: 'Inbound', value: 'inbound', description: 'Calls from customers to you' },
				{ name: 'Outbound', value: 'outbound', description: 'Calls from you to customers' },
			],
			default: 'any',
			description:
				'Only calls in this direction start the workflow. Events without a direction (company, contact, task, deal) are not affected.',
		},
		{
			displayName:
				'Each item holds Hipcall\'s <code>event</code> and <code>data</code> untouched, plus: <code>callId</code> (data.uuid, for Push Card), <code>customerNumber</code> (callee_number on outbound calls, caller_number on inbound ones), <code>customerNumberDigits</code> (the same, digits only, to look it up), <code>companyNumber</code> (your side), <code>direction</code> and <code>eventId</code> (the same for every retry of one event: use it in Remove Duplicates).',
			name: 'outputNotice',
			type: 'notice',
			default: '',
		},
	],
	body: { shape: 'objectOrArray' },
	settings: (context) => ({ direction: context.getNodeParameter('direction', 'any') as string }),
	source: {
		problem: eventProblem,
		eventType: (event) => String(event.event),
		accepts: (event, { eventType, matchesEvents, settings }) =>
			matchesEvents(eventType) && matchesDirection(event, settings.direction),
		eventKey,
		derive: derivedFields,
	},
};

export class HipcallTrigger extends triggerNode(hipcallTrigger) implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hipcall Trigger',
		name: 'hipcallTrigger',
		icon: { light: 'file:hipcall.svg', dark: 'file:hipcall.dark.svg' },
		group: ['trigger'],
		subtitle: hipcallEvents.subtitle,
		description: 'Starts the workflow when Hipcall reports a call or CRM event',
		defaults: { name: 'Hipcall Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Spelled out here, where n8n's verification scanner reads it; the contract test checks it
		// against what the declaration's checks call for.
		credentials: [
			{
				name: 'hipcallWebhookApi',
				required: true,
				testedBy: 'hipcallWebhookApiTest',
				displayOptions: { show: { authentication: ['urlSecret', 'headerSecret', 'urlAndHeaderSecret'] } },
			},
		],
		...triggerParts(hipcallTrigger),
	};
}
