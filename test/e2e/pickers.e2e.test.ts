// The pickers of the Hipcall and ChatVolt nodes, and Hipcall's caller look-up, on a real n8n
// against the loopback fakes of both APIs (hipcallFake.ts, chatvoltFake.ts): the editor's list
// search goes through n8n's own REST endpoint, and workflows run version 2 nodes whose IDs were
// picked from those lists (or pasted as a link).
import type { IDataObject, INodeListSearchResult } from 'n8n-workflow';

import { loadWorkflow, startTestN8n, type TestN8n } from './harness';
import { nodeOutput, waitForWebhook, type WorkflowJson } from './n8nClient';
import { fixture } from '../Hipcall/fixtures';
import { startChatVoltFake, type ChatVoltFake } from '../ChatVolt/chatvoltFake';
import { startHipcallFake, type HipcallFake } from '../Hipcall/hipcallFake';

const TOKEN = 'e2e-picker-token';
const HIPCALL = 'n8n-nodes-contact-center.hipcall';
const CHATVOLT = 'n8n-nodes-contact-center.chatVolt';
const CHATVOLT_KEY = 'e2e-picker-key';
const SUPPORT = 'cm0vthnd901sai91sdbq1wbgq';

let n8n: TestN8n;
let api: HipcallFake;
let chatVolt: ChatVoltFake;
let credentialId: string;
let chatVoltCredentialId: string;

beforeAll(async () => {
	api = await startHipcallFake({ token: TOKEN });
	chatVolt = await startChatVoltFake({ apiKey: CHATVOLT_KEY });
	n8n = await startTestN8n();
	credentialId = await n8n.client.createCredential('Hipcall API (pickers)', 'hipcallApi', { apiToken: TOKEN, region: 'custom', baseUrl: api.baseUrl });
	chatVoltCredentialId = await n8n.client.createCredential('ChatVolt API (pickers)', 'chatVoltApi', { apiKey: CHATVOLT_KEY, baseUrl: chatVolt.baseUrl });
});

afterAll(async () => {
	await n8n?.stop();
	await api?.stop();
	await chatVolt?.stop();
});

/** What the editor asks n8n when a builder opens a picker (and scrolls, and types). */
async function listSearch(
	node: { name: string; credentials: IDataObject; parameters: IDataObject },
	methodName: string,
	parameter: string,
	filter?: string,
	paginationToken?: string,
) {
	const answer = await n8n.client.postAsOwner<{ data: INodeListSearchResult }>('/rest/dynamic-node-parameters/resource-locator-results', {
		nodeTypeAndVersion: { name: node.name, version: 2 },
		path: `parameters.${parameter}`,
		methodName,
		filter,
		paginationToken,
		currentNodeParameters: { ...node.parameters, [parameter]: { __rl: true, mode: 'list', value: '' } },
		credentials: node.credentials,
	});
	return answer.data;
}

async function pickerPage(methodName: string, parameter: string, filter?: string, paginationToken?: string) {
	const node = {
		name: HIPCALL,
		credentials: { hipcallApi: { id: credentialId, name: 'Hipcall API (pickers)' } },
		parameters: { resource: 'user', operation: 'get' },
	};
	return await listSearch(node, methodName, parameter, filter, paginationToken);
}

