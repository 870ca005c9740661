import { createHash } from 'crypto';

/** JSON with object keys sorted, so that the same content gives the same text whatever the key order. */
export function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const entries = Object.keys(record)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** The first 128 bits (hex) of the SHA-256 of the value's canonical JSON: the same content, the same digest. */
export function contentDigest(value: unknown): string {
	return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 32);
}

function text(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}

/**
 * The package's one event-id scheme, the `eventId` of every trigger item. It is the same for every
 * retry of one delivery and differs between deliveries, so that deduplication can key on it:
 * - the vendor's own `eventId` field, as sent, when the event carries one;
 * - else `<event type>:<key>`, where the key is the vendor's identifying fields joined by ":"
 *   (for example `call_init:<call uuid>`);
 * - else `<event type>:<digest>`, the content digest of the whole event (32 hex characters).
 */
export function eventIdOf(eventType: string | undefined, key: unknown[] | undefined, event: unknown): string {
	const own = event && typeof event === 'object' ? text((event as Record<string, unknown>).eventId) : undefined;
	if (own) return own;
	const type = text(eventType) ?? 'event';
	const parts = key?.map(text);
	if (parts && parts.length > 0 && parts.every((part) => part !== undefined)) return `${type}:${parts.join(':')}`;
	return `${type}:${contentDigest(event)}`;
}
