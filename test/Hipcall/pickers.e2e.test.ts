// The Hipcall node's pickers and caller look-up on a real n8n, against the loopback fake of
// Hipcall's API (hipcallFake.ts): the editor's list search goes through n8n's own REST endpoint,
// and a workflow runs version 2 nodes whose IDs were picked from those lists.
import type { IDataObject, INodeListSearchResult } from 'n8n-workflow';

import { startTestN8n, type TestN8n } from '../e2e/harness';
import { nodeOutput } from '../e2e/n8nClient';
import { startHipcallFake, type HipcallFake } from './hipcallFake';

const TOKEN = 'e2e-picker-token';
const HIPCALL = 'n8n-nodes-contact-center.hipcall';

let n8n: TestN8n;
let api: HipcallFake;
let credentialId: string;

beforeAll(async () => {
	api = await startHipcallFake({ token: TOKEN });
	n8n = await startTestN8n();
	credentialId = await n8n.client.createCredential('Hipcall API (pickers)', 'hipcallApi', { apiToken: TOKEN, region: 'custom', baseUrl: api.baseUrl });
});

afterAll(async () => {
	await n8n?.stop();
	await api?.stop();
});

/** What the editor asks n8n when a builder opens a picker (and scrolls, and types). */
async function pickerPage(methodName: string, parameter: string, filter?: string, paginationToken?: string) {
	const answer = await n8n.client.postAsOwner<{ data: INodeListSearchResult }>('/rest/dynamic-node-parameters/resource-locator-results', {
		nodeTypeAndVersion: { name: HIPCALL, version: 2 },
		path: `parameters.${parameter}`,
		methodName,
		filter,
		paginationToken,
		currentNodeParameters: { resource: 'user', operation: 'get', [parameter]: { __rl: true, mode: 'list', value: '' } },
		credentials: { hipcallApi: { id: credentialId, name: 'Hipcall API (pickers)' } },
	});
	return answer.data;
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
