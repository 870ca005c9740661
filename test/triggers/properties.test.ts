// Generated hostile input over every trigger's webhook(), with fast-check: bodies (valid, mutated,
// truncated, deep, huge, wrong types, odd unicode, __proto__ keys), headers, query strings,
// methods and content types, with the right, a wrong or no secret. The properties: webhook() never
// throws; every outcome is a 2xx with items or "ignored", or a 4xx with a message; a refused
// request starts nothing; no vendor hook ever needs the toolkit's safety net; whatever reaches n8n
// can be stored; in a batch every well-formed element comes out, in order.
import fc from 'fast-check';

import type { DeliveryCheck } from '../../nodes/shared/webhook';
import { SECRET, cases, deliverTo, type Outcome, type TriggerCase } from './harness';
import { anyJson, eventsOf, requests } from './hostile';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);

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
	const check = checks.find((offered): offered is DeliveryCheck => offered !== 'none') ?? checks[0];

	// Every Authentication choice the trigger offers, "None" included (the default of several).
	test.each(checks)('with "%s", webhook() never throws and every outcome is a well-formed 2xx or 4xx', async (check) => {
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
