// Generated hostile input over every trigger's webhook(), with fast-check: bodies (valid, mutated,
// truncated, deep, huge, wrong types, odd unicode, __proto__ keys), headers, query strings,
// methods and content types, with the right, a wrong or no secret. The properties: webhook() never
// throws; every outcome is a 2xx with items or "ignored", or a 4xx with a message; a refused
// request starts nothing; no vendor hook ever needs the toolkit's safety net; whatever reaches n8n
// can be stored; in a batch every well-formed element comes out, in order.
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import type { DeliveryCheck } from '../../nodes/shared/webhook';
import type { FakeRequestInit } from '../helpers/webhookContext';
import { SECRET, cases, deliverTo, type Outcome, type TriggerCase } from './harness';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);

/** The sample's events, as a list (a single event is a batch of one). */
const eventsOf = (body: unknown): IDataObject[] => (Array.isArray(body) ? (body as IDataObject[]) : [body as IDataObject]);

/** Any JSON value, including objects with "__proto__" and "constructor" keys and odd strings. */
const anyJson = fc.jsonValue({ maxDepth: 4 }).map((value) => value as unknown);
const oddKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', '\u0000', '🦄', 'eventId', 'data', 'event');
const oddText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constant('\uD800'));

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
function bodies(testCase: TriggerCase): fc.Arbitrary<string> {
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

function queries(testCase: TriggerCase): fc.Arbitrary<IDataObject> {
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

function requests(testCase: TriggerCase): fc.Arbitrary<{ request: FakeRequestInit; secret: 'right' | 'wrong' | 'none' }> {
	const header = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
	const withBody = testCase.sample.query === undefined;
	return fc.record({
		secret: fc.constantFrom('right' as const, 'wrong' as const, 'none' as const),
		request: fc.record({
			method: fc.constantFrom('POST', 'GET', 'PUT', 'PATCH', 'DELETE', 'HEAD', testCase.sample.method ?? 'POST'),
			headers: fc
				.tuple(
					fc.dictionary(header, fc.string({ maxLength: 30 }), { maxKeys: 4 }),
					fc.constantFrom(undefined, 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', ';;'),
				)
				.map(([headers, type]) => (type === undefined ? headers : { ...headers, 'content-type': type })),
			query: queries(testCase),
			body: withBody ? bodies(testCase) : fc.constant(undefined),
		}),
	});
}

/** What every outcome must be: a 4xx with a message and nothing started, or a 2xx that hands n8n storable items or none. */
function expectWellFormed(outcome: Outcome): void {
	const { result, response, items } = outcome;
	if (response.ended) {
		expect(response.statusCode).toBeGreaterThanOrEqual(400);
		expect(response.statusCode).toBeLessThan(500);
		expect(response.body).toEqual({ error: expect.stringMatching(/\S/) });
		expect(result.workflowData).toBeUndefined();
		return;
	}
	expect(response.statusCode).toBeUndefined();
	if (result.workflowData === undefined) {
		expect(result.webhookResponse).toMatchObject({ received: true, ignored: expect.stringMatching(/\S/) });
	} else {
		expect(items.length).toBeGreaterThan(0);
		expect(() => JSON.stringify(result.workflowData)).not.toThrow();
	}
	// The toolkit's safety net for a throwing hook is for inputs nobody foresaw; these are foreseen.
	expect(JSON.stringify(result.webhookResponse ?? {})).not.toContain('could not be processed');
	expect(JSON.stringify(response.body ?? {})).not.toContain('could not be processed');
}

describe.each(cases.map((testCase) => [testCase.label, testCase] as const))('%s under generated input', (_, testCase: TriggerCase) => {
	const checks = testCase.declaration.checks.offered;
	const withSecret = checks.filter((check): check is DeliveryCheck => check !== 'none');
	const check = withSecret[0] ?? checks[0];

	test('webhook() never throws, and every outcome is a well-formed 2xx or 4xx', async () => {
		await fc.assert(
			fc.asyncProperty(requests(testCase), async ({ request, secret }) => {
				const sent = secret === 'right' ? SECRET : secret === 'wrong' ? `${SECRET}-nope` : null;
				const outcome = await deliverTo(testCase, check, request, {}, sent);
				expectWellFormed(outcome);
				if (check !== 'none' && secret !== 'right') {
					expect(outcome.response.statusCode).toBe(secret === 'none' ? 401 : 403);
				}
			}),
			{ numRuns: RUNS },
		);
	});

	if (Array.isArray(testCase.sample.body)) {
		test('in a batch with junk between them, every well-formed event comes out, in order', async () => {
			const events = eventsOf(testCase.sample.body);
			// Junk as JSON text: any value, or one nested deeper than n8n could store.
			const junk = fc.oneof(
				anyJson.map((value) => JSON.stringify(value) ?? 'null'),
				fc.integer({ min: 65, max: 20000 }).map((depth) => `{"deep":${'['.repeat(depth)}${']'.repeat(depth)}}`),
			);
			await fc.assert(
				fc.asyncProperty(fc.array(fc.tuple(fc.boolean(), junk), { minLength: 1, maxLength: 12 }), async (slots) => {
					let order = 0;
					const parts = slots.map(([good, junkText]) => (good ? JSON.stringify({ ...events[order % events.length], zzOrder: order++ }) : junkText));
					const text = `[${parts.join(',')}]`;
					const outcome = await deliverTo(testCase, check, { body: text });
					expectWellFormed(outcome);
					const cameOut = outcome.items.filter((item) => typeof item.zzOrder === 'number').map((item) => item.zzOrder);
					expect(cameOut).toEqual(Array.from({ length: order }, (_, i) => i));
				}),
				{ numRuns: RUNS },
			);
		});
	}
});
