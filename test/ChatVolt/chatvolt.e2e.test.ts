// The ChatVolt examples imported as they are into a real n8n and driven over HTTP, the bench
// scenarios, and the action node against a loopback stand-in for the ChatVolt API.
import type { IDataObject } from 'n8n-workflow';

import { nodeOutput, type WorkflowJson } from '../e2e/n8nClient';
import { startApiStandIn, type ApiStandIn } from '../helpers/apiStandIn';
import { loadWorkflow, startTestN8n, type TestN8n } from '../e2e/harness';
import { chatvoltScenarios } from '../../bench/ChatVolt';
import { installScenario } from '../../bench/scenario';
import { fixture, fixtureText } from './fixtures';

let n8n: TestN8n;
beforeAll(async () => {
	n8n = await startTestN8n();
});
afterAll(async () => {
	await n8n?.stop();
});

/** The example with the test's credential id in place of the placeholder. */
function example(file: string, credentialId: string): WorkflowJson {
	const text = JSON.stringify(loadWorkflow(`examples/${file}`)).replaceAll('CHATVOLT_WEBHOOK_CREDENTIAL_ID', credentialId);
	return JSON.parse(text) as WorkflowJson;
}

function webhookPath(workflow: WorkflowJson, nodeType: string, path: string): string {
	const node = workflow.nodes.find((n) => n.type === nodeType) as IDataObject;
	return `${node.webhookId as string}/${path}`;
}

describe('examples/chatvolt-crm-sync.json', () => {
	const secret = 'Bearer e2e-4b1f7c2d9a8e6f30';
	let workflowId: string;
	let url: string;
	let messagesTable: string;
	let frustrationTable: string;

	const post = async (body: string, headers: Record<string, string> = { authorization: secret }) => {
		const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
		return { status: res.status, body: await res.text() };
	};

	beforeAll(async () => {
		messagesTable = await n8n.client.createDataTable('chatvolt_messages', [
			{ name: 'conversationId', type: 'string' },
			{ name: 'eventType', type: 'string' },
			{ name: 'messageId', type: 'string' },
			{ name: 'userName', type: 'string' },
			{ name: 'userMessage', type: 'string' },
			{ name: 'agentResponse', type: 'string' },
			{ name: 'sentAt', type: 'string' },
		]);
		frustrationTable = await n8n.client.createDataTable('chatvolt_frustration', [
			{ name: 'conversationId', type: 'string' },
			{ name: 'eventType', type: 'string' },
			{ name: 'userPhoneNumber', type: 'string' },
			{ name: 'frustration', type: 'number' },
			{ name: 'sentAt', type: 'string' },
		]);
		const credentialId = await n8n.client.createCredential('ChatVolt webhook header', 'chatVoltWebhookApi', {
			headerName: 'Authorization',
			secret,
		});
		const workflow = example('chatvolt-crm-sync.json', credentialId);
		const path = webhookPath(workflow, 'n8n-nodes-contact-center.chatVoltTrigger', 'chatvolt');
		workflowId = await n8n.client.importAndActivate(workflow, `/webhook/${path}`);
		url = n8n.webhookUrl(path);
	});

	test('the save-time test request is answered 200 at once and arrives marked isTest', async () => {
		const res = await post('{}');
		expect(res.status).toBe(200);
		expect(JSON.parse(res.body)).toEqual({ received: true });
		const [execution] = await n8n.client.waitForExecutions(workflowId, 1);
		expect(execution.status).toBe('success');
		expect(nodeOutput(execution, 'ChatVolt Trigger')[0]).toMatchObject({ isTest: true, eventId: expect.any(String) });
		expect(nodeOutput(execution, 'Switch on Event Type', 2)).toHaveLength(1);
	});

	test('wrong or missing header is 403/401, malformed JSON is 400, and none starts an execution', async () => {
		const wrong = await post(fixtureText('AGENT_USER_MESSAGE'), { authorization: 'Bearer guessed' });
		expect(wrong.status).toBe(403);
		const missing = await post(fixtureText('AGENT_USER_MESSAGE'), {});
		expect(missing.status).toBe(401);
		expect(JSON.parse(missing.body)).toEqual({ error: 'Missing header "Authorization"' });
		const malformed = await post(fixtureText('malformed'));
		expect(malformed.status).toBe(400);
		expect(JSON.parse(malformed.body).error).toMatch(/not valid JSON/);
		await new Promise((resolve) => setTimeout(resolve, 1000));
		expect(await n8n.client.executions(workflowId)).toHaveLength(1);
	});

	test('events are routed: messages and frustration scores are stored once, retries dropped', async () => {
		const sequence = ['AGENT_USER_MESSAGE', 'USER_MESSAGE_RECEIVED', 'STEP_ENTERED', 'NPS_INTERACTION', 'AGENT_USER_MESSAGE', 'STEP_ENTERED'];
		// One at a time, as a vendor's retry comes after its first try: Remove Duplicates checks and
		// records an id in two steps, so overlapping executions of one event could both pass it.
		for (const [index, event] of sequence.entries()) {
			const res = await post(fixtureText(event));
			expect(res.status).toBe(200);
			await n8n.client.waitForExecutions(workflowId, 2 + index);
		}
		const executions = await n8n.client.waitForExecutions(workflowId, 1 + sequence.length);
		expect(executions.every((e) => e.status === 'success')).toBe(true);

		const messages = await n8n.client.listRows(messagesTable);
		expect(messages.map((row) => [row.eventType, row.messageId]).sort()).toEqual([
			['AGENT_USER_MESSAGE', 'clxmsg0001aaaa1111bbbb2222'],
			['USER_MESSAGE_RECEIVED', 'clxmsg0002cccc3333dddd4444'],
		]);
		const userMessage = messages.find((row) => row.eventType === 'USER_MESSAGE_RECEIVED');
		expect(userMessage).toMatchObject({
			conversationId: fixture('USER_MESSAGE_RECEIVED').conversationId,
			userName: 'Maria Silva',
			userMessage: fixture('USER_MESSAGE_RECEIVED').userMessage,
		});

		const scores = await n8n.client.listRows(frustrationTable);
		expect(scores.map((row) => [row.eventType, row.frustration]).sort()).toEqual([
			['AGENT_USER_MESSAGE', 3],
			['USER_MESSAGE_RECEIVED', 8],
		]);

		// The repeats reached the trigger but stopped at Remove Duplicates.
		const [, , , , , retry, stepRetry] = executions;
		expect(nodeOutput(retry, 'ChatVolt Trigger')[0].eventId).toBe('AGENT_USER_MESSAGE:clxmsg0001aaaa1111bbbb2222');
		expect(nodeOutput(retry, 'Remove Duplicates')).toHaveLength(0);
		expect(nodeOutput(stepRetry, 'Remove Duplicates')).toHaveLength(0);
		// STEP_ENTERED and NPS_INTERACTION took the "Other Events" branch, payload untouched.
		const nps = nodeOutput(executions[4], 'Other Events')[0];
		expect(nps).toMatchObject({ ...fixture('NPS_INTERACTION'), isTest: false });
	});
});

