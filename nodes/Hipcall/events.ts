import type { IDataObject } from 'n8n-workflow';

import { eventFilter, isPlainObject, type KnownEvent } from '../shared/webhook';

/** The event names Hipcall documents. Company, contact, task and deal events exist but are unnamed. */
export const KNOWN_EVENTS: KnownEvent[] = [
	{
		value: 'call_init',
		name: 'Call Started',
		description: 'Sent as call_init for every inbound and outbound call, as it starts: the moment to push an information card',
	},
	{
		value: 'call_hangup',
		name: 'Call Ended',
		description: 'Sent as call_hangup when a call ended; carries durations and record_url, a recording link that expires after about an hour (the Hipcall node\'s Call Recording > Download makes it a file)',
	},
];

export const hipcallEvents = eventFilter(KNOWN_EVENTS, {
	vendor: 'Hipcall',
	description:
		'Which Hipcall events start the workflow. Company, contact, task and deal events have no documented names: they come through with "All Events" or "Any Other Event Type". Other events are answered 200 and ignored.',
});

export type Direction = 'inbound' | 'outbound';

/** Hipcall's direction, or undefined when the event is not a call or says something else. */
export function directionOf(data: IDataObject): Direction | undefined {
	const direction = typeof data.direction === 'string' ? data.direction.trim().toLowerCase() : undefined;
	return direction === 'inbound' || direction === 'outbound' ? direction : undefined;
}

/** The event's `data`, or an empty record when it has none. */
export function dataOf(event: IDataObject): IDataObject {
	return isPlainObject(event.data) ? event.data : {};
}

/** Whether the event passes the node's Call Direction setting; events without a direction always do. */
export function matchesDirection(event: IDataObject, wanted: string): boolean {
	if (wanted === 'any') return true;
	const data = dataOf(event);
	const actual = directionOf(data);
	return actual === undefined ? data.direction === undefined : actual === wanted;
}

/** What is wrong with one delivered element, or undefined when it is a Hipcall event. */
export function eventProblem(value: unknown): string | undefined {
	if (!isPlainObject(value)) return 'is not a JSON object';
	if (typeof value.event !== 'string' || value.event.trim() === '') {
		return 'has no "event" name (expected {"event": "...", "data": {...}})';
	}
	if (value.data !== undefined && value.data !== null && !isPlainObject(value.data)) {
		return 'has a "data" field that is not an object';
	}
	return undefined;
}

/**
 * What tells one event from another, for its event id (Hipcall sends no delivery id): the call's
 * uuid (a call starts once and ends once); else the record's id and version; else nothing, and the
 * event id falls back to a digest of the event.
 */
export function eventKey(event: IDataObject): unknown[] | undefined {
	const data = dataOf(event);
	if (data.uuid !== undefined && data.uuid !== '') return [data.uuid];
	if (data.id === undefined || data.id === '') return undefined;
	const version = [data.updated_at, data.inserted_at, data.created_at].find((value) => value !== undefined && value !== '');
	return version === undefined ? [data.id] : [data.id, version];
}
