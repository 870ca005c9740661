import type { IDataObject } from 'n8n-workflow';

import { toE164 } from '../shared/phone';
import { eventFilter, isPlainObject, type KnownEvent } from '../shared/webhook';

/** The type given to an SMS event when nothing tells whether it was sent or received. */
export const AMBIGUOUS_SMS = 'SMS';

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
	{
		value: AMBIGUOUS_SMS,
		name: 'SMS, Direction Unknown',
		description:
			'An SMS without a type whose direction could not be worked out (see Events Without a Type): it may have been sent or received',
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

/** Where an item's `eventType` came from. */
export type EventTypeSource = 'vendor' | 'url' | 'setting' | 'inferred';

export interface ResolvedEventType {
	eventType?: string;
	source?: EventTypeSource;
}

/** The user's own SMS numbers in E.164 ("Your SMS Numbers"), and the code national numbers are read with. */
export interface SmsNumbers {
	own: readonly string[];
	defaultCountryCode: string;
}

/** The E.164 numbers of a comma-, semicolon- or line-separated list; what is not a number is left out. */
export function smsNumbersOf(list: unknown, defaultCountryCode: string): SmsNumbers {
	const own = typeof list === 'string' ? list.split(/[,;\n]/).map((n) => toE164(n, defaultCountryCode)) : [];
	return { own: own.filter((n): n is string => n !== undefined), defaultCountryCode };
}

/**
 * Which way an SMS went, from the user's own numbers: sent when only `from` is one of them,
 * received when only `to` is. Curious Thing's SMS events look the same both ways and never carry
 * the campaign's number, so without those numbers (or when both or neither side is one) the
 * direction is unknown.
 */
export function smsDirection(event: IDataObject, numbers?: SmsNumbers): 'SMSSent' | 'SMSReceived' | undefined {
	if (!numbers || numbers.own.length === 0) return undefined;
	const ours = (value: unknown) => {
		const e164 = toE164(value, numbers.defaultCountryCode);
		return e164 !== undefined && numbers.own.includes(e164);
	};
	const fromOurs = ours(event.from);
	if (fromOurs === ours(event.to)) return undefined;
	return fromOurs ? 'SMSSent' : 'SMSReceived';
}

/** Guesses the type of an event that arrives without `eventType`, from the fields it carries. */
export function inferEventType(event: IDataObject, smsNumbers?: SmsNumbers): string | undefined {
	if (isPlainObject(event.data) && ('flow' in event.data || 'callResultId' in event.data || 'status' in event.data)) {
		return 'CallComplete';
	}
	if ('message' in event && ('from' in event || 'to' in event)) return smsDirection(event, smsNumbers) ?? AMBIGUOUS_SMS;
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
	smsNumbers?: SmsNumbers,
): ResolvedEventType {
	if (typeof event.eventType === 'string' && event.eventType !== '') {
		return { eventType: event.eventType, source: 'vendor' };
	}
	if (fromUrl) return { eventType: fromUrl, source: 'url' };
	if (fromSetting) return { eventType: fromSetting, source: 'setting' };
	const inferred = inferEventType(event, smsNumbers);
	return inferred ? { eventType: inferred, source: 'inferred' } : {};
}

/** Curious Thing's own id of an event (CallComplete has one), if it has one. */
function ownId(event: IDataObject): string | number | undefined {
	return (typeof event.id === 'string' && event.id !== '') || typeof event.id === 'number' ? event.id : undefined;
}

/**
 * The key of the event id: Curious Thing's own id where the event has one (CallComplete). Flat
 * events have none and are keyed by their content (the toolkit numbers identical copies of one batch).
 */
export function eventKey(event: IDataObject): unknown[] | undefined {
	const id = ownId(event);
	return id === undefined ? undefined : [id];
}