describe('examples/chatvolt-user-info.json', () => {
	const secret = 'user-info-e2e-9d8c7b6a';
	let workflowId: string;
	let url: string;

	beforeAll(async () => {
		const tableId = await n8n.client.createDataTable('customers', [
			{ name: 'phone', type: 'string' },
			{ name: 'name', type: 'string' },
			{ name: 'plan', type: 'string' },
			{ name: 'customerSince', type: 'string' },
		]);
		await n8n.client.insertRows(tableId, [
			{ phone: '5511988887777', name: 'Maria Silva', plan: 'Pro', customerSince: '2023-04-01' },
			{ phone: '4740000000', name: 'Ola Nordmann', plan: 'Basic', customerSince: '2025-01-15' },
		]);
		const credentialId = await n8n.client.createCredential('ChatVolt user info header', 'chatVoltWebhookApi', {
			headerName: 'X-ChatVolt-Key',
			secret,
		});
		const workflow = example('chatvolt-user-info.json', credentialId);
		const path = webhookPath(workflow, 'n8n-nodes-contact-center.chatVoltUserInfoTrigger', 'user-info');
		workflowId = await n8n.client.importAndActivate(workflow, `/webhook/${path}`);
		url = n8n.webhookUrl(path);
	});

	test('a POST from ChatVolt gets the customer\'s details from the responder over the production URL', async () => {
		const res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-chatvolt-key': secret },
			body: fixtureText('user-info-request'),
		});
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/application\/json/);
		expect(await res.json()).toEqual({ Name: 'Maria Silva', Plan: 'Pro', 'Customer Since': '2023-04-01' });
	});

	test('a GET with the phone in the query works too; an unknown phone gets the not-found answer', async () => {
		const found = await fetch(`${url}?phone=4740000000`, { headers: { 'x-chatvolt-key': secret } });
		expect(found.status).toBe(200);
		expect(await found.json()).toEqual({ Name: 'Ola Nordmann', Plan: 'Basic', 'Customer Since': '2025-01-15' });

		const unknown = await fetch(`${url}?phone=999`, { headers: { 'x-chatvolt-key': secret } });
		expect(unknown.status).toBe(200);
		expect(await unknown.json()).toEqual({});
	});

	test('a URL-encoded form POST is understood as well', async () => {
		const res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-chatvolt-key': secret },
			body: 'userPhoneNumber=4740000000&conversationId=c-42',
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ Name: 'Ola Nordmann', Plan: 'Basic', 'Customer Since': '2025-01-15' });
	});

	test('a missing or wrong header is refused and starts no execution', async () => {
		const before = (await n8n.client.waitForExecutions(workflowId, 4)).length;
		const missing = await fetch(`${url}?phone=5511988887777`);
		expect(missing.status).toBe(401);
		const wrong = await fetch(`${url}?phone=5511988887777`, { headers: { 'x-chatvolt-key': 'nope' } });
		expect(wrong.status).toBe(403);
		const malformed = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-chatvolt-key': secret },
			body: '{"phone": ',
		});
		expect(malformed.status).toBe(400);
		await new Promise((resolve) => setTimeout(resolve, 1000));
		expect(await n8n.client.executions(workflowId)).toHaveLength(before);
	});
});

