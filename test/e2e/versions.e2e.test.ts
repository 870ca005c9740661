// What a trigger's version changes on real n8n, for every version each trigger offers.
// 1. Expression isolates per delivery, read from n8n's own counter (`expression.pool.acquired` on
//    /metrics) with lazy acquisition (N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE), where an isolate is taken
//    only when an expression is really evaluated. n8n's core Webhook node takes none. At version 1
//    a trigger takes one (n8n evaluates the raw-body option of every version-1 start node); from
//    version 2 on, none where n8n reads its webhooks natively, one where its URL holds the webhook
//    id. Our triggers stay at version 1 for now: docs/performance.md says why.
// 2. Who answers a malformed JSON body: at version 1 the trigger (400 with what is wrong), from
//    version 2 on n8n itself (422), before the trigger runs. Neither starts an execution.
import { webhookDescriptionIsNativelyResolvable } from 'n8n-workflow';

import { cases, headerCheckOf, type TriggerCase } from '../triggers/harness';
import { startTestN8n, type TestN8n } from './harness';
import { installTrigger, sampleRequest, versionsOf } from './triggerWorkflow';

const DELIVERIES = 5;

jest.setTimeout(10 * 60_000);

let n8n: TestN8n;

beforeAll(async () => {
	n8n = await startTestN8n({ N8N_METRICS: 'true', N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' });
});

afterAll(async () => {
	await n8n?.stop();
});

async function acquired(): Promise<number> {
	const metrics = await (await fetch(`${n8n.baseUrl}/metrics`)).text();
	const value = Number(/^\w*expression_pool_acquired\w*\s+(\S+)$/m.exec(metrics)?.[1] ?? 0);
	if (!Number.isFinite(value)) throw new Error('n8n /metrics has no expression pool counter');
	return value;
}

/** Isolates taken per delivery: `deliveries` sent one after another, each executed before the next. */
async function isolatesPerDelivery(send: () => Promise<Response>, workflowId: string): Promise<number> {
	const before = await acquired();
	for (let i = 1; i <= DELIVERIES; i++) {
		const res = await send();
		expect(res.status).toBeLessThan(300);
		await n8n.client.waitForExecutions(workflowId, i);
	}
	return ((await acquired()) - before) / DELIVERIES;
}

/** Whether n8n can read every field of the trigger's webhooks without its expression engine (n8n's own test). */
function resolvedNatively(testCase: TriggerCase): boolean {
	return (new testCase.Node().description.webhooks ?? []).every(webhookDescriptionIsNativelyResolvable);
}

test("n8n's core Webhook node takes no isolate per delivery (the baseline)", async () => {
	const workflowId = await n8n.client.importAndActivate(
		{
			name: 'Core webhook',
			nodes: [
				{ id: 'w', name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: 'e2e-isolates-core', parameters: { httpMethod: 'POST', path: 'isolates-core', options: {} } },
				{ id: 'n', name: 'Next', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [250, 0], parameters: {} },
			],
			connections: { Webhook: { main: [[{ node: 'Next', type: 'main', index: 0 }]] } },
		},
		'/webhook/isolates-core',
	);
	const send = () => fetch(n8n.webhookUrl('isolates-core'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
	expect(await isolatesPerDelivery(send, workflowId)).toBe(0);
});

describe.each(cases.map((testCase) => [testCase.label, testCase] as const))('%s', (_, testCase) => {
	const check = headerCheckOf(testCase);
	const newest = Math.max(...versionsOf(testCase));
	const engineFree = newest > 1 && resolvedNatively(testCase);

	test.each(versionsOf(testCase))('at version %d: isolates per delivery, and the answer to malformed JSON', async (version) => {
		const { workflowId, url } = await installTrigger(n8n, testCase, check, version);
		const request = sampleRequest(testCase, check, url);
		const perDelivery = await isolatesPerDelivery(() => fetch(request.url, request.init), workflowId);
		expect(perDelivery).toBe(version > 1 && engineFree ? 0 : 1);

		if (request.init.method === 'GET') return;
		const malformed = await fetch(request.url, { ...request.init, body: '{"event": "call_init", ' });
		const answer = await malformed.text();
		if (version === 1) {
			expect([malformed.status, answer]).toEqual([400, expect.stringMatching(/not valid JSON/)]);
		} else {
			expect([malformed.status, answer]).toEqual([422, expect.stringMatching(/Failed to parse request body/)]);
		}
		await new Promise((r) => setTimeout(r, 500));
		expect(await n8n.client.executions(workflowId)).toHaveLength(DELIVERIES);
	});
});
