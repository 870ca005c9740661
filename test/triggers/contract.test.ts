// The contract every trigger of the package keeps, run over every declared trigger and each of its
// samples (samples.ts): refused requests (401, 403, 400) start nothing and say why, the secret is
// checked before the body, a retry keeps its event ids, unknown fields and event types pass, and
// the event filter's "any other" means what it says. A new trigger gets these tests by adding a sample.
import type { IDataObject } from 'n8n-workflow';

import { triggerCredentials, triggerParts, type DeliveryCheck } from '../../nodes/shared/webhook';
import type { FakeRequestInit } from '../helpers/webhookContext';
import { SECRET, cases, deliverTo, triggers, type Outcome, type TriggerCase } from './harness';
import { samples } from './samples';

test('every trigger is built from a declaration and has at least one sample', () => {
	expect(triggers.length).toBeGreaterThan(0);
	for (const { name, Node } of triggers) {
		expect({ name, declared: Node.declaration !== undefined }).toEqual({ name, declared: true });
		expect(samples.some((sample) => sample.trigger === name)).toBe(true);
	}
});

test.each(triggers.map(({ name, Node }) => [name, Node] as const))(
	'%s spells out the credentials entry its declaration calls for, and takes the rest from the toolkit',
	(_, Node) => {
		const { description } = new Node();
		const declaration = Node.declaration!;
		expect(description.credentials).toEqual(triggerCredentials(declaration));
		expect(description).toMatchObject(triggerParts(declaration));
		expect(description.defaults.name).toBe(description.displayName);
	},
);

