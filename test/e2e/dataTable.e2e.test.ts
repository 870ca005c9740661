// The store the examples use: an n8n Data Table created through the public API and read by a workflow.
import { nodeOutput } from './n8nClient';
import { startTestN8n, type TestN8n } from './harness';

let n8n: TestN8n;
beforeAll(async () => {
	n8n = await startTestN8n();
});
afterAll(async () => {
	await n8n?.stop();
});

test('a workflow finds a row that the test put in a Data Table', async () => {
	const tableId = await n8n.client.createDataTable('customers', [
		{ name: 'phone', type: 'string' },
		{ name: 'name', type: 'string' },
	]);
	await n8n.client.insertRows(tableId, [
		{ phone: '+4712345678', name: 'Kari' },
		{ phone: '+4787654321', name: 'Ola' },
	]);
	expect((await n8n.client.listRows(tableId)).map((r) => r.name).sort()).toEqual(['Kari', 'Ola']);

	const workflowId = await n8n.client.importAndActivate(
		{
			name: 'Data table lookup',
			nodes: [
				{
					id: 'w',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: 'e2e-data-table',
					parameters: { httpMethod: 'POST', path: 'lookup', options: {} },
				},
				{
					id: 'd',
					name: 'Find Customer',
					type: 'n8n-nodes-base.dataTable',
					typeVersion: 1,
					position: [200, 0],
					alwaysOutputData: true,
					parameters: {
						operation: 'get',
						dataTableId: { __rl: true, mode: 'id', value: tableId },
						filters: {
							conditions: [{ keyName: 'phone', condition: 'eq', keyValue: '={{ $json.body.phone }}' }],
						},
					},
				},
			],
			connections: { Webhook: { main: [[{ node: 'Find Customer', type: 'main', index: 0 }]] } },
		},
		'/webhook/lookup',
	);
	const res = await fetch(n8n.webhookUrl('lookup'), {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ phone: '+4787654321' }),
	});
	expect(res.status).toBe(200);
	const [execution] = await n8n.client.waitForExecutions(workflowId, 1);
	const found = nodeOutput(execution, 'Find Customer');
	expect(found).toHaveLength(1);
	expect(found[0].name).toBe('Ola');
});