test("the user picker lists Hipcall's users through n8n, page by page, and searches by what is typed", async () => {
	const first = await pickerPage('searchUsers', 'userId');
	expect(first.results).toHaveLength(100);
	expect(first.results[0]).toEqual({ name: 'User 2701', value: '2701' });
	expect(first.paginationToken).toBe('100');
	const last = await pickerPage('searchUsers', 'userId', undefined, '200');
	expect(last.results).toHaveLength(50);
	expect(last.paginationToken).toBeUndefined();
	const typed = await pickerPage('searchUsers', 'userId', 'User 2945');
	expect(typed.results).toEqual([{ name: 'User 2945', value: '2945' }]);
	const searches = api.requests.filter((r) => r.path === '/users').map((r) => [r.query.offset, r.query.q]);
	expect(searches).toEqual([
		['0', undefined],
		['200', undefined],
		['0', 'User 2945'],
	]);
	expect(api.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
});

test('a workflow finds the caller by phone, then gets the user picked from the list, on version 2 nodes', async () => {
	api.requests.length = 0;
	const [{ value: userId, name: userName }] = (await pickerPage('searchUsers', 'userId', 'User 2945')).results;
	const [{ value: contactId }] = (await pickerPage('searchContacts', 'contactId', 'Kaya')).results;
	const credentials = { hipcallApi: { id: credentialId, name: 'Hipcall API (pickers)' } };
	const workflowId = await n8n.client.importAndActivate(
		{
			name: 'Hipcall pickers',
			nodes: [
				{
					id: 'w',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: 'e2e-hipcall-pickers',
					parameters: { httpMethod: 'POST', path: 'hipcall-pickers', responseMode: 'onReceived', options: {} },
				},
				{
					id: 'l',
					name: 'Find Caller',
					type: HIPCALL,
					typeVersion: 2,
					position: [220, 0],
					parameters: { resource: 'lookup', operation: 'byPhone', phone: '={{ $json.body.number }}', onNotFound: 'empty' },
					credentials,
				},
				{
					id: 'c',
					name: 'Get Contact',
					type: HIPCALL,
					typeVersion: 2,
					position: [440, 0],
					parameters: { resource: 'contact', operation: 'get', contactId: { __rl: true, mode: 'list', value: contactId, cachedResultName: 'Can Kaya' } },
					credentials,
				},
				{
					id: 'u',
					name: 'Get Owner',
					type: HIPCALL,
					typeVersion: 2,
					position: [660, 0],
					parameters: { resource: 'user', operation: 'get', userId: { __rl: true, mode: 'list', value: userId, cachedResultName: userName } },
					credentials,
				},
			],
			connections: {
				Webhook: { main: [[{ node: 'Find Caller', type: 'main', index: 0 }]] },
				'Find Caller': { main: [[{ node: 'Get Contact', type: 'main', index: 0 }]] },
				'Get Contact': { main: [[{ node: 'Get Owner', type: 'main', index: 0 }]] },
			},
		},
		'/webhook/hipcall-pickers',
	);

	const res = await fetch(n8n.webhookUrl('hipcall-pickers'), {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ number: '90 532 620 29 11' }),
	});
	expect(res.status).toBe(200);
	const [execution] = await n8n.client.waitForExecutions(workflowId, 1);
	expect(execution.data?.resultData.error).toBeUndefined();
	expect(execution.status).toBe('success');

	const [caller] = nodeOutput(execution, 'Find Caller');
	expect(caller).toMatchObject({ resource_type: 'contact', id: 49775, full_name: 'Can Kaya' });
	expect(api.requests.find((r) => r.path === '/lookup/by_phone')?.query).toEqual({ number: '+905326202911' });
	expect(nodeOutput(execution, 'Get Contact')).toEqual([
		{
			id: 49775,
			full_name: 'Can Kaya',
			first_name: 'Can',
			last_name: 'Kaya',
			external_id: 'CUSTOMER-CAN-001',
			phones: [{ id: 309013, number: '+905326202911', order: 1, country: 'TR' }],
			emails: [{ order: 1, email: 'can@acme.example' }],
		},
	] as IDataObject[]);
	expect(nodeOutput(execution, 'Get Owner')).toEqual([{ id: 2945, name: 'User 2945' }]);
	expect(api.requests.filter((r) => r.path === '/users/2945' || r.path === '/contacts/49775')).toHaveLength(2);
});

test('ChatVolt: the agent picker lists through n8n, and an agent pasted as a link is queried', async () => {
	const credentials = { chatVoltApi: { id: chatVoltCredentialId, name: 'ChatVolt API (pickers)' } };
	const agents = await listSearch({ name: CHATVOLT, credentials, parameters: { resource: 'agent', operation: 'query' } }, 'searchAgents', 'agentId', 'técnico');
	expect(agents.results).toEqual([
		{ name: 'Suporte Técnico', value: 'cm1salesagent00000000000a', url: 'https://app.chatvolt.ai/agents/cm1salesagent00000000000a' },
	]);

	const workflowId = await n8n.client.importAndActivate(
		{
			name: 'ChatVolt pickers',
			nodes: [
				{
					id: 'w',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: 'e2e-chatvolt-pickers',
					parameters: { httpMethod: 'POST', path: 'chatvolt-pickers', responseMode: 'onReceived', options: {} },
				},
				{
					id: 'q',
					name: 'Ask Agent',
					type: CHATVOLT,
					typeVersion: 2,
					position: [220, 0],
					parameters: {
						resource: 'agent',
						operation: 'query',
						agentId: { __rl: true, mode: 'url', value: `https://app.chatvolt.ai/agents/${SUPPORT}` },
						query: '={{ $json.body.question }}',
						conversationId: { __rl: true, mode: 'list', value: 'conv-new', cachedResultName: 'Order 1234 late' },
						additionalFields: {},
					},
					credentials,
				},
			],
			connections: { Webhook: { main: [[{ node: 'Ask Agent', type: 'main', index: 0 }]] } },
		},
		'/webhook/chatvolt-pickers',
	);
	const res = await fetch(n8n.webhookUrl('chatvolt-pickers'), {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ question: 'Where is my order?' }),
	});
	expect(res.status).toBe(200);
	const [execution] = await n8n.client.waitForExecutions(workflowId, 1);
	expect(execution.data?.resultData.error).toBeUndefined();
	expect(nodeOutput(execution, 'Ask Agent')).toEqual([{ answer: 'Answer to: Where is my order?', conversationId: 'conv-new', visitorId: 'visitor-1' }]);
	const query = chatVolt.requests.find((r) => r.method === 'POST');
	expect(query).toMatchObject({ path: `/agents/${SUPPORT}/query`, body: { query: 'Where is my order?', conversationId: 'conv-new' } });
	expect(query?.headers.authorization).toBe(`Bearer ${CHATVOLT_KEY}`);
});

