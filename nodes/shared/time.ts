// Turns the many ways a date reaches a node into Unix milliseconds (what M8Com expects) or ISO text.

/** Numbers below this are read as seconds: 1e11 s is the year 5138, 1e11 ms is March 1973. */
const SECONDS_LIMIT = 1e11;

const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;

function offsetMs(utcMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(utcMs));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** A wall-clock time without an offset (as n8n's date picker gives it), read in the workflow's time zone. */
function fromLocalIso(match: RegExpMatchArray, timeZone: string): number {
	const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0'] = match;
	const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms.padEnd(3, '0')));
	let guess = wall - offsetMs(wall, timeZone);
	guess = wall - offsetMs(guess, timeZone);
	return guess;
}

function fromNumber(value: number): number {
	return Math.abs(value) < SECONDS_LIMIT ? Math.round(value * 1000) : Math.round(value);
}

/**
 * Unix milliseconds from: a number (seconds or milliseconds, told apart by size), a numeric string,
 * ISO 8601 text (with an offset, or without one: then read in `timeZone`), a JavaScript Date or a
 * Luxon DateTime. Returns undefined for anything else.
 */
export function toUnixMillis(value: unknown, timeZone = 'UTC'): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? fromNumber(value) : undefined;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
	if (typeof value === 'object' && value !== null) {
		const candidate = value as { toMillis?: () => number; isValid?: boolean };
		if (typeof candidate.toMillis === 'function' && candidate.isValid !== false) {
			const ms = candidate.toMillis();
			return Number.isFinite(ms) ? ms : undefined;
		}
		return undefined;
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (text === '') return undefined;
	if (/^-?\d+(\.\d+)?$/.test(text)) return fromNumber(Number(text));
	const local = text.match(LOCAL_ISO);
	if (local) return fromLocalIso(local, timeZone);
	const parsed = Date.parse(text);
	return Number.isNaN(parsed) ? undefined : parsed;
}

/**
 * ISO 8601 text (UTC) for a time as toUnixMillis reads it (seconds or milliseconds told apart by
 * size, numeric text, ISO text read in UTC when it has no offset); undefined when it is none.
 */
export function timeToIso(value: unknown): string | undefined {
	const ms = toUnixMillis(value, 'UTC');
	if (ms === undefined) return undefined;
	const date = new Date(ms);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
