import { createHash } from 'crypto';

import { textOf } from '../object';

/** Text written as it stands, between the values of stableJson's work list. */
class Raw {
	constructor(readonly text: string) {}
}

/**
 * JSON with object keys sorted, so that the same content gives the same text whatever the key
 * order. Iterative, so that no nesting depth a client can send overflows the stack.
 */
export function stableJson(value: unknown): string {
	const out: string[] = [];
	const work: unknown[] = [value];
	while (work.length > 0) {
		const next = work.pop();
		if (next instanceof Raw) {
			out.push(next.text);
		} else if (Array.isArray(next)) {
			work.push(new Raw(']'));
			for (let i = next.length - 1; i >= 0; i--) work.push(next[i], ...(i > 0 ? [new Raw(',')] : []));
			work.push(new Raw('['));
		} else if (next && typeof next === 'object') {
			const record = next as Record<string, unknown>;
			const keys = Object.keys(record).sort();
			work.push(new Raw('}'));
			for (let i = keys.length - 1; i >= 0; i--) {
				work.push(record[keys[i]], new Raw(`${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:`));
			}
			work.push(new Raw('{'));
		} else {
			out.push(JSON.stringify(next) ?? 'null');
		}
	}
	return out.join('');
}

/** The first 128 bits (hex) of the SHA-256 of the value's canonical JSON: the same content, the same digest. */
export function contentDigest(value: unknown): string {
	return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 32);
}


/**
 * The package's one event-id scheme, the `eventId` of every trigger item. It is the same for every
 * retry of one delivery and differs between deliveries, so that deduplication can key on it:
 * - the vendor's own delivery id, where the vendor sends one (the declaration's `ownEventId`);
 * - else `<event type>:<key>`, where the key is the vendor's identifying fields joined by ":"
 *   (for example `call_init:<call uuid>`);
 * - else `<event type>:<digest>`, the content digest of the whole event (32 hex characters). Two
 *   identical events of one delivery are two events (two SMS in the same second): the receiving
 *   code numbers the second and later copies (`SMS:<digest>:2`), which a retry repeats.
 * `byContent` says whether the id is the digest, the one kind that can repeat within a delivery.
 */
export function eventIdentity(
	eventType: string | undefined,
	key: unknown[] | undefined,
	event: unknown,
	own?: unknown,
): { eventId: string; byContent: boolean } {
	const given = textOf(own);
	if (given) return { eventId: given, byContent: false };
	const type = textOf(eventType) ?? 'event';
	const parts = key?.map(textOf);
	if (parts && parts.length > 0 && parts.every((part) => part !== undefined)) {
		return { eventId: `${type}:${parts.join(':')}`, byContent: false };
	}
	return { eventId: `${type}:${contentDigest(event)}`, byContent: true };
}

/** The event id of one event on its own (see eventIdentity). */
export function eventIdOf(eventType: string | undefined, key: unknown[] | undefined, event: unknown, own?: unknown): string {
	return eventIdentity(eventType, key, event, own).eventId;
}
