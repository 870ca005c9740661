import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { triggerNode, triggerParts, type TriggerDeclaration } from '../shared/webhook';
import { bambuserWebhookSecret } from '../../credentials/BambuserWebhookApi.credentials';
import { itemsFor, type OutputMode } from './derived';
import { actionOf, actionsFilter, collectionOf, collectionsFilter } from './events';

interface Settings {
	actions: string[];
	output: OutputMode;
}

export const bambuserTrigger: TriggerDeclaration<Settings> = {
	vendor: 'Bambuser',
	setup:
		'In BamHub open Settings -> Integrations -> Webhooks, add a webhook, paste this node’s <b>Production URL</b> (see Webhook URLs above) and subscribe it to the "call-summary" collection. Add a custom header with the name and value from this node’s credential. Activate the workflow: Bambuser calls the Production URL only while it is active; the Test URL works only while you click "Listen for test event" here. A call summary is sent when an agent opens a call in the call history and presses <b>Send</b>.',
	pasteUrlIn: 'BamHub under Settings > Integrations > Webhooks, subscribed to the call-summary collection',
	related: [{ name: 'bambuserCallSummaryEmail', why: 'Turns a call summary item into the subject, HTML and text of a branded email' }],
	credential: bambuserWebhookSecret,
	checks: {
		offered: ['headerSecret', 'none'],
		default: 'headerSecret',
		hints: { headerSecret: 'Accept only deliveries that carry the custom header set on the Bambuser webhook' },
		notices: {
			none: 'Without a secret header anyone who learns the URL can start this workflow. We recommend "Secret Header": Bambuser sends the header back on every delivery.',
		},
	},
	webhook: { path: 'bambuser', answer: 'acknowledge' },
	events: collectionsFilter,
	properties: [
		actionsFilter.property,
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			options: [
				{
					name: 'One Item per Delivery',
					value: 'delivery',
					description:
						'The delivery as Bambuser sent it (collection, action, eventId, payload), e.g. to build a call-summary email',
				},
				{
					name: 'One Item per Product',
					value: 'products',
					description: 'Each product shown in the call, with the call, client and agent attached',
				},
				{
					name: 'One Item per Chat Message',
					value: 'chat',
					description: 'Each chat message of the call, with the call, client and agent attached',
				},
			],
			default: 'delivery',
			description: 'How each delivery is turned into items',
		},
		{
			displayName:
				'A delivery without products (or without chat messages) produces no items in this mode: Bambuser gets its 200 and the workflow does not run. Remove duplicates on the "itemKey" field here: "eventId" is the same for every item of a delivery.',
			name: 'splitNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { output: ['products', 'chat'] } },
		},
	],
	// Bambuser sends one envelope per request; an array is accepted too, element by element.
	body: { shape: 'objectOrArray', allowEmpty: true },
	settings: (context) => ({
		actions: context.getNodeParameter('actions', []) as string[],
		output: context.getNodeParameter('output', 'delivery') as OutputMode,
	}),
	source: {
		// An empty body (or {}) carries no event: perhaps a reachability test when the webhook is saved.
		ignore: (events) =>
			events.length === 1 && Object.keys(events[0]).length === 0 ? 'the delivery is empty (a connection test?)' : undefined,
		eventType: collectionOf,
		// Bambuser's envelope carries its delivery id.
		ownEventId: (envelope) => envelope.eventId,
		accepts: (envelope, { eventType, matchesEvents, settings }) =>
			matchesEvents(eventType) && actionsFilter.matches(actionOf(envelope), settings.actions),
		items: (envelope, { eventId, settings }) => itemsFor(envelope, eventId, settings.output),
		emptyReason: (settings) =>
			settings.output === 'products' ? 'the delivery has no products' : 'the delivery has no chat messages',
	},
};

export class BambuserTrigger extends triggerNode(bambuserTrigger) implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bambuser Trigger',
		name: 'bambuserTrigger',
		icon: { light: 'file:bambuser.svg', dark: 'file:bambuser.dark.svg' },
		group: ['trigger'],
		subtitle: collectionsFilter.subtitle,
		description: 'Starts the workflow when Bambuser sends a video-consultation webhook, such as a call summary',
		defaults: { name: 'Bambuser Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Spelled out where n8n's verification scanner reads it; the contract test checks it.
		credentials: [
			{
				name: 'bambuserWebhookApi',
				required: true,
				testedBy: 'bambuserWebhookApiTest',
				displayOptions: { show: { authentication: ['headerSecret'] } },
			},
		],
		...triggerParts(bambuserTrigger),
	};
}
