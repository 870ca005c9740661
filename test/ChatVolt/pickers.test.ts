// The ChatVolt node's pickers and version 2, through the node's own code against the loopback
// fake of ChatVolt's API (chatvoltFake.ts).
import { NodeApiError, type IDataObject } from 'n8n-workflow';

import { ChatVoltApi } from '../../credentials/ChatVoltApi.credentials';
import { ChatVolt } from '../../nodes/ChatVolt/ChatVolt.node';
import { authenticatedFetch } from '../helpers/authenticatedFetch';
import { fakeExecuteContext } from '../helpers/executeContext';
import { fakeLoadOptionsContext } from '../helpers/loadOptionsContext';
import { agent, sampleOrganization, startChatVoltFake, type ChatVoltFake } from './chatvoltFake';

const KEY = 'picker-key';
const node = new ChatVolt();
const SUPPORT = 'cm0vthnd901sai91sdbq1wbgq';
let api: ChatVoltFake;

beforeAll(async () => {
	api = await startChatVoltFake({ apiKey: KEY });
});
afterAll(async () => {
	await api.stop();
});
beforeEach(() => {
	api.requests.length = 0;
	api.organization = sampleOrganization();
});

const credentials = (apiKey = KEY) => ({ chatVoltApi: { apiKey, baseUrl: `${api.baseUrl}/` } });

async function search(method: keyof ChatVolt['methods']['listSearch'], options: { filter?: string; token?: string; parameters?: IDataObject; apiKey?: string } = {}) {
	const apiKey = options.apiKey ?? KEY;
	const { context } = fakeLoadOptionsContext({
		parameters: options.parameters,
		credentials: credentials(apiKey),
		http: authenticatedFetch(new ChatVoltApi(), { apiKey }),
	});
	return await node.methods.listSearch[method].call(context, options.filter, options.token);
}

async function run(parameters: IDataObject, typeVersion = 2) {
	const { context } = fakeExecuteContext({ parameters, typeVersion, credentials: credentials(), http: authenticatedFetch(new ChatVoltApi(), { apiKey: KEY }) });
	const [out] = await node.execute.call(context);
	return out.map((item) => item.json);
}

const picked = (value: string, mode = 'list') => ({ __rl: true, mode, value });