describe('ChatVolt User Info Response that cannot build its answer', () => {
	const STRICT_ID = 'b8f5a7e2-4c1d-4e9b-8f3a-2d6e9c0b7a10';
	const LENIENT_ID = 'b8f5a7e2-4c1d-4e9b-8f3a-2d6e9c0b7a11';
	const workflows: Record<string, string> = {};

	/** Trigger → Response whose details are the JSON text in the query's `details`: an object is answered, anything else cannot be. */
	const workflow = (name: string, webhookId: string, notFoundAnswer: string, extra: IDataObject = {}): WorkflowJson => ({
		name,
		nodes: [
			{
				id: 'trigger',
				name: 'User Info',
				type: 'n8n-nodes-contact-center.chatVoltUserInfoTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId,
				parameters: { authentication: 'none' },
			},
			{
				id: 'respond',
				name: 'Respond',
				type: 'n8n-nodes-contact-center.chatVoltUserInfoResponse',
				typeVersion: 1,
				position: [220, 0],
				parameters: { respondWith: 'userDetails', detailsSource: 'json', json: '={{ $json.query.details }}', notFoundAnswer },
				...extra,
			},
		],
		connections: { 'User Info': { main: [[{ node: 'Respond', type: 'main', index: 0 }]] } },
	});
	const get = async (webhookId: string, details: string) => {
		const res = await fetch(`${n8n.webhookUrl(`${webhookId}/user-info`)}?details=${encodeURIComponent(details)}`);
		return { status: res.status, body: await res.text() };
	};

	beforeAll(async () => {
		workflows.strict = await n8n.client.importAndActivate(workflow('User info, strict', STRICT_ID, 'status404'), `/webhook/${STRICT_ID}/user-info`);
		workflows.lenient = await n8n.client.importAndActivate(
			workflow('User info, Continue On Fail', LENIENT_ID, 'emptyObject', { onError: 'continueRegularOutput' }),
			`/webhook/${LENIENT_ID}/user-info`,
		);
	});

	test('details that are no JSON object get the chosen not-found answer at once, never a 500, and the execution fails saying why', async () => {
		expect(await get(STRICT_ID, '{"Plan": "Pro"}')).toEqual({ status: 200, body: '{"Plan":"Pro"}' });
		expect(await get(STRICT_ID, '[1, 2]')).toEqual({ status: 404, body: '{"error":"User not found"}' });
		const last = (await n8n.client.waitForExecutions(workflows.strict, 2)).at(-1)!;
		expect(last.status).toBe('error');
		const error = JSON.stringify(last.data?.resultData.error);
		expect(error).toMatch(/The JSON must be an object of user details/);
		expect(error).toMatch(/ChatVolt got the not-found answer \(404/);
	});

	test('with Continue On Fail the not-found answer is sent and the item says why', async () => {
		expect(await get(LENIENT_ID, '{"name":')).toEqual({ status: 200, body: '{}' });
		const [execution] = await n8n.client.waitForExecutions(workflows.lenient, 1);
		expect(execution.status).toBe('success');
		expect(nodeOutput(execution, 'Respond')).toEqual([{ error: 'The JSON is not valid' }]);
	});
});

describe('bench/ChatVolt.ts scenarios run on real n8n', () => {
	test.each(chatvoltScenarios.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
		const workflowId = await installScenario(n8n.client, scenario);
		const res = await fetch(n8n.webhookUrl(scenario.path), { method: scenario.method, headers: scenario.headers, body: scenario.body });
		expect(res.status).toBe(200);
		const body = (await res.json()) as IDataObject;
		const [execution] = await n8n.client.waitForExecutions(workflowId, 1);
		expect(execution.status).toBe('success');
		if (scenario.name.includes('User Info Response')) {
			expect(body).toEqual({ Email: 'maria.silva@example.com', Phone: '5511988887777' });
		} else {
			expect(body).toEqual({ received: true });
		}
	});
});

