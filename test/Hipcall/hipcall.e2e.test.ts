// The exported example on a real n8n: Hipcall Trigger (call_init, secret in the URL) -> Remove
// Duplicates -> n8n Data Table lookup -> Push Card, against the loopback fake of the Hipcall API
// (hipcallFake.ts), which refuses a card Hipcall would refuse.
import type { IDataObject } from 'n8n-workflow';

import { nodeOutput, waitForWebhook, type WorkflowJson } from '../e2e/n8nClient';
import { loadWorkflow, startTestN8n, type TestN8n } from '../e2e/harness';
import { fixture, fixtureText } from './fixtures';
import type { StandInRequest } from '../helpers/apiStandIn';
import { startHipcallFake, type HipcallFake } from './hipcallFake';

const TOKEN = 'e2e-hipcall-token';
const SECRET = 'e2e-hipcall-url-secret_0123456789';

let n8n: TestN8n;
let api: HipcallFake;
let workflowId: string;
let triggerUrl: string;

const cardPushes = (): StandInRequest[] => api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/cards'));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(url: string, body: string): Promise<{ status: number; body: string }> {
	const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
	return { status: res.status, body: await res.text() };
}

/** Dynamic webhook paths cannot be probed with PATCH: poll with a request that starts nothing. */
async function waitForTrigger(url: string): Promise<void> {
	const probe = JSON.stringify({ event: 'probe_not_selected', data: {} });
	await waitForWebhook(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: probe }, (status) => status === 200);
}

async function executionCount(): Promise<number> {
	return (await n8n.client.executions(workflowId)).length;
}

beforeAll(async () => {
	api = await startHipcallFake({ token: TOKEN });
	n8n = await startTestN8n();

	const apiCredential = await n8n.client.createCredential('Hipcall API', 'hipcallApi', {
		apiToken: TOKEN,
		region: 'custom',
		baseUrl: api.baseUrl,
	});
	const secretCredential = await n8n.client.createCredential('Hipcall Webhook Secret', 'hipcallWebhookApi', {
		secret: SECRET,
		headerName: 'X-Hipcall-Secret',
	});
	const tableId = await n8n.client.createDataTable('hipcall_customers', [
		{ name: 'phone', type: 'string' },
		{ name: 'name', type: 'string' },
		{ name: 'company', type: 'string' },
		{ name: 'crmUrl', type: 'string' },
		{ name: 'ownerUserId', type: 'number' },
	]);
	await n8n.client.insertRows(tableId, [
		{ phone: '905438856301', name: 'Onur Ozgur OZKAN', company: 'Acme Inc.', crmUrl: 'https://my-crm.com/contact/1234', ownerUserId: 2945 },
		{ phone: '905321112233', name: 'Ayse Yilmaz', company: '', crmUrl: 'https://my-crm.com/contact/77' },
	]);

	const workflow = loadWorkflow('examples/hipcall-caller-card.json') as WorkflowJson;
	const text = JSON.stringify(workflow)
		.replaceAll('"hipcall-api-credential"', JSON.stringify(apiCredential))
		.replaceAll('"hipcall-webhook-secret-credential"', JSON.stringify(secretCredential));
	const imported = JSON.parse(text) as WorkflowJson;
	const trigger = imported.nodes.find((node) => node.name === 'Hipcall Trigger') as IDataObject;
	workflowId = await n8n.client.importAndActivate(imported);
	triggerUrl = n8n.webhookUrl(`${trigger.webhookId}/${trigger.webhookId}/${SECRET}`);
	await waitForTrigger(triggerUrl);
});

afterAll(async () => {
	await n8n?.stop();
	await api?.stop();
});

test('the example exported in examples/ is the one this test runs', () => {
	const example = loadWorkflow('examples/hipcall-caller-card.json') as WorkflowJson;
	const types = example.nodes.map((node) => node.type);
	expect(types).toEqual(
		expect.arrayContaining([
			'n8n-nodes-contact-center.hipcallTrigger',
			'n8n-nodes-base.removeDuplicates',
			'n8n-nodes-base.dataTable',
			'n8n-nodes-contact-center.hipcall',
			'n8n-nodes-base.stickyNote',
		]),
	);
});

test('an outbound call pushes the card of the callee', async () => {
	const res = await post(triggerUrl, fixtureText('call_init.json'));
	expect(res.status).toBe(200);
	expect(JSON.parse(res.body)).toEqual({ received: true });

	const [execution] = await n8n.client.waitForExecutions(workflowId, 1);
	expect(execution.status).toBe('success');
	const [triggered] = nodeOutput(execution, 'Hipcall Trigger');
	expect(triggered.customerNumber).toBe('905438856301');
	expect(triggered.data).toEqual(fixture('call_init.json').data);

	const [push] = cardPushes();
	expect(push.path).toBe('/calls/2483a75a-56a2-41f1-991b-92b1667e324a/cards');
	expect(push.headers.authorization).toBe(`Bearer ${TOKEN}`);
	expect(push.body).toEqual({
		card: [
			{ type: 'title', text: 'My CRM', link: 'https://my-crm.com/contact/1234' },
			{ type: 'shortText', label: 'Full Name', text: 'Onur Ozgur OZKAN', link: 'https://my-crm.com/contact/1234' },
			{ type: 'shortText', label: 'Company', text: 'Acme Inc.' },
			{ type: 'shortText', label: 'Number', text: '905438856301' },
			{ type: 'user', label: 'Account Owner', user_id: 2945 },
		],
	});
	expect(api.account.cards['2483a75a-56a2-41f1-991b-92b1667e324a']).toEqual([(push.body as IDataObject).card]);
});

