import type { IDataObject } from 'n8n-workflow';

import { eventFilter, type KnownEvent } from '../shared/webhook';

/**
 * The video-consultation collections. Only `call-summary` is documented by Bambuser; the others are
 * reported by third-party notes, so every other collection passes through when "All" is selected.
 * A trailing "*" stands for every collection that starts with the rest.
 */
export const KNOWN_COLLECTIONS: KnownEvent[] = [
	{
		value: 'call-summary',
		name: 'Call Summary',
		description: 'An agent pressed Send on a call in the call history (the documented webhook)',
	},
	{ value: 'call-started', name: 'Call Started', description: 'A video call began (not documented by Bambuser)' },
	{ value: 'call-ended', name: 'Call Ended', description: 'A video call ended (not documented by Bambuser)' },
	{
		value: 'call-missed',
		name: 'Call Missed',
		description: 'Nobody answered a customer’s call (not documented by Bambuser)',
	},
	{
		value: 'customer-waiting-*',
		name: 'Customer Waiting (Any)',
		description: 'Every collection whose name starts with "customer-waiting-" (not documented by Bambuser)',
	},
	{
		value: 'appointment',
		name: 'Appointment',
		description: 'A booking was confirmed, cancelled, rescheduled or reminded (not documented by Bambuser)',
	},
	{ value: 'shopper', name: 'Shopper', description: 'Shopper events (not documented by Bambuser)' },
];

/** Actions seen so far: `send` for call summaries, the appointment ones from third-party notes. */
export const KNOWN_ACTIONS: KnownEvent[] = [
	{ value: 'send', name: 'Send', description: 'The agent sent the call summary' },
	{ value: 'confirmation', name: 'Confirmation', description: 'An appointment was confirmed' },
	{ value: 'cancellation', name: 'Cancellation', description: 'An appointment was cancelled' },
	{ value: 'rescheduled', name: 'Rescheduled', description: 'An appointment was moved' },
	{ value: 'reminder', name: 'Reminder', description: 'An appointment reminder is due' },
];

export const collectionsFilter = eventFilter(KNOWN_COLLECTIONS, {
	name: 'collections',
	singular: 'Collection',
	plural: 'Collections',
	vendor: 'Bambuser',
	description:
		'Which Bambuser collections start the workflow. Deliveries of other collections are acknowledged (200) and ignored.',
	default: ['call-summary'],
});

export const actionsFilter = eventFilter(KNOWN_ACTIONS, {
	name: 'actions',
	singular: 'Action',
	plural: 'Actions',
	vendor: 'Bambuser',
	description:
		'Which actions start the workflow. Call summaries arrive with the action "send". Other actions are acknowledged (200) and ignored.',
});

/** The envelope's collection, which the toolkit treats as its event type. */
export function collectionOf(envelope: IDataObject): string | undefined {
	return typeof envelope.collection === 'string' ? envelope.collection : undefined;
}

/** The envelope's action, filtered next to the collection. */
export function actionOf(envelope: IDataObject): string | undefined {
	return typeof envelope.action === 'string' ? envelope.action : undefined;
}
