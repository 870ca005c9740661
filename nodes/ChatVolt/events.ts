import type { IDataObject } from 'n8n-workflow';

import { eventFilter, type KnownEvent, type TriggerDeclaration } from '../shared/webhook';
import { chatVoltWebhookSecret } from '../../credentials/ChatVoltWebhookApi.credentials';

/** ChatVolt's outbound webhook event types (the `eventType` field), as ChatVolt spells them. */
export const KNOWN_EVENTS: KnownEvent[] = [
	{
		value: 'AGENT_USER_MESSAGE',
		name: 'Agent Answered a User',
		description: 'A user wrote and the AI agent answered (ChatVolt\'s default event)',
	},
	{
		value: 'USER_MESSAGE_RECEIVED',
		name: 'User Message Received (AI Off)',
		description: 'A user wrote in a conversation where the AI is disabled',
	},
	{
		value: 'AGENT_MESSAGE_SENDED',
		name: 'Agent Message Sent',
		description: 'A human agent sent a message through a channel, for example from the Inbox',
	},
	{
		value: 'AGENT_MESSAGE_FOLLOW_UP',
		name: 'Agent Follow-Up Sent',
		description: 'The agent sent a follow-up message',
	},
	{
		value: 'AGENT_MESSAGE_BLOCKED',
		name: 'Agent Message Blocked',
		description: 'A message was blocked, for example outside WhatsApp\'s or Instagram\'s 24-hour window',
	},
	{
		value: 'AGENT_MESSAGE_NOTED',
		name: 'Agent Message Logged as Note',
		description: 'A message was kept as a note because its channel cannot deliver it (API, Dashboard)',
	},
	{
		value: 'GROUP_MESSAGE_RECEIVED',
		name: 'Group Message Received',
		description: 'A group message that did not mention the agent (Z-API WhatsApp groups)',
	},
	{
		value: 'STEP_ENTERED',
		name: 'FluxVolt Step Entered',
		description: 'A conversation entered a FluxVolt (CRM) step; set up in the step\'s own settings',
	},
	{
		value: 'NPS_INTERACTION',
		name: 'NPS Rating Received',
		description: 'A user gave an NPS rating (fields rating and comment)',
	},
];

export const chatVoltEvents = eventFilter(KNOWN_EVENTS, {
	vendor: 'ChatVolt',
	description:
		'Which event types start the workflow. Others are answered 200 and ignored. "Any Other Event Type" lets through types ChatVolt adds later.',
});

/**
 * What both ChatVolt triggers share: the vendor, its icon, and how a request proves it comes from
 * your agent (ChatVolt can send one header of your choice with every request).
 */
export const chatVoltTriggerBase: Pick<TriggerDeclaration, 'vendor' | 'credential' | 'checks'> = {
	vendor: 'ChatVolt',
	credential: chatVoltWebhookSecret,
	checks: {
		offered: ['headerSecret', 'none'],
		default: 'none',
		hints: {
			headerSecret: 'Accept only requests carrying the header set in the agent\'s WebHook settings',
			none: 'Accept any request to the URL',
		},
		notices: {
			none: 'ChatVolt can send one header with every request (Agents > your agent > Settings > WebHook > Header). Checking it keeps strangers who learn the URL from starting the workflow.',
		},
	},
};

/**
 * Whether a delivery is the test request ChatVolt sends when the webhook URL is saved. ChatVolt
 * documents only that the request is sent (and must be answered within 5 seconds), not its body.
 * So only what cannot be a real event counts: an empty body (nothing, or `{}`), or an explicit
 * `test: true` / `isTest: true`. Fields of a real event that merely look like a test (a numeric
 * conversation id, one starting with "test", an event type containing "TEST", no conversation id)
 * prove nothing: such an event goes through the event filter like any other and is never dropped
 * as a test.
 */
export function isTestDelivery(payload: IDataObject): boolean {
	if (Object.keys(payload).length === 0) return true;
	return payload.test === true || payload.isTest === true;
}

/**
 * What tells one event from another, for its event id (ChatVolt sends no event id): message events
 * carry messageId, so a retry of the same event gets the same id; other events get a digest of
 * their content, which a retry repeats exactly.
 */
export function eventKey(payload: IDataObject): unknown[] | undefined {
	return payload.messageId === undefined ? undefined : [payload.messageId];
}
