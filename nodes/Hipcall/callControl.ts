// Hipcall external management (beta): what a call step is, and the answer that says what the call
// does next. Hipcall POSTs at every step of an inbound call and runs the answer's `seq` in order.
import type { IDataObject } from 'n8n-workflow';

import type { AnsweringPair } from '../shared/builderHint';
import { isPlainObject, textOf } from '../shared/object';
import { toE164 } from '../shared/phone';
import { timeToIso } from '../shared/time';
import { isWebUrl } from '../shared/url';
import { extensionOf, routingFields } from './routing';

/** The call control trigger and the node that answers Hipcall for it. */
export const CALL_CONTROL_PAIR: AnsweringPair = {
	vendor: 'Hipcall',
	trigger: { name: 'hipcallCallControlTrigger', displayName: 'Hipcall Call Control Trigger' },
	response: { name: 'hipcallCallControlResponse', displayName: 'Hipcall Call Control Response' },
};

/** The one event type of the call control trigger, the first part of its event ids. */
export const CALL_STEP_EVENT = 'call_step';

/** Hipcall's help page names the list `callflow`, its demo code and our notes `call_flow`: both are read. */
function callFlowOf(step: IDataObject): unknown {
	return step.call_flow ?? step.callflow;
}

/**
 * What is wrong with a call step, or undefined when it is one. It must name the call: its `uuid` or
 * its `caller` (Hipcall sends both; a withheld caller may come as null and still gets the menu).
 * A caller must be text or a number, `data` (the gathered digits) an object and the call flow a
 * list where they are sent, or the step cannot be read.
 */
export function callStepProblem(value: unknown): string | undefined {
	if (!isPlainObject(value)) return 'is not a JSON object';
	const absent = (field: unknown) => field === undefined || field === null;
	if (absent(value.caller) && absent(value.uuid)) return 'has neither "caller" nor "uuid" (expected {"caller": "+908508852972", "uuid": "...", "data": {}, ...})';
	if (!absent(value.caller) && typeof value.caller !== 'string' && typeof value.caller !== 'number') return 'has a "caller" that is neither text nor a number';
	if (!absent(value.data) && !isPlainObject(value.data)) return 'has a "data" that is not an object of gathered digits';
	const flow = callFlowOf(value);
	if (!absent(flow) && !Array.isArray(flow)) return 'has a call flow ("call_flow" or "callflow") that is not a list';
	return undefined;
}

/** The digits gathered so far, by the variable name of each gather: text or numbers, as text. Anything else stays in `data` only. */
export function gatheredOf(data: unknown): IDataObject {
	if (!isPlainObject(data)) return {};
	const gathered: IDataObject = {};
	for (const [name, value] of Object.entries(data)) {
		if (typeof value === 'string') gathered[name] = value.trim();
		else if (typeof value === 'number' && Number.isFinite(value)) gathered[name] = String(value);
	}
	return gathered;
}

function lastActionOf(flow: unknown): string | undefined {
	if (!Array.isArray(flow) || flow.length === 0) return undefined;
	const last: unknown = flow[flow.length - 1];
	return isPlainObject(last) ? textOf(last.action) : undefined;
}

/**
 * The call, the step and the step's place in the call: a retry of one step keeps its event id, the
 * next step of the same call (more digits gathered, a longer call flow) gets its own.
 */
export function callStepKey(step: IDataObject): unknown[] | undefined {
	const uuid = textOf(step.uuid);
	if (uuid === undefined) return undefined;
	const flow = callFlowOf(step);
	const digits = Object.entries(gatheredOf(step.data))
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, value]) => `${name}=${String(value)}`)
		.join(',');
	const place = Array.isArray(flow) ? flow.length : 0;
	return digits === '' ? [uuid, place] : [uuid, place, digits];
}

/**
 * The fields added next to Hipcall's own: the caller (as the routing trigger gives it), your number
 * that was called, the call and its time, the digits gathered so far by variable name, and where in
 * the call this step is.
 */
export function callStepFields(step: IDataObject): IDataObject {
	const { callerNumber, callerE164, callerDigits } = routingFields(step);
	const callee = textOf(step.callee);
	const flow = callFlowOf(step);
	const gathered = gatheredOf(step.data);
	return {
		callerNumber,
		callerE164,
		callerDigits,
		hipcallNumber: toE164(callee) ?? callee,
		callId: textOf(step.uuid),
		timestampIso: timeToIso(step.timestamp),
		gathered,
		firstStep: Object.keys(gathered).length === 0,
		stepNumber: Array.isArray(flow) ? flow.length : undefined,
		lastAction: lastActionOf(flow),
	};
}

// The answer.

/** The actions of a `seq`, as the response node's list names them. */
export type CallActionType = 'play' | 'say' | 'gather' | 'connect' | 'dial' | 'hangup';

/** One row of the response node's list (every field as the panel gives it, any type). */
export interface CallActionRow {
	type?: unknown;
	url?: unknown;
	text?: unknown;
	language?: unknown;
	ask?: unknown;
	minDigits?: unknown;
	maxDigits?: unknown;
	variableName?: unknown;
	extension?: unknown;
	number?: unknown;
}

