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
	acknowledgeIgnored,
	eventFilterProperty,
	manualWebhookMethods,
	matchesEventFilter,
	rawBodyProperty,
	receivedWebhook,
	withDerivedFields,
} from '../shared/webhook';
import { KNOWN_EVENTS, KNOWN_EVENT_TYPES, deriveEventId, isTestDelivery } from './events';
import { authenticationProperty, receiveChatVolt, webhookHeaderMethods } from './headerAuth';

export class ChatVoltTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatVolt Trigger',
		name: 'chatVoltTrigger',
		icon: { light: 'file:chatvolt.svg', dark: 'file:chatvolt.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["events"] || []).includes("*") ? "All events" : ($parameter["events"] || []).join(", ") }}',
		description: 'Starts the workflow when a ChatVolt agent reports a conversation event',
		defaults: { name: 'ChatVolt Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'chatVoltWebhookApi',
				required: true,
				testedBy: 'chatVoltWebhookHeaderTest',
				displayOptions: { show: { authentication: ['headerAuth'] } },
			},
		],
		// Always answered on receipt: ChatVolt marks a URL slow after 5 s and blocks it after repeated failures.
		webhooks: [receivedWebhook('chatvolt')],
		properties: [
			{
				displayName:
					'In ChatVolt open Agents > your agent > Settings > WebHook, paste this node\'s Production URL as the outbound webhook URL (the Test URL only while you click "Listen for test event") and save. ChatVolt then sends a test request: it is answered 200 at once and arrives with isTest = true.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			authenticationProperty,
			eventFilterProperty(KNOWN_EVENTS, {
				description:
					'Which event types start the workflow. Others are answered 200 and ignored. "Any Other Event Type" lets through types ChatVolt adds later.',
			}),
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
							'Whether to answer ChatVolt\'s save-time test request without starting the workflow. When off, the test request starts the workflow whatever events are selected, with isTest = true.',
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
			rawBodyProperty,
		],
	};

	methods = webhookHeaderMethods;

	webhookMethods = manualWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const { received } = await receiveChatVolt(this);
		if (!received.ok) return received.response;

		const payload = received.body as IDataObject;
		const options = this.getNodeParameter('additionalOptions', {}) as IDataObject;
		const isTest = isTestDelivery(payload);
		if (isTest) {
			if (options.ignoreTestRequests === true) return acknowledgeIgnored('test request');
		} else {
			const eventType = typeof payload.eventType === 'string' ? payload.eventType : undefined;
			const selected = this.getNodeParameter('events', []) as string[];
			if (!matchesEventFilter(eventType, selected, KNOWN_EVENT_TYPES)) {
				return acknowledgeIgnored(`event type ${eventType ?? '(none)'} not selected`);
			}
		}

		const json = withDerivedFields(payload, { eventId: deriveEventId(payload), isTest });
		return { workflowData: [[{ json }]], webhookResponse: RECEIVED };
	}
}
