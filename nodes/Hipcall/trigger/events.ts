import type { IDataObject } from 'n8n-workflow';

import { contentDigest, isPlainObject, type KnownEvent } from '../../shared/webhook';

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
		description: 'Sent as call_hangup when a call ended; carries durations and record_url, a recording link that expires after about an hour',
	},
];

export const KNOWN_EVENT_NAMES = KNOWN_EVENTS.map((event) => event.value);

export type Direction = 'inbound' | 'outbound';

/** Hipcall's direction, or undefined when the event is not a call or says something else. */
export function directionOf(data: IDataObject): Direction | undefined {
	const direction = typeof data.direction === 'string' ? data.direction.trim().toLowerCase() : undefined;
	return direction === 'inbound' || direction === 'outbound' ? direction : undefined;
}

function text(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (typeof value === 'number') return String(value);
	return undefined;
}

/**
 * The customer's side of a call: the number called on outbound calls, the caller on inbound ones.
 * Hipcall's own rule; builders should not have to know it.
 */
export function customerNumberOf(data: IDataObject): string | undefined {
	const direction = directionOf(data);
	if (direction === 'outbound') return text(data.callee_number);
	if (direction === 'inbound') return text(data.caller_number);
	return undefined;
}

/** Our side of the call: the Hipcall number or user that placed or took it. */
export function companyNumberOf(data: IDataObject): string | undefined {
	const direction = directionOf(data);
	if (direction === 'outbound') return text(data.caller_number);
	if (direction === 'inbound') return text(data.callee_number);
	return undefined;
}

/** Digits only ("+90 543 885-63 01" -> "905438856301"): the form to look numbers up by. */
export function digitsOnly(number: string | undefined): string | undefined {
	if (number === undefined) return undefined;
	const digits = number.replace(/\D+/g, '');
	return digits === '' ? undefined : digits;
}

/**
 * A key that is the same for every delivery of one event, and differs between events: `event:uuid`
 * for calls (a call starts once and ends once); otherwise `event:id:updated_at` when the record has
 * an id, else a hash of the whole event. Hipcall sends no delivery id of its own.
 */
export function eventIdOf(event: string, data: IDataObject, envelope: IDataObject): string {
	const uuid = text(data.uuid);
	if (uuid) return `${event}:${uuid}`;
	const id = text(data.id);
	if (id) {
		const version = text(data.updated_at) ?? text(data.inserted_at) ?? text(data.created_at);
		return version ? `${event}:${id}:${version}` : `${event}:${id}`;
	}
	return `${event}:${contentDigest(envelope)}`;
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

/** The derived fields added next to Hipcall's own `event` and `data`. */
export function derivedFields(envelope: IDataObject): IDataObject {
	const event = String(envelope.event);
	const data = isPlainObject(envelope.data) ? envelope.data : {};
	const customerNumber = customerNumberOf(data);
	const isCall = event.startsWith('call') || directionOf(data) !== undefined;
	return {
		eventId: eventIdOf(event, data, envelope),
		callId: isCall ? text(data.uuid) : undefined,
		customerNumber,
		customerNumberDigits: digitsOnly(customerNumber),
		companyNumber: companyNumberOf(data),
		direction: directionOf(data),
	};
}
