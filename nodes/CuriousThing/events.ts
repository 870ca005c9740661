import type { IDataObject } from 'n8n-workflow';

import { eventFilter, isPlainObject, type KnownEvent } from '../shared/webhook';

/** The event types Curious Thing documents, as they arrive (or as this node names them). */
export const KNOWN_EVENTS: KnownEvent[] = [
	{
		value: 'CallComplete',
		name: 'Call Complete',
		description: 'A customer record reached its outcome: call analytics with the answers given',
	},
	{
		value: 'CallAttempted',
		name: 'Call Attempted',
		description: 'An outbound campaign call was attempted (success or failed, with a note)',
	},
	{
		value: 'CallReceived',
		name: 'Call Received',
		description: 'An inbound call (or an outbound callback) was received for a campaign',
	},
	{ value: 'SMSSent', name: 'SMS Sent', description: 'An SMS was sent to the customer as part of a campaign' },
	{
		value: 'SMSReceived',
		name: 'SMS Received',
		description: 'An SMS was received from the customer as part of a campaign',
	},
];

export const curiousThingEvents = eventFilter(KNOWN_EVENTS, { vendor: 'Curious Thing' });

/** CallComplete statuses; Complete and Partial make the Complete group, every other status the Failed group. */
export const KNOWN_STATUSES: KnownEvent[] = [
	{ value: 'Complete', name: 'Complete', description: 'Every question was answered' },
	{ value: 'Not Complete', name: 'Not Complete', description: 'No question was answered (voicemail, no answer)' },
	{ value: 'Partial', name: 'Partial', description: 'At least the first question was answered' },
];
const COMPLETE_GROUP_STATUSES = ['Complete', 'Partial'];

export const callStatuses = eventFilter(KNOWN_STATUSES, {
	name: 'statuses',
	singular: 'Status',
	plural: 'Call Statuses',
	offerAll: false,
	description:
		'Only Call Complete events with these statuses start the workflow; none selected lets all through. Other event types are not affected.',
});

export type StatusGroup = 'Complete' | 'Failed';

export function statusGroupOf(status: unknown): StatusGroup | undefined {
	if (typeof status !== 'string' || status.trim() === '') return undefined;
	const normalised = status.trim().toLowerCase();
	return COMPLETE_GROUP_STATUSES.some((s) => s.toLowerCase() === normalised) ? 'Complete' : 'Failed';
}

/** The CallComplete analytics live under `data`; other events are flat. */
export function callData(event: IDataObject): IDataObject | undefined {
	return isPlainObject(event.data) ? event.data : undefined;
}

/** Whether a CallComplete status passes the node's status and status-group options (none selected: all pass). */
export function matchesStatus(status: unknown, selected: { statuses: string[]; statusGroups: string[] }): boolean {
	if (selected.statusGroups.length > 0) {
		const group = statusGroupOf(status);
		if (!group || !selected.statusGroups.includes(group)) return false;
	}
	return callStatuses.matches(typeof status === 'string' ? status : undefined, selected.statuses);
}

/** The type given to an SMS event when nothing tells whether it was sent or received. */
export const AMBIGUOUS_SMS = 'SMS';

/** Where an item's `eventType` came from. */
export type EventTypeSource = 'vendor' | 'url' | 'setting' | 'inferred';

export interface ResolvedEventType {
	eventType?: string;
	source?: EventTypeSource;
}

/** Guesses the type of an event that arrives without `eventType`, from the fields it carries. */
export function inferEventType(event: IDataObject): string | undefined {
	if (isPlainObject(event.data) && ('flow' in event.data || 'callResultId' in event.data || 'status' in event.data)) {
		return 'CallComplete';
	}
	if ('message' in event && ('from' in event || 'to' in event)) return AMBIGUOUS_SMS;
	if ('phone' in event && typeof event.type === 'string') return 'CallReceived';
	if ('phone' in event && 'status' in event) return 'CallAttempted';
	return undefined;
}

/**
 * The event's type, first found of: the event's own `eventType`; the `eventType` query parameter of
 * the URL the subscription posts to; the node's "Events Without a Type" setting; the fields.
 */
export function resolveEventType(
	event: IDataObject,
	fromUrl: string | undefined,
	fromSetting: string | undefined,
): ResolvedEventType {
	if (typeof event.eventType === 'string' && event.eventType !== '') {
		return { eventType: event.eventType, source: 'vendor' };
	}
	if (fromUrl) return { eventType: fromUrl, source: 'url' };
	if (fromSetting) return { eventType: fromSetting, source: 'setting' };
	const inferred = inferEventType(event);
	return inferred ? { eventType: inferred, source: 'inferred' } : {};
}

/** The types an event may be for the filter: an ambiguous SMS matches both SMS types. */
export function filterCandidates(eventType: string | undefined): Array<string | undefined> {
	return eventType === AMBIGUOUS_SMS ? ['SMSSent', 'SMSReceived'] : [eventType];
}

/** Curious Thing's own id (CallComplete has one), for the event id; other events are keyed by their content. */
export function eventKey(event: IDataObject): unknown[] | undefined {
	return (typeof event.id === 'string' && event.id !== '') || typeof event.id === 'number' ? [event.id] : undefined;
}