describe('ChatVolt action node against a loopback stand-in for the ChatVolt API', () => {
	let api: ApiStandIn;
	let workflowId: string;

	beforeAll(async () => {
		api = await startApiStandIn((request) =>
			request.path.includes('/phone/000')
				? { status: 402, body: { message: 'Usage limit reached' } }
				: { status: 200, body: { id: 'msg-e2e', text: (request.body as IDataObject | undefined)?.message } },
		);
		const credentialId = await n8n.client.createCredential('ChatVolt API (stand-in)', 'chatVoltApi', {
			apiKey: 'e2e-api-key',
			baseUrl: api.baseUrl,
		});
		workflowId = await n8n.client.importAndActivate(
			{
				name: 'ChatVolt send message',
				nodes: [
					{
						id: 'w',
						name: 'Webhook',
						type: 'n8n-nodes-base.webhook',
						typeVersion: 2,
						position: [0, 0],
						webhookId: 'e2e-chatvolt-action',
						parameters: { httpMethod: 'POST', path: 'chatvolt-action', responseMode: 'lastNode', options: {} },
					},
					{
						id: 'c',
						name: 'ChatVolt',
						type: 'n8n-nodes-contact-center.chatVolt',
						typeVersion: 1,
						position: [220, 0],
						parameters: {
							resource: 'conversation',
							operation: 'sendMessage',
							sendBy: 'phone',
							phone: '={{ $json.body.phone }}',
							message: '={{ $json.body.text }}',
							messageOptions: { channel: 'whatsapp' },
						},
						credentials: { chatVoltApi: { id: credentialId, name: 'ChatVolt API (stand-in)' } },
					},
				],
				connections: { Webhook: { main: [[{ node: 'ChatVolt', type: 'main', index: 0 }]] } },
			},
			'/webhook/chatvolt-action',
		);
	});

	afterAll(async () => {
		await api?.stop();
	});

	test('sends the message with the bearer key and returns ChatVolt\'s answer', async () => {
		const res = await fetch(n8n.webhookUrl('chatvolt-action'), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ phone: '5511988887777', text: 'Your order shipped' }),
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ id: 'msg-e2e', text: 'Your order shipped' });
		const sent = api.requests.at(-1);
		expect(sent).toMatchObject({ method: 'POST', path: '/conversation/message/phone/5511988887777', query: {} });
		expect(sent?.headers.authorization).toBe('Bearer e2e-api-key');
		expect(sent?.text).toBe(JSON.stringify({ message: 'Your order shipped', channel: 'whatsapp' }));
	});

	test('a 402 from ChatVolt fails the execution with the usage-limit explanation', async () => {
		await fetch(n8n.webhookUrl('chatvolt-action'), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ phone: '000', text: 'hi' }),
		});
		const executions = await n8n.client.waitForExecutions(workflowId, 2);
		const failed = executions[1];
		expect(failed.status).toBe('error');
		const error = failed.data?.resultData.error as IDataObject;
		expect(error.message).toBe('Usage limit reached');
		expect(String(error.description)).toMatch(/usage limit/);
		expect(error.httpCode).toBe('402');
	});
});