export const ACTION_NAMES: Record<CallActionType, string> = {
	play: 'Play Audio',
	say: 'Say Text',
	gather: 'Gather Digits',
	connect: 'Connect to Extension',
	dial: 'Dial Number',
	hangup: 'Hang Up',
};

/**
 * Actions after which nothing of the same answer runs: a gather ends the step (Hipcall POSTs the
 * digits, and the next answer says what follows), connect and dial hand the call on, hangup ends it.
 */
const ENDS_STEP = new Set<CallActionType>(['gather', 'connect', 'dial', 'hangup']);

/** Variable names as a builder reads them back from `gathered` in an expression. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** A language tag as Hipcall's examples give it (tr-TR, en-US). */
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

const quoted = (value: unknown) => `"${String(value).slice(0, 60)}"`;

function wholeNumber(value: unknown): number | undefined {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isInteger(number) ? number : undefined;
}

/** One action as Hipcall takes it, or what is wrong with its row. */
function actionOf(row: CallActionRow): { action: IDataObject } | { problem: string } {
	const type = row.type as CallActionType;
	switch (type) {
		case 'play':
			if (!isWebUrl(textOf(row.url))) return { problem: `the audio URL ${quoted(row.url ?? '')} is not an http(s) URL` };
			return { action: { action: 'play', args: { url: textOf(row.url) } } };
		case 'say': {
			const text = textOf(row.text);
			const language = textOf(row.language);
			if (text === undefined) return { problem: 'the text is empty' };
			if (language === undefined || !LANGUAGE.test(language)) return { problem: `the language ${quoted(row.language ?? '')} is not a language tag like tr-TR or en-US` };
			return { action: { action: 'say', args: { text, language } } };
		}
		case 'gather': {
			const ask = textOf(row.ask);
			const min = wholeNumber(row.minDigits);
			const max = wholeNumber(row.maxDigits);
			const name = textOf(row.variableName);
			// An unreachable prompt makes Hipcall repeat the gather with nothing gathered.
			if (!isWebUrl(ask)) return { problem: `the prompt audio URL ${quoted(row.ask ?? '')} is not an http(s) URL` };
			if (min === undefined || min < 1) return { problem: `the minimum digits ${quoted(row.minDigits ?? '')} is not a whole number of 1 or more` };
			if (max === undefined || max < 1) return { problem: `the maximum digits ${quoted(row.maxDigits ?? '')} is not a whole number of 1 or more` };
			if (min > max) return { problem: `the minimum digits (${min}) is more than the maximum (${max})` };
			if (name === undefined || !VARIABLE_NAME.test(name)) {
				return { problem: `the variable name ${quoted(row.variableName ?? '')} is not a name of letters, digits and _ that starts with a letter or _` };
			}
			return { action: { action: 'gather', args: { min_digits: min, max_digits: max, ask, variable_name: name } } };
		}
		case 'connect': {
			const checked = extensionOf(row.extension);
			if ('problem' in checked) return { problem: checked.problem.replace(/^The extension/, 'the extension') };
			return { action: { action: 'connect', args: { destination: checked.extension } } };
		}
		case 'dial': {
			// Hipcall's examples dial the country code and number as digits, without a "+".
			const e164 = toE164(row.number);
			if (e164 === undefined) return { problem: `the number ${quoted(row.number ?? '')} is not a phone number with its country code (e.g. +905326202911)` };
			return { action: { action: 'dial', args: { destination: e164.slice(1) } } };
		}
		case 'hangup':
			return { action: { action: 'hangup' } };
		default:
			return { problem: `${quoted(row.type ?? '')} is not an action (${Object.keys(ACTION_NAMES).join(', ')})` };
	}
}

/** The answer Hipcall runs: `{"version": "1", "seq": [...]}`. */
export interface CallControlAnswer extends IDataObject {
	version: '1';
	seq: IDataObject[];
}

/**
 * The answer for the rows of the response node's list, or every reason it cannot be sent: an
 * invalid answer makes Hipcall drop the call to the default target, so none is ever sent.
 */
export function callControlAnswer(rows: unknown): { answer: CallControlAnswer } | { problem: string } {
	if (!Array.isArray(rows) || rows.length === 0) return { problem: 'There are no actions: add at least one (e.g. Connect to Extension)' };
	const problems: string[] = [];
	const seq: IDataObject[] = [];
	rows.forEach((row: unknown, index) => {
		const place = `Action ${index + 1}`;
		if (!isPlainObject(row)) {
			problems.push(`${place} is not an action`);
			return;
		}
		const name = ACTION_NAMES[row.type as CallActionType] ?? 'unknown';
		const checked = actionOf(row as CallActionRow);
		if ('problem' in checked) problems.push(`${place} (${name}): ${checked.problem}`);
		else seq.push(checked.action);
		const type = row.type as CallActionType;
		if (ENDS_STEP.has(type) && index < rows.length - 1) {
			problems.push(`${place} (${name}) ends the step, so the ${rows.length - 1 - index} action(s) after it would never run: make it the last`);
		}
	});
	if (problems.length > 0) return { problem: problems.join('; ') };
	return { answer: { version: '1', seq } };
}