describe.each(cases.map((testCase) => [testCase.label, testCase] as const))('%s', (_, testCase: TriggerCase) => {
	const { sample, declaration } = testCase;
	const withBody = sample.query === undefined;
	const checks = declaration.checks.offered;
	const secretChecks = checks.filter((check) => check !== 'none');

	const deliver = (check: DeliveryCheck, request: FakeRequestInit = {}, parameters: IDataObject = {}, secret?: string | null) =>
		deliverTo(testCase, check, request, parameters, secret === undefined ? SECRET : secret);

	/** Refused: answered here with the status and a JSON error, and nothing handed to n8n to run. */
	function expectRefused(outcome: Outcome, status: number, message?: RegExp) {
		expect(outcome.result.workflowData).toBeUndefined();
		expect(outcome.result).toEqual({ noWebhookResponse: true });
		expect(outcome.response.statusCode).toBe(status);
		expect(outcome.response.body).toEqual({ error: expect.stringMatching(message ?? /\w/) });
	}

	test.each(checks)('with "%s" the sample starts one execution, every item with an event id', async (check) => {
		const { result, response, items } = await deliver(check);
		expect(response.ended).toBe(false);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item.eventId).toEqual(expect.stringMatching(/\S/));
		if (result.webhookResponse !== undefined) expect(result.webhookResponse).toMatchObject({ received: true });
	});

	if (checks.length > 1) {
		test('an Authentication value the trigger does not offer is refused, never read as None', async () => {
			for (const value of ['headerAuth', '', 'NONE']) {
				const outcome = await deliverTo(testCase, 'none', {}, { authentication: value }, null);
				expect(outcome.result.workflowData).toBeUndefined();
				expect(outcome.response.statusCode).toBe(500);
				expect(outcome.response.body).toEqual({ error: expect.stringContaining(`"${value}" is not one of`) });
			}
		});
	}

	if (withBody && !declaration.source.ownEventId) {
		test('a sender cannot choose the event id; its eventId field is kept (as vendorEventId where the item is the event)', async () => {
			const chosen = eachEvent(sample.body, (event) => ({ ...event, eventId: 'chosen-by-sender' }));
			const { items } = await deliver(checks[0], { body: chosen });
			expect(items.length).toBeGreaterThan(0);
			for (const item of items) {
				expect(item.eventId).not.toBe('chosen-by-sender');
				expect(JSON.stringify(item)).toMatch(/"(vendorE|e)ventId":"chosen-by-sender"/);
			}
		});
	}

	if (secretChecks.length > 0) {
		test.each(secretChecks)('with "%s" a missing secret is 401 and a wrong one 403; neither starts anything', async (check) => {
			expectRefused(await deliver(check, {}, {}, null), 401);
			expectRefused(await deliver(check, {}, {}, `${SECRET}x`), 403);
		});

		test.each(secretChecks)('with "%s" the secret is checked before the body', async (check) => {
			expectRefused(await deliver(check, withBody ? { body: '{not json' } : {}, {}, 'wrong'), 403);
		});
	}

	if (withBody) {
		test('a malformed body is 400 naming the problem, and starts nothing', async () => {
			expectRefused(await deliver(checks[0], { body: '{"a": 1,,' }), 400, /not valid JSON/);
		});

		test('a body of the wrong shape is 400 naming what was expected', async () => {
			expectRefused(await deliver(checks[0], { body: '42' }), 400, /Expected a JSON object/);
		});

		test('a body nested thousands of levels deep is 400, not a stack overflow', async () => {
			const depth = 5000;
			const deep = `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`;
			expectRefused(await deliver(checks[0], { body: deep }), 400, /nested more than 64 levels deep/);
		});
	}

	test('a retry, even with its keys in another order, gets the same event ids', async () => {
		const first = await deliver(checks[0]);
		const reordered = withBody ? { body: reverseKeys(sample.body) } : { query: reverseKeys(sample.query) as IDataObject };
		const retry = await deliver(checks[0], reordered);
		expect(retry.items.map((item) => item.eventId)).toEqual(first.items.map((item) => item.eventId));
	});

	test('unknown fields pass through untouched', async () => {
		const extra = { zzUnknownField: { nested: [1, 'two'] } };
		const request = withBody ? { body: eachEvent(sample.body, (event) => ({ ...event, ...extra })) } : { query: { ...sample.query, zzUnknownField: 'kept' } };
		const { items } = await deliver(checks[0], request);
		expect(items.length).toBeGreaterThan(0);
		const expected = withBody ? '"zzUnknownField":{"nested":[1,"two"]}' : '"zzUnknownField":"kept"';
		for (const item of items) expect(JSON.stringify(item)).toContain(expected);
	});

	if (withBody && declaration.body !== undefined && Array.isArray(sample.body)) {
		test('in a batch, a deeply nested element is left out and named; the good ones all come out, in order', async () => {
			const good = (sample.body as IDataObject[]).map((event, order) => JSON.stringify({ ...event, zzOrder: order }));
			const deep = `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`;
			const { items, result } = await deliver(checks[0], { body: `[${[good[0], deep, ...good.slice(1)].join(',')}]` });
			expect(items.map((item) => item.zzOrder)).toEqual(good.map((_, order) => order));
			// Never handed on: n8n could not even store it.
			expect(result.webhookResponse).toMatchObject({ rejected: [{ index: 1, problem: 'is nested more than 64 levels deep' }] });
		});
	}

	const filter = declaration.events;
	const typeField = sample.typeField;
	if (filter && typeField) {
		const retyped = (type: string) => ({ body: eachEvent(sample.body, (event) => ({ ...event, [typeField]: type })) });
		const knownType = String((firstEvent(sample.body) as IDataObject)[typeField]);

		test('an unknown event type passes "All" and "Any Other", not a selection of known types', async () => {
			const unknown = retyped('zz_brand_new_type');
			expect((await deliver(checks[0], unknown, { [filter.name]: ['*'] })).items.length).toBeGreaterThan(0);
			expect((await deliver(checks[0], unknown, { [filter.name]: ['__other__'] })).items.length).toBeGreaterThan(0);
			const narrowed = await deliver(checks[0], unknown, { [filter.name]: [knownType] });
			expect(narrowed.result.workflowData).toBeUndefined();
			expect(narrowed.result.webhookResponse).toMatchObject({ received: true, ignored: expect.stringContaining('zz_brand_new_type') });
		});

		test('"Any Other" does not let a known event type through; it is answered 200 and ignored', async () => {
			const { result, response } = await deliver(checks[0], {}, { [filter.name]: ['__other__'] });
			expect(result.workflowData).toBeUndefined();
			expect(response.ended).toBe(false);
			expect(result.webhookResponse).toMatchObject({ received: true, ignored: expect.stringContaining(knownType) });
		});
	}
});

function eachEvent(body: unknown, change: (event: IDataObject) => IDataObject): unknown {
	return Array.isArray(body) ? body.map((event) => change(event as IDataObject)) : change(body as IDataObject);
}

function firstEvent(body: unknown): unknown {
	return Array.isArray(body) ? body[0] : body;
}

function reverseKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(reverseKeys);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value as IDataObject).reverse().map(([key, inner]) => [key, reverseKeys(inner)]));
	}
	return value;
}
