// Automatic Call Logging: M8Com POSTs one JSON object per call-log item.
import type { IDataObject } from 'n8n-workflow';

import { toE164 } from '../shared/phone';
import { contentDigest, describeValue } from '../shared/webhook';
import { timeToIso } from '../shared/time';

interface Party {
	username?: string;
	name?: string;
	phoneNumber: string;
}

/** The sections M8Com writes into a call log's free-text `body`, one per line (the seed's list). */
export interface CallLogBodyDetails {
	referredTo?: string[];
	referredBy?: string[];
	callToUser?: Party;
	callFromUser?: Party;
	callFrom?: string;
	callTo?: string;
	callToAnswerGroup?: Party;
	callFromAnswerGroup?: Party;
	agent?: string;
	callType?: string;
	/** The recorded call's summary, and any line this node does not recognise. */
	summary?: string;
}

type Section =
	| { key: 'referredTo' | 'referredBy'; kind: 'list'; pattern: RegExp }
	| { key: 'callFrom' | 'callTo' | 'agent' | 'callType'; kind: 'text'; pattern: RegExp }
	| { key: 'callToUser' | 'callFromUser'; kind: 'user'; pattern: RegExp }
	| { key: 'callToAnswerGroup' | 'callFromAnswerGroup'; kind: 'group'; pattern: RegExp };

// "Call to user" and "Call to answer group" come before "Call to", which would also match them.
const SECTIONS: Section[] = [
	{ key: 'referredTo', kind: 'list', pattern: /^referred to:\s*(.*)$/i },
	{ key: 'referredBy', kind: 'list', pattern: /^referred by:\s*(.*)$/i },
	{ key: 'callToUser', kind: 'user', pattern: /^call to user:\s*(.*?)\s*\(([^()]*)\)\s*$/i },
	{ key: 'callFromUser', kind: 'user', pattern: /^call from user:\s*(.*?)\s*\(([^()]*)\)\s*$/i },
	{ key: 'callToAnswerGroup', kind: 'group', pattern: /^call to answer group:\s*(.*?)\s*\(([^()]*)\)\s*$/i },
	{ key: 'callFromAnswerGroup', kind: 'group', pattern: /^call from answer group:\s*(.*?)\s*\(([^()]*)\)\s*$/i },
	{ key: 'callFrom', kind: 'text', pattern: /^call from:\s*(.*)$/i },
	{ key: 'callTo', kind: 'text', pattern: /^call to:\s*(.*)$/i },
	{ key: 'agent', kind: 'text', pattern: /^m8com agent:\s*(.*)$/i },
	{ key: 'callType', kind: 'text', pattern: /^call type:\s*(.*)$/i },
];

/** Splits a call log's body into its named sections; lines that match none make up `summary`. */
export function parseCallLogBody(body: unknown): CallLogBodyDetails {
	const details: CallLogBodyDetails = {};
	if (typeof body !== 'string') return details;
	const rest: string[] = [];
	for (const rawLine of body.split(/\r?\n/)) {
		const line = rawLine.trim();
		const section = SECTIONS.find((s) => s.pattern.test(line));
		const match = section && line.match(section.pattern);
		if (!section || !match) {
			rest.push(rawLine);
			continue;
		}
		switch (section.kind) {
			case 'list':
				(details[section.key] ??= []).push(match[1].trim());
				break;
			case 'text':
				details[section.key] = match[1].trim();
				break;
			case 'user':
				details[section.key] = { username: match[1].trim(), phoneNumber: match[2].trim() };
				break;
			case 'group':
				details[section.key] = { name: match[1].trim(), phoneNumber: match[2].trim() };
				break;
		}
	}
	const summary = rest.join('\n').trim();
	if (summary) details.summary = summary;
	return details;
}

/**
 * M8Com sends no event id. What tells one call-log item from another, for its `eventId`
 * (`callLog:<digest>`): the digest of the customer and the call's numbers, start time, user and
 * type (a call log without a start time is refused, see callLogProblem). Every retry of one item
 * has the same; another customer's identical item another.
 */
export function callLogKey(customerId: string | undefined, body: IDataObject): unknown[] {
	const call = [body.fromNumber, body.toNumber, body.startTime, body.userId, body.callType].map((v) => String(v ?? ''));
	return [contentDigest([customerId ?? '', call])];
}

/** The contact's number: the dialled number when the call went to them ("Inbound" from their side), else the caller. */
export function contactNumberOfCall(body: IDataObject): IDataObject[string] {
	const callType = typeof body.callType === 'string' ? body.callType.trim().toLowerCase() : '';
	return callType === 'inbound' ? body.toNumber : body.fromNumber;
}

/** The fields without which a call log says nothing: M8Com sends them with every call. */
const REQUIRED = ['fromNumber', 'toNumber', 'startTime'];

function isNumberText(value: unknown): boolean {
	return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function isAbsent(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * What makes a call log unusable, or undefined: a missing number or start time (`{}` is no call),
 * or a start time that is no time at all. Anything else M8Com may add or change passes.
 */
export function callLogProblem(body: IDataObject): string | undefined {
	const missing = REQUIRED.filter((key) => isAbsent(body[key]));
	if (missing.length > 0) {
		const names = missing.map((key) => `"${key}"`);
		const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
		return `The call log has no ${list}: M8Com sends fromNumber, toNumber and startTime with every call`;
	}
	for (const key of ['fromNumber', 'toNumber']) {
		if (!isNumberText(body[key])) return `"${key}" is ${describeValue(body[key])}, not a phone number`;
	}
	if (timeToIso(body.startTime) === undefined) {
		return `"startTime" is not a time (Unix milliseconds): ${JSON.stringify(body.startTime).slice(0, 80)}`;
	}
	return undefined;
}

/** The fields a call-log item gets next to M8Com's own. */
export function callLogFields(body: IDataObject, customerId: string | undefined, defaultCountryCode = ''): IDataObject {
	const duration = typeof body.duration === 'number' ? body.duration : Number(body.duration);
	const customerNumber = contactNumberOfCall(body);
	return {
		customerId,
		customerNumber,
		customerNumberE164: toE164(customerNumber, defaultCountryCode),
		startTimeIso: timeToIso(body.startTime),
		durationSeconds: Number.isFinite(duration) && body.duration !== null && body.duration !== '' ? Math.round(duration / 10) / 100 : undefined,
		bodyDetails: parseCallLogBody(body.body) as IDataObject,
	};
}
