// Hipcall's smart routing web service: what a routing request is, and what an answer may say.
import type { IDataObject } from 'n8n-workflow';

import type { AnsweringPair } from '../shared/builderHint';
import { isPlainObject, textOf } from '../shared/object';
import { toE164 } from '../shared/phone';
import { timeToIso } from '../shared/time';
import { digitsOnly } from './derived';

/** The routing trigger and the node that answers Hipcall for it. */
export const ROUTING_PAIR: AnsweringPair = {
	vendor: 'Hipcall',
	trigger: { name: 'hipcallRoutingTrigger', displayName: 'Hipcall Routing Trigger' },
	response: { name: 'hipcallRoutingResponse', displayName: 'Hipcall Routing Response' },
};

/** The one event type of the routing trigger, the first part of its event ids. */
export const ROUTING_EVENT = 'routing';

/**
 * What is wrong with a routing request, or undefined when it is one. Hipcall's guides show the long
 * body `{caller, number, timestamp, uuid}` and the short `{caller}`: only `caller` is required, as
 * text or a number; a caller that is not a number (withheld, "anonymous") still routes.
 */
export function routingProblem(value: unknown): string | undefined {
	if (!isPlainObject(value)) return 'is not a JSON object';
	if (value.caller === undefined || value.caller === null) return 'has no "caller" (expected {"caller": "+442045205757", ...})';
	if (typeof value.caller !== 'string' && typeof value.caller !== 'number') return 'has a "caller" that is neither text nor a number';
	return undefined;
}

/** The call's uuid, where the long body carries it: the key of the request's event id. */
export function routingKey(request: IDataObject): unknown[] | undefined {
	const uuid = textOf(request.uuid);
	return uuid === undefined ? undefined : [uuid];
}

/**
 * The fields added next to Hipcall's own: the caller as sent, in E.164 and digits only, your number,
 * the call and its time. `callerNumber` is there because n8n's expression sandbox refuses any
 * property named `caller` (Function.caller): `{{ $json.caller }}` fails with "Cannot access
 * "caller" due to security concerns".
 */
export function routingFields(request: IDataObject): IDataObject {
	const caller = textOf(request.caller);
	const number = textOf(request.number);
	return {
		callerNumber: caller,
		callerE164: toE164(caller),
		callerDigits: digitsOnly(caller),
		hipcallNumber: toE164(number) ?? number,
		callId: textOf(request.uuid),
		timestampIso: timeToIso(request.timestamp),
	};
}

/** An extension as Hipcall takes it: digits only. Returns the extension, or why it cannot be sent. */
export function extensionOf(value: unknown): { extension: string } | { problem: string } {
	const text = typeof value === 'number' && Number.isInteger(value) && value >= 0 ? String(value) : typeof value === 'string' ? value.trim() : undefined;
	if (text === undefined) return { problem: `The extension is ${value === undefined || value === null ? 'empty' : `not text but ${typeof value}`}` };
	if (text === '') return { problem: 'The extension is empty' };
	if (!/^\d+$/.test(text)) return { problem: `The extension "${text.slice(0, 40)}" is not digits only` };
	return { extension: text };
}

/**
 * "Use the default route": 204, no body. Hipcall routes a call to the step's default destination
 * whenever the answer is not a 200 (smart routing) or has no `version`/`seq` (external management);
 * a 204 is both, at once, and carries nothing a lenient reader could take for a choice. It is no
 * error status, so neither side logs a routing choice as a failure.
 */
export const DEFAULT_ROUTE = { statusCode: 204 } as const;
