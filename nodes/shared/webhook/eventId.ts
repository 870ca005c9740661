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

/**
 * A stable key for a delivery that carries no id of its own: the first 128 bits (hex) of the
 * SHA-256 of its content, so that an identical retry gets the same key for Remove Duplicates.
 */
export function contentDigest(value: unknown): string {
	return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 32);
}