describe('the example hipcall-caller-lookup (version 2 nodes): the caller card from Hipcall\'s own contacts', () => {
	const SECRET = 'e2e-lookup-url-secret_0123456789';
	let workflowId: string;
	let triggerUrl: string;
	const cards = () => api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/cards'));
	const call = async (event: IDataObject) => {
		const res = await fetch(triggerUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });
		expect(res.status).toBe(200);
	};

	beforeAll(async () => {
		const secret = await n8n.client.createCredential('Hipcall Webhook Secret (lookup)', 'hipcallWebhookApi', { secret: SECRET, headerName: 'X-Hipcall-Secret' });
		const text = JSON.stringify(loadWorkflow('examples/hipcall-caller-lookup.json'))
			.replaceAll('"hipcall-api-credential"', JSON.stringify(credentialId))
			.replaceAll('"hipcall-webhook-secret-credential"', JSON.stringify(secret));
		const workflow = JSON.parse(text) as WorkflowJson;
		const trigger = workflow.nodes.find((node) => node.name === 'Hipcall Trigger') as IDataObject;
		workflowId = await n8n.client.importAndActivate(workflow);
		triggerUrl = n8n.webhookUrl(`${trigger.webhookId}/${trigger.webhookId}/${SECRET}`);
		const probe = JSON.stringify({ event: 'probe_not_selected', data: {} });
		await waitForWebhook(triggerUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: probe }, (status) => status === 200);
	});

	test('a known number: the contact found in Hipcall, on a card with its company, email, number and owner', async () => {
		api.requests.length = 0;
		api.account.contacts.push({
			id: 193768,
			full_name: 'Onur Ozgur OZKAN',
			first_name: 'Onur',
			last_name: 'OZKAN',
			company: { id: 80679, name: 'Acme Ltd.' },
			job_title: '',
			custom_url: 'https://my-crm.com/contact/1234',
			user: { id: 2945, name: 'User 2945' },
			emails: [{ order: 1, email: 'onur@acme.example' }],
			phones: [{ id: 1, number: '+905438856301', order: 1, country: 'TR' }],
		});
		await call(fixture('call_init.json'));
		const [execution] = await n8n.client.waitForExecutions(workflowId, 1);
		expect(execution.data?.resultData.error).toBeUndefined();
		expect(api.requests.find((r) => r.path === '/lookup/by_phone')?.query).toEqual({ number: '+905438856301' });
		const [card] = cards();
		expect(card.path).toBe('/calls/2483a75a-56a2-41f1-991b-92b1667e324a/cards');
		expect(card.body).toEqual({
			card: [
				{ type: 'title', text: 'Onur Ozgur OZKAN', link: 'https://my-crm.com/contact/1234' },
				{ type: 'shortText', label: 'Company', text: 'Acme Ltd.' },
				{ type: 'shortText', label: 'Email', text: 'onur@acme.example' },
				{ type: 'shortText', label: 'Number', text: '905438856301' },
				{ type: 'user', label: 'Owner', user_id: 2945 },
			],
		});
	});

	test('an unknown number: the "Unknown caller" card', async () => {
		api.requests.length = 0;
		const unknown = fixture('call_init.json');
		unknown.data.uuid = '0d6a3a70-0000-4000-8000-0000000000aa';
		unknown.data.callee_number = '+441632960000';
		await call(unknown);
		await n8n.client.waitForExecutions(workflowId, 2);
		const [card] = cards();
		expect(card.path).toBe('/calls/0d6a3a70-0000-4000-8000-0000000000aa/cards');
		expect(card.body).toEqual({
			card: [
				{ type: 'title', text: 'Unknown caller' },
				{ type: 'shortText', label: 'Number', text: '+441632960000' },
				{ type: 'shortText', label: 'Hipcall', text: 'No contact or company has this number' },
			],
		});
	});
});
