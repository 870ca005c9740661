// Proves the harness: n8n's own Webhook node answers, and the execution data holds the payload.
import { nodeOutput } from './n8nClient';
import { startTestN8n, type TestN8n } from './harness';

let n8n: TestN8n;

beforeAll(async () => {
	n8n = await startTestN8n();
});

afterAll(async () => {
	await n8n?.stop();
});

test('a core Webhook workflow answers and records the payload', async () => {
	const workflowId = await n8n.client.importAndActivate(
		{
			name: 'Core webhook',
			nodes: [
				{
					id: 'a1',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: 'e2e-core-webhook',
					parameters: { httpMethod: 'POST', path: 'core', responseMode: 'onReceived', options: {} },
				},
				{
					id: 'a2',
					name: 'No Operation',
					type: 'n8n-nodes-base.noOp',
					typeVersion: 1,
					position: [200, 0],
					parameters: {},
				},
			],
			connections: { Webhook: { main: [[{ node: 'No Operation', type: 'main', index: 0 }]] } },
		},
		'/webhook/core',
	);

	const res = await fetch(n8n.webhookUrl('core'), {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ hello: 'world', n: 1 }),
	});
	expect(res.status).toBe(200);

	const [execution] = await n8n.client.waitForExecutions(workflowId, 1);
	expect(execution.status).toBe('success');
	const [item] = nodeOutput(execution, 'No Operation');
	expect(item.body).toEqual({ hello: 'world', n: 1 });
});
