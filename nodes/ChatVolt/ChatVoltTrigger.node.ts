import { NodeConnectionTypes, type IDataObject, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { triggerNode, triggerParts, type TriggerDeclaration } from '../shared/webhook';
import { chatVoltEvents, chatVoltTriggerBase, eventKey, isTestDelivery } from './events';

interface Settings {
	ignoreTestRequests: boolean;
}

export const chatVoltTrigger: TriggerDeclaration<Settings> = {
	...chatVoltTriggerBase,
	setup:
		'In ChatVolt open Agents > your agent > Settings > WebHook, paste this node\'s Production URL as the outbound webhook URL (the Test URL only while you click "Listen for test event") and save. ChatVolt then sends a test request: it is answered 200 at once and, when it is empty, arrives with isTest = true.',
	// Always answered on receipt: ChatVolt marks a URL slow after 5 s and blocks it after repeated failures.
	pasteUrlIn: 'ChatVolt under Agents > your agent > Settings > WebHook',
	related: [{ name: 'chatVolt', why: 'Send a message, assign the conversation or hand it to a human (the event names the conversation)' }],
	webhook: { path: 'chatvolt', answer: 'received' },
	events: chatVoltEvents,
	properties: [
		{
			displayName: 'Options',
			name: 'additionalOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Ignore Test Requests',
					name: 'ignoreTestRequests',
					type: 'boolean',
					default: false,
					description:
						'Whether to answer ChatVolt\'s save-time test request without starting the workflow. When off, the test request starts the workflow whatever events are selected, with isTest = true. Only an empty body or an explicit "test": true / "isTest": true counts as a test; a real event is never dropped as one.',
				},
			],
		},
		{
			displayName:
				'Each item is ChatVolt\'s payload as sent. Always present: eventType, conversationId, agentId, agentName, channel, conversationStatus, conversationPriority, isAiEnabled, organizationId. Added by this node: eventId (for Remove Duplicates) and isTest.',
			name: 'outputNotice',
			type: 'notice',
			default: '',
		},
	],
	// ChatVolt's save-time test request may come with an empty body.
	body: { shape: 'object', allowEmpty: true },
	settings: (context) => ({
		ignoreTestRequests: (context.getNodeParameter('additionalOptions', {}) as IDataObject).ignoreTestRequests === true,
	}),
	source: {
		ignore: ([event], { ignoreTestRequests }) => (ignoreTestRequests && isTestDelivery(event) ? 'test request' : undefined),
		eventType: (event) => (typeof event.eventType === 'string' ? event.eventType : undefined),
		// The test request starts the workflow whatever events are selected, so that it is seen while setting up.
		accepts: (event, { eventType, matchesEvents }) => isTestDelivery(event) || matchesEvents(eventType),
		eventKey,
		derive: (event) => ({ isTest: isTestDelivery(event) }),
	},
};

export class ChatVoltTrigger extends triggerNode(chatVoltTrigger) implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatVolt Trigger',
		name: 'chatVoltTrigger',
		icon: { light: 'file:chatvolt.svg', dark: 'file:chatvolt.dark.svg' },
		group: ['trigger'],
		subtitle: chatVoltEvents.subtitle,
		description: 'Starts the workflow when a ChatVolt agent reports a conversation event',
		defaults: { name: 'ChatVolt Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Spelled out where n8n's verification scanner reads it; the contract test checks it.
		credentials: [
			{
				name: 'chatVoltWebhookApi',
				required: true,
				testedBy: 'chatVoltWebhookApiTest',
				displayOptions: { show: { authentication: ['headerSecret'] } },
			},
		],
		...triggerParts(chatVoltTrigger),
	};
}
