import type { IDataObject } from 'n8n-workflow';

import { isPlainObject, type KnownEvent } from '../shared/webhook';

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

export const KNOWN_EVENT_TYPES = KNOWN_EVENTS.map((event) => event.value);

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