describe('the agent picker', () => {
	test("lists the organization's agents, each with a link to its page in ChatVolt", async () => {
		const page = await search('searchAgents');
		expect(api.requests.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([['GET', '/agents', `Bearer ${KEY}`]]);
		expect(page).toEqual({
			results: [
				{ name: 'Support Bot', value: SUPPORT, url: `https://app.chatvolt.ai/agents/${SUPPORT}` },
				{ name: 'Suporte Técnico', value: 'cm1salesagent00000000000a', url: 'https://app.chatvolt.ai/agents/cm1salesagent00000000000a' },
			],
			paginationToken: undefined,
		});
	});

	test('what is typed filters the list, whatever the case and accents; an ID is found too', async () => {
		expect((await search('searchAgents', { filter: 'TECNICO' })).results.map((r) => r.name)).toEqual(['Suporte Técnico']);
		expect((await search('searchAgents', { filter: 'sup' })).results).toHaveLength(2);
		expect((await search('searchAgents', { filter: SUPPORT.slice(0, 8) })).results.map((r) => r.value)).toEqual([SUPPORT]);
		expect((await search('searchAgents', { filter: 'nobody' })).results).toEqual([]);
	});

	test('a long list comes a page of 100 at a time', async () => {
		api.organization.agents = Array.from({ length: 230 }, (_, i) => agent(`agent${String(i).padStart(3, '0')}`, `Agent number ${i}`));
		const first = await search('searchAgents');
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		const last = await search('searchAgents', { token: '200' });
		expect(last.results.map((r) => r.value)).toEqual(Array.from({ length: 30 }, (_, i) => `agent${200 + i}`));
		expect(last.paginationToken).toBeUndefined();
		const filtered = await search('searchAgents', { filter: 'number 22' });
		expect(filtered.results.map((r) => r.name)).toEqual(['Agent number 22', ...Array.from({ length: 10 }, (_, i) => `Agent number ${220 + i}`)]);
	});

	test('rows with empty fields still show; rows without an ID are left out', async () => {
		api.organization.agents = [
			agent('a-1', '', { handle: 'helpdesk' }),
			agent('a-2', '  ', { handle: null }),
			{ name: 'No ID' },
			null as unknown as IDataObject,
		];
		expect((await search('searchAgents')).results.map(({ name, value }) => ({ name, value }))).toEqual([
			{ name: 'helpdesk', value: 'a-1' },
			{ name: 'Agent a-2', value: 'a-2' },
		]);
	});

	test("a refused key fails the search with ChatVolt's message and our advice", async () => {
		const attempt = search('searchAgents', { apiKey: 'wrong' });
		await expect(attempt).rejects.toThrow(NodeApiError);
		await attempt.catch((error: NodeApiError) => {
			expect(error.httpCode).toBe('401');
			expect(error.message).toBe('Unauthorized');
			expect(error.description).toMatch(/refused the API key/);
		});
	});
});

describe('the conversation picker', () => {
	test("lists the last 30 days' conversations, named by title, channel, status and day", async () => {
		const page = await search('searchConversations');
		const [request] = api.requests;
		expect(request.path).toBe('/conversation');
		const since = new Date(`${request.query.createdAt.replace(' ', 'T')}Z`).getTime();
		expect(Math.abs(Date.now() - 30 * 24 * 3600 * 1000 - since)).toBeLessThan(60_000);
		expect(request.query.agentId).toBeUndefined();
		const day = (id: string) => String(api.organization.conversations.find((c) => c.id === id)?.createdAt).slice(0, 10);
		expect(page.results).toEqual([
			{ name: `Order 1234 late (whatsapp, unresolved, ${day('conv-new')})`, value: 'conv-new' },
			{ name: `Conversation conv-web (website, resolved, ${day('conv-web')})`, value: 'conv-web' },
		]);
	});

	test('only those of the agent picked above, and filtered by what is typed', async () => {
		const page = await search('searchConversations', { parameters: { agentId: picked(SUPPORT) } });
		expect(api.requests[0].query.agentId).toBe(SUPPORT);
		expect(page.results.map((r) => r.value)).toEqual(['conv-new']);
		api.requests.length = 0;
		await search('searchConversations', { parameters: { agentId: picked(`https://app.chatvolt.ai/agents/${SUPPORT}`, 'url') } });
		expect(api.requests[0].query.agentId).toBe(SUPPORT);
		await search('searchConversations', { parameters: { agentId: picked('={{ $json.agent }}', 'id') } });
		expect(api.requests[1].query.agentId).toBeUndefined();
		const typed = await search('searchConversations', { filter: 'website' });
		expect(typed.results.map((r) => r.value)).toEqual(['conv-web']);
	});
});

describe('operations with a picked record', () => {
	test('Agent Query with an agent picked by the link of its page, continuing a picked conversation', async () => {
		const [answer] = await run({
			resource: 'agent',
			operation: 'query',
			agentId: picked(`https://app.chatvolt.ai/agents/${SUPPORT}`, 'url'),
			query: 'Where is my order?',
			conversationId: picked('conv-new'),
			additionalFields: {},
		});
		expect(api.requests[0]).toMatchObject({
			method: 'POST',
			path: `/agents/${SUPPORT}/query`,
			body: { query: 'Where is my order?', streaming: false, conversationId: 'conv-new' },
		});
		expect(answer).toEqual({ answer: 'Answer to: Where is my order?', conversationId: 'conv-new', visitorId: 'visitor-1' });
	});

	test('a link that is no agent page fails before any request', async () => {
		await expect(
			run({ resource: 'agent', operation: 'query', agentId: picked('https://app.chatvolt.ai/settings', 'url'), query: 'Hi', additionalFields: {} }),
		).rejects.toThrow('Agent: "https://app.chatvolt.ai/settings" is not a link to one record');
		expect(api.requests).toHaveLength(0);
	});

	test('Agent Get and Get Many: simplified on version 2, whole on request', async () => {
		const [one] = await run({ resource: 'agent', operation: 'get', agentId: picked(SUPPORT) });
		expect(one).toEqual({
			id: SUPPORT,
			name: 'Support Bot',
			description: 'Support Bot, answering customers',
			modelName: 'gpt_4o_mini',
			visibility: 'private',
			handle: 'support-bot',
			createdAt: '2026-01-10T09:00:00.000Z',
			updatedAt: '2026-11-20T09:00:00.000Z',
		});
		const many = await run({ resource: 'agent', operation: 'getMany', returnAll: false, limit: 1, simplify: false });
		expect(many).toEqual([sampleOrganization().agents[0]]);
	});

	test('Conversation Get, Set Status and Send Message with a picked conversation', async () => {
		const [got] = await run({ resource: 'conversation', operation: 'get', conversationId: picked('conv-new', 'id') });
		expect(Object.keys(got)).toEqual(['id', 'title', 'status', 'priority', 'channel', 'isAiEnabled', 'agentId', 'visitorId', 'createdAt', 'updatedAt']);
		await run({ resource: 'conversation', operation: 'setStatus', conversationId: picked('conv-new'), status: 'RESOLVED' });
		expect(api.organization.conversations[0].status).toBe('RESOLVED');
		await run({ resource: 'conversation', operation: 'sendMessage', sendBy: 'conversationId', conversationId: picked('conv-web'), message: 'Hello', messageOptions: {} });
		expect(api.organization.sent).toEqual([{ path: '/conversation/message/conversationId/conv-web', body: { message: 'Hello' } }]);
	});

	test('Conversation Get Many: the filters as ChatVolt writes dates, the limit applied here', async () => {
		const out = await run({
			resource: 'conversation',
			operation: 'getMany',
			returnAll: false,
			limit: 1,
			filters: { agentId: SUPPORT, createdAt: '2026-01-01T00:00:00.000Z', unread: false, status: 'UNRESOLVED' },
		});
		expect(api.requests[0].query).toEqual({ agentId: SUPPORT, createdAt: '2026-01-01 00:00:00', status: 'UNRESOLVED' });
		expect(out.map((c) => c.id)).toEqual(['conv-new']);
	});

	test('version 1 still reads its text IDs and answers whole records', async () => {
		const [got] = await run({ resource: 'conversation', operation: 'get', conversationId: 'conv-old' }, 1);
		expect(got).toEqual(api.organization.conversations[2]);
		expect(Object.keys(got)).toHaveLength(18);
	});
});
