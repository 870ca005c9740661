// The call recording webhook (M8Com help: "Call recording - M8Com webhook", data model V2): one
// JSON object per finished recording, with links to the audio that expire after 30 minutes.
import type { IDataObject } from 'n8n-workflow';

import { textOf } from '../shared/object';
import { toE164 } from '../shared/phone';
import { timeToIso } from '../shared/time';
import { isWebUrl } from '../shared/url';
import { describeValue } from '../shared/webhook';

/** How long M8Com's file links stay valid, in minutes (M8Com's help page). */
export const FILE_URL_MINUTES = 30;

function isAbsent(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const isDuration = (value: unknown) => value === null || value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0);

/**
 * What makes a recording delivery unusable, or undefined: no call id, no link to a file, or a
 * time or duration that is none. Links that are not http(s) are kept (the download reports them)
 * as long as one is; whatever else M8Com adds passes.
 */
export function recordingProblem(body: IDataObject): string | undefined {
	if (isAbsent(body.id) || textOf(body.id) === undefined) {
		return isAbsent(body.id)
			? 'The call recording has no "id": M8Com sends the call\'s id with every recording'
			: `"id" is ${describeValue(body.id)}, not a call id`;
	}
	if (!Array.isArray(body.fileUrls)) {
		return isAbsent(body.fileUrls)
			? 'The call recording has no "fileUrls": M8Com sends the links to the recording with every delivery'
			: `"fileUrls" is ${describeValue(body.fileUrls)}, not a list of links`;
	}
	if (!body.fileUrls.some(isWebUrl)) return '"fileUrls" holds no http(s) link to a recording';
	for (const key of ['startTime', 'endTime']) {
		if (!isAbsent(body[key]) && timeToIso(body[key]) === undefined) {
			return `"${key}" is not a time (Unix milliseconds): ${JSON.stringify(body[key]).slice(0, 80)}`;
		}
	}
	for (const key of ['talkTime', 'waitTime']) {
		if (!isDuration(body[key])) return `"${key}" is ${JSON.stringify(body[key]).slice(0, 80)}, not a duration in milliseconds`;
	}
	return undefined;
}

/** M8Com's id of the call: one recording webhook per recorded call (`callRecording:<customer>:<id>`). */
export function recordingKey(customerId: string | undefined, body: IDataObject): unknown[] {
	return [customerId ?? '', textOf(body.id)];
}

const seconds = (ms: unknown) => (typeof ms === 'number' && Number.isFinite(ms) ? Math.round(ms / 10) / 100 : undefined);

/**
 * Which party is the customer. M8Com does not say the call's direction: an answer-group call
 * (one with an agent or a queue wait) is a customer calling in; a party that is no phone number
 * is a VoIP user of yours, so the other one is the customer. A personal call between two phone
 * numbers cannot be told: no customer number then, the caller's and callee's are still given.
 */
function customerSide(body: IDataObject, callerE164: string | undefined, calleeE164: string | undefined): 'caller' | 'callee' | undefined {
	const queueCall = !isAbsent(body.agentId) || typeof body.waitTime === 'number';
	if (queueCall) return 'caller';
	if (callerE164 && !calleeE164) return 'caller';
	if (calleeE164 && !callerE164) return 'callee';
	return undefined;
}

/** The fields a recording item gets next to M8Com's own. */
export function recordingFields(body: IDataObject, customerId: string | undefined, defaultCountryCode = ''): IDataObject {
	const callerNumberE164 = toE164(body.callerNumber, defaultCountryCode);
	const calleeNumberE164 = toE164(body.calleeNumber, defaultCountryCode);
	const side = customerSide(body, callerNumberE164, calleeNumberE164);
	const fileUrls = body.fileUrls as unknown[];
	return {
		customerId,
		callId: textOf(body.id),
		customerSide: side,
		customerNumber: side === undefined ? undefined : textOf(side === 'caller' ? body.callerNumber : body.calleeNumber),
		customerNumberE164: side === undefined ? undefined : side === 'caller' ? callerNumberE164 : calleeNumberE164,
		callerNumberE164,
		calleeNumberE164,
		agent: textOf(body.agentName) ?? textOf(body.agentId),
		startTimeIso: timeToIso(body.startTime),
		endTimeIso: timeToIso(body.endTime),
		talkSeconds: seconds(body.talkTime),
		waitSeconds: seconds(body.waitTime),
		recordingCount: fileUrls.filter(isWebUrl).length,
	};
}
