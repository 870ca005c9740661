// Generators of hostile requests to a trigger, shared by the property suite (webhook() alone) and
// the hostile run on real n8n (test/e2e/hostile.e2e.test.ts).
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import type { FakeRequestInit } from '../helpers/webhookContext';
import type { TriggerCase } from './harness';

/** The sample's events, as a list (a single event is a batch of one). */
export const eventsOf = (body: unknown): IDataObject[] => (Array.isArray(body) ? (body as IDataObject[]) : [body as IDataObject]);

/** Any JSON value, including objects with "__proto__" and "constructor" keys and odd strings. */
export const anyJson = fc.jsonValue({ maxDepth: 4 }).map((value) => value as unknown);
const oddKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', '\u0000', '🦄', 'eventId', 'data', 'event');
export const oddText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constant('\uD800'));

/** A sample event with some of its fields replaced, removed or added (keys that may be special). */
function mutated(event: IDataObject): fc.Arbitrary<IDataObject> {
	const keys = Object.keys(event);
	return fc
		.tuple(
			fc.subarray(keys),
			fc.array(fc.tuple(fc.oneof(fc.constantFrom(...(keys.length ? keys : ['x'])), oddKey), fc.oneof(anyJson, oddText)), { maxLength: 4 }),
		)
		.map(([removed, changes]) => {
			const out = JSON.parse(JSON.stringify(event)) as IDataObject;
			for (const key of removed) delete out[key];
			for (const [key, value] of changes) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
			return out;
		});
}

/** The body text of a request: JSON of all kinds, and text that is not JSON at all. */
export function bodies(testCase: TriggerCase): fc.Arbitrary<string> {
	const events = eventsOf(testCase.sample.body);
	const text = JSON.stringify(testCase.sample.body);
	return fc.oneof(
		fc.constant(text),
		fc.array(fc.oneof(...events.map(mutated)), { minLength: 1, maxLength: 4 }).map((list) => JSON.stringify(Array.isArray(testCase.sample.body) ? list : list[0])),
		fc.nat({ max: text.length }).map((end) => text.slice(0, end)),
		fc.integer({ min: 1, max: 20000 }).map((depth) => `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`),
		fc.integer({ min: 1, max: 20000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
		fc.integer({ min: 500, max: 3000 }).map((count) => JSON.stringify(Array.from({ length: count }, (_, i) => ({ ...events[i % events.length] })))),
		anyJson.map((value) => JSON.stringify(value) ?? ''),
		oddText,
		fc.constant(`{"__proto__":{"polluted":true},${text.startsWith('{') ? text.slice(1) : '"x":1}'}`),
		fc.constantFrom('', ' ', 'null', '[]', '{}', '[[]]', '[null]', '"x"', '0', 'true', '\uFEFF{}'),
	);
}

/** Query strings as n8n's parser gives them: text, lists of text, or nested objects from a[b]=c. */
const queryValue: fc.Arbitrary<unknown> = fc.oneof(
	oddText,
	fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
	fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), oddKey), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

export function queries(testCase: TriggerCase): fc.Arbitrary<IDataObject> {
	const base = testCase.sample.query ?? {};
	return fc
		.tuple(fc.subarray(Object.keys(base)), fc.array(fc.tuple(fc.oneof(fc.constantFrom(...Object.keys(base), 'x'), oddKey, fc.string({ maxLength: 12 })), queryValue), { maxLength: 4 }))
		.map(([removed, changes]) => {
			const out = { ...base };
			for (const key of removed) delete out[key];
			for (const [key, value] of changes) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
			return out;
		});
}

/** Which secret a generated request carries. */
export type SentSecret = 'right' | 'wrong' | 'none';

/**
 * Requests of every kind to the case's trigger. Header values are printable ASCII, so that an
 * HTTP client sends them as generated; GET and HEAD carry no body.
 */
export function requests(testCase: TriggerCase): fc.Arbitrary<{ request: FakeRequestInit; secret: SentSecret }> {
	const header = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
	const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,30}$/);
	const withBody = testCase.sample.query === undefined;
	return fc.record({
		// Mostly the right secret, so that most requests reach the body and the vendor's logic.
		secret: fc.oneof({ weight: 3, arbitrary: fc.constant<SentSecret>('right') }, fc.constantFrom<SentSecret>('wrong', 'none')),
		request: fc.record({
			method: fc.constantFrom('POST', 'GET', 'PUT', 'PATCH', 'DELETE', 'HEAD', testCase.sample.method ?? 'POST'),
			headers: fc
				.tuple(
					fc.dictionary(header, headerValue, { maxKeys: 4 }),
					fc.constantFrom(undefined, 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', ';;'),
				)
				.map(([headers, type]) => (type === undefined ? headers : { ...headers, 'content-type': type })),
			query: queries(testCase),
			body: withBody ? bodies(testCase) : fc.constant(undefined),
		}),
	}).map(({ secret, request }) => ({ secret, request: ['GET', 'HEAD'].includes(request.method) ? { ...request, body: undefined } : request }));
}