test('an inbound call pushes the card of the caller (empty fields left out)', async () => {
	const res = await post(triggerUrl, fixtureText('call_init_inbound.json'));
	expect(res.status).toBe(200);
	await n8n.client.waitForExecutions(workflowId, 2);
	const push = cardPushes()[1];
	expect(push.path).toBe('/calls/7f1c2d9e-3b4a-4c5d-8e6f-0a1b2c3d4e5f/cards');
	expect(push.body).toEqual({
		card: [
			{ type: 'title', text: 'My CRM', link: 'https://my-crm.com/contact/77' },
			{ type: 'shortText', label: 'Full Name', text: 'Ayse Yilmaz', link: 'https://my-crm.com/contact/77' },
			{ type: 'shortText', label: 'Number', text: '+905321112233' },
		],
	});
});

test('an unknown number pushes the "Unknown caller" card', async () => {
	const unknown = fixture('call_init_inbound.json');
	unknown.data.uuid = '0d6a3a70-0000-4000-8000-000000000001';
	unknown.data.caller_number = '+441632960000';
	expect((await post(triggerUrl, JSON.stringify(unknown))).status).toBe(200);
	await n8n.client.waitForExecutions(workflowId, 3);
	const push = cardPushes()[2];
	expect(push.path).toBe('/calls/0d6a3a70-0000-4000-8000-000000000001/cards');
	expect(push.body).toEqual({
		card: [
			{ type: 'title', text: 'Unknown caller' },
			{ type: 'shortText', label: 'Number', text: '+441632960000' },
			{ type: 'shortText', label: 'CRM', text: 'Not found in hipcall_customers' },
		],
	});
});

test('a retried delivery of the same event runs but Remove Duplicates stops a second card', async () => {
	expect((await post(triggerUrl, fixtureText('call_init.json'))).status).toBe(200);
	const executions = await n8n.client.waitForExecutions(workflowId, 4);
	const retry = executions[3];
	expect(nodeOutput(retry, 'Remove Duplicates')).toEqual([]);
	await sleep(500);
	expect(cardPushes()).toHaveLength(3);
});

test('a wrong secret is answered 403, a malformed body 400, an unselected event 200: none starts an execution', async () => {
	const before = await executionCount();

	const wrong = await post(triggerUrl.replace(SECRET, 'not-the-secret'), fixtureText('call_init.json'));
	expect(wrong.status).toBe(403);
	expect(JSON.parse(wrong.body).error).toMatch(/secret/);

	const malformed = await post(triggerUrl, fixtureText('malformed.json.txt'));
	expect(malformed.status).toBe(400);
	expect(JSON.parse(malformed.body).error).toMatch(/not valid JSON/);

	const noEvent = await post(triggerUrl, JSON.stringify({ data: { uuid: 'x' } }));
	expect(noEvent.status).toBe(400);

	const hangup = await post(triggerUrl, fixtureText('call_hangup.json'));
	expect(hangup.status).toBe(200);
	expect(JSON.parse(hangup.body)).toMatchObject({ received: true, ignored: expect.any(String) });

	await sleep(1500);
	expect(await executionCount()).toBe(before);
	expect(cardPushes()).toHaveLength(3);
});

test('without a URL secret the trigger listens on /webhook/<id>/hipcall; a header secret is checked there', async () => {
	const secretCredential = await n8n.client.createCredential('Hipcall header secret', 'hipcallWebhookApi', {
		secret: SECRET,
		headerName: 'X-Hipcall-Secret',
	});
	const webhookId = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
	const id = await n8n.client.importAndActivate(
		{
			name: 'Hipcall header secret',
			nodes: [
				{
					id: 't',
					name: 'Hipcall Trigger',
					type: 'n8n-nodes-contact-center.hipcallTrigger',
					typeVersion: 1,
					position: [0, 0],
					webhookId,
					parameters: { authentication: 'headerSecret', events: ['*'], direction: 'any' },
					credentials: { hipcallWebhookApi: { id: secretCredential, name: 'Hipcall header secret' } },
				},
				{ id: 'n', name: 'No Operation', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [220, 0], parameters: {} },
			],
			connections: { 'Hipcall Trigger': { main: [[{ node: 'No Operation', type: 'main', index: 0 }]] } },
		},
		`/webhook/${webhookId}/hipcall`,
	);
	const url = n8n.webhookUrl(`${webhookId}/hipcall`);
	const body = fixtureText('contact_created.json');

	const missing = await post(url, body);
	expect(missing.status).toBe(401);
	const ok = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-hipcall-secret': SECRET },
		body,
	});
	expect(ok.status).toBe(200);

	const executions = await n8n.client.waitForExecutions(id, 1);
	expect(executions).toHaveLength(1);
	expect(nodeOutput(executions[0], 'No Operation')).toEqual([
		{ ...fixture('contact_created.json'), eventId: 'contact_created:49775:2024-11-17T09:12:44Z' },
	]);
});
