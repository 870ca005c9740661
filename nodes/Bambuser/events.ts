import type { INodeProperties } from 'n8n-workflow';

import {
	ALL_EVENTS,
	OTHER_EVENTS,
	eventFilterProperty,
	matchesEventFilter,
	type KnownEvent,
} from '../shared/webhook';

/**
 * The video-consultation collections. Only `call-summary` is documented by Bambuser; the others are
 * reported by third-party notes, so every other collection passes through when "All" is selected.
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

const WILDCARD_SUFFIX = '*';

/** The filter value a collection falls under: `customer-waiting-queued` -> `customer-waiting-*`. */
export function collectionKey(collection: string | undefined): string | undefined {
	if (collection === undefined) return undefined;
	const wildcard = KNOWN_COLLECTIONS.find(
		({ value }) => value.endsWith(WILDCARD_SUFFIX) && collection.startsWith(value.slice(0, -1)),
	);
	return wildcard ? wildcard.value : collection;
}

/** A multi-select of known values plus "all" and "any other", named for what it filters. */
function filterProperty(
	known: KnownEvent[],
	what: { singular: string; plural: string; name: string; description: string; default: string[] },
): INodeProperties {
	return eventFilterProperty(known, {
		displayName: what.plural,
		name: what.name,
		description: what.description,
		options: [
			{
				name: `All ${what.plural}`,
				value: ALL_EVENTS,
				description: `Every ${what.singular.toLowerCase()}, including ones Bambuser adds later`,
			},
			{ name: `Any Other ${what.singular}`, value: OTHER_EVENTS, description: `${what.plural} not listed here` },
			...known.map(({ name, value, description }) => ({ name, value, description })),
		],
		default: what.default,
	});
}

export const collectionsProperty = filterProperty(KNOWN_COLLECTIONS, {
	singular: 'Collection',
	plural: 'Collections',
	name: 'collections',
	description:
		'Which Bambuser collections start the workflow. Deliveries of other collections are acknowledged (200) and ignored.',
	default: ['call-summary'],
});

export const actionsProperty = filterProperty(KNOWN_ACTIONS, {
	singular: 'Action',
	plural: 'Actions',
	name: 'actions',
	description:
		'Which actions start the workflow. Call summaries arrive with the action "send". Other actions are acknowledged (200) and ignored.',
	default: [ALL_EVENTS],
});

/** Whether a delivery passes the user's collection and action filters. */
export function matchesFilters(
	collection: string | undefined,
	action: string | undefined,
	selected: { collections: string[]; actions: string[] },
): boolean {
	return (
		matchesEventFilter(
			collectionKey(collection),
			selected.collections,
			KNOWN_COLLECTIONS.map(({ value }) => value),
		) &&
		matchesEventFilter(
			action,
			selected.actions,
			KNOWN_ACTIONS.map(({ value }) => value),
		)
	);
}
