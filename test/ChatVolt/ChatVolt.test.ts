import { NodeApiError, type IDataObject } from 'n8n-workflow';

import { ChatVoltApi } from '../../credentials/ChatVoltApi.credentials';
import { ChatVolt } from '../../nodes/ChatVolt/ChatVolt.node';
import { startApiStandIn, type ApiStandIn } from '../helpers/apiStandIn';
import { authenticatedFetch, sendCredentialTest } from '../helpers/authenticatedFetch';
import { fakeExecuteContext, httpError, type FakeHttp, type RecordedRequest } from '../helpers/executeContext';

const node = new ChatVolt();
const credentials = { chatVoltApi: { apiKey: 'key-1', baseUrl: 'https://api.example.test/' } };

async function run(parameters: IDataObject | ((itemIndex: number) => IDataObject), http: FakeHttp = () => ({ success: true }), extra: { items?: IDataObject[]; continueOnFail?: boolean } = {}) {
	const fake = fakeExecuteContext({ parameters, credentials, http, ...extra });
	const output = await node.execute.call(fake.context);
	return { output: output[0], requests: fake.requests };
}

function only(requests: RecordedRequest[]) {
	expect(requests).toHaveLength(1);
	expect(requests[0].credentialType).toBe('chatVoltApi');
	const { method, url, body, qs } = requests[0].options;
	return { method, url, body, qs };
}

describe('ChatVolt credential', () => {
	const credential = new ChatVoltApi();
	test('sends the API key as a bearer token and tests it against the API', () => {
		expect(credential.authenticate).toEqual({
			type: 'generic',
			properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
		});
		expect(credential.properties.find((p) => p.name === 'baseUrl')?.default).toBe('https://api.chatvolt.ai');
		expect(credential.test.request).toMatchObject({ url: '/contacts' });
	});
});

describe('ChatVolt over HTTP: what reaches the API (a loopback stand-in)', () => {
	let api: ApiStandIn;
	const apiCredentials = () => ({ apiKey: 'key-http', baseUrl: `${api.baseUrl}/` });
	beforeAll(async () => {
		api = await startApiStandIn();
	});
	afterAll(async () => {
		await api?.stop();
	});
	beforeEach(() => {
		api.requests.length = 0;
		api.handle = () => ({ status: 200, body: { id: 'msg-1' } });
	});

	const runOverHttp = async (parameters: IDataObject) => {
		const fake = fakeExecuteContext({
			parameters,
			credentials: { chatVoltApi: apiCredentials() },
			http: authenticatedFetch(new ChatVoltApi(), apiCredentials()),
		});
		return (await node.execute.call(fake.context))[0];
	};

	test('Send Message: method, path, bearer header and JSON body as sent', async () => {
		const output = await runOverHttp({ resource: 'conversation', operation: 'sendMessage', sendBy: 'email', email: 'maria@example.com', message: 'Hello', messageOptions: {} });
		expect(api.requests).toHaveLength(1);
		const [request] = api.requests;
		expect(request).toMatchObject({ method: 'POST', path: '/conversation/message/email/maria%40example.com', body: { message: 'Hello' } });
		expect(request.headers.authorization).toBe('Bearer key-http');
		expect(request.headers['content-type']).toBe('application/json');
		expect(output[0].json).toEqual({ id: 'msg-1' });
	});

	test('Contact Get Many pages with limit/offset, with the bearer header on every page', async () => {
		api.handle = ({ query }) => ({ status: 200, body: { contacts: Number(query.offset) === 0 ? [{ id: 'c1' }, { id: 'c2' }] : [] } });
		const output = await runOverHttp({ resource: 'contact', operation: 'getAll', returnAll: true, filters: {} });
		expect(output.map((item) => item.json.id)).toEqual(['c1', 'c2']);
		expect(api.requests.map((r) => [r.method, r.path, r.query, r.headers.authorization])).toEqual([
			['GET', '/contacts', { limit: '100', offset: '0' }, 'Bearer key-http'],
		]);
	});

	test('the credential test lists one contact with the key; a refused key fails the test', async () => {
		await sendCredentialTest(new ChatVoltApi(), apiCredentials());
		expect(api.requests.map((r) => [r.method, r.path, r.query, r.headers.authorization])).toEqual([
			['GET', '/contacts', { limit: '1' }, 'Bearer key-http'],
		]);
		api.handle = () => ({ status: 401, body: { message: 'Invalid API key' } });
		await expect(sendCredentialTest(new ChatVoltApi(), apiCredentials())).rejects.toMatchObject({ httpCode: '401' });
	});
});

describe('ChatVolt: Agent', () => {
	test('Query posts the question with conversation and contact, and returns the answer', async () => {
		const { output, requests } = await run(
			{
				resource: 'agent',
				operation: 'query',
				agentId: 'ag 1',
				query: 'Where is my order?',
				conversationId: 'conv-1',
				additionalFields: { email: 'maria@example.com', phoneNumber: '5511988887777', firstName: 'Maria', visitorId: '' },
			},
			() => ({ answer: 'It ships tomorrow.', conversationId: 'conv-1', messageId: 'm-9' }),
		);
		expect(only(requests)).toEqual({
			method: 'POST',
			url: 'https://api.example.test/agents/ag%201/query',
			body: {
				query: 'Where is my order?',
				streaming: false,
				conversationId: 'conv-1',
				contact: { email: 'maria@example.com', phoneNumber: '5511988887777', firstName: 'Maria' },
			},
			qs: undefined,
		});
		expect(output).toEqual([{ json: { answer: 'It ships tomorrow.', conversationId: 'conv-1', messageId: 'm-9' }, pairedItem: { item: 0 } }]);
	});

	test('Query without a conversation sends neither conversationId nor contact', async () => {
		const { requests } = await run({ resource: 'agent', operation: 'query', agentId: 'a', query: 'Hi', conversationId: '', additionalFields: {} });
		expect(only(requests).body).toEqual({ query: 'Hi', streaming: false });
	});
});

describe('ChatVolt: Conversation', () => {
	test.each([
		['conversationId', 'conversationId', 'conv-1', 'conversationId/conv-1'],
		['phone', 'phone', '+55 11 98888-7777', 'phone/%2B55%2011%2098888-7777'],
		['email', 'email', 'maria@example.com', 'email/maria%40example.com'],
	])('Send Message by %s', async (sendBy, field, value, path) => {
		const { output, requests } = await run(
			{
				resource: 'conversation',
				operation: 'sendMessage',
				sendBy,
				[field]: value,
				message: 'Your parcel is on its way',
				messageOptions: {
					agentId: 'ag-1',
					channel: 'whatsapp',
					attachments: { attachment: [{ url: 'https://files.example.com/label.pdf', name: 'label.pdf', mimeType: '' }, { url: '' }] },
				},
			},
			() => ({ id: 'msg-1', text: 'Your parcel is on its way', from: 'agent' }),
		);
		expect(only(requests)).toEqual({
			method: 'POST',
			url: `https://api.example.test/conversation/message/${path}`,
			body: {
				message: 'Your parcel is on its way',
				agentId: 'ag-1',
				channel: 'whatsapp',
				attachments: [{ url: 'https://files.example.com/label.pdf', name: 'label.pdf' }],
			},
			qs: undefined,
		});
		expect(output[0].json).toMatchObject({ id: 'msg-1' });
	});

	test('Get Messages returns one item per message', async () => {
		const messages = [{ id: 'm1', text: 'Hi' }, { id: 'm2', text: 'Hello' }];
		for (const answer of [messages, { messages }]) {
			const { output, requests } = await run({ resource: 'conversation', operation: 'getMessages', conversationId: 'c1', limit: 2 }, () => answer);
			expect(only(requests)).toMatchObject({ method: 'GET', url: 'https://api.example.test/conversation/c1/messages/2' });
			expect(output.map((item) => item.json)).toEqual(messages);
			expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		}
	});

	test.each([
		[{ operation: 'setStatus', status: 'HUMAN_REQUESTED' }, 'set-status', { status: 'HUMAN_REQUESTED' }],
		[{ operation: 'setPriority', priority: 'LOW' }, 'set-priority', { priority: 'LOW' }],
		[{ operation: 'assign', assignBy: 'email', assignee: 'joao@company.com' }, 'assign', { email: 'joao@company.com' }],
		[{ operation: 'assign', assignBy: 'membershipId', assignee: 'mem-7' }, 'assign', { membershipId: 'mem-7' }],
		[{ operation: 'enableAi' }, 'set-ai-enabled', { enabled: true }],
		[{ operation: 'disableAi' }, 'set-ai-enabled', { enabled: false }],
	])('%o posts to /conversations/{id}/%s', async (parameters, action, body) => {
		const { output, requests } = await run({ resource: 'conversation', conversationId: 'c 1', ...parameters }, () => ({ success: true, message: 'ok' }));
		expect(only(requests)).toEqual({ method: 'POST', url: `https://api.example.test/conversations/c%201/${action}`, body, qs: undefined });
		expect(output[0].json).toEqual({ conversationId: 'c 1', success: true, message: 'ok' });
	});

	test('an empty conversation ID fails before any request', async () => {
		const fake = fakeExecuteContext({ parameters: { resource: 'conversation', operation: 'setStatus', conversationId: ' ', status: 'RESOLVED' }, credentials });
		await expect(node.execute.call(fake.context)).rejects.toThrow('Conversation ID is empty');
		expect(fake.requests).toHaveLength(0);
	});
});

describe('ChatVolt: Contact', () => {
	test('Get Many with a limit sends the filters and stops at the limit', async () => {
		const { output, requests } = await run(
			{ resource: 'contact', operation: 'getAll', returnAll: false, limit: 2, filters: { email: 'maria@example.com', phoneNumber: '' } },
			() => ({ contacts: [{ id: 'ct1' }, { id: 'ct2' }] }),
		);
		expect(only(requests)).toEqual({
			method: 'GET',
			url: 'https://api.example.test/contacts',
			body: undefined,
			qs: { email: 'maria@example.com', limit: 2, offset: 0 },
		});
		expect(output.map((item) => item.json.id)).toEqual(['ct1', 'ct2']);
	});

	test('Get Many with Return All pages until a short page', async () => {
		const page = (offset: number, size: number) => Array.from({ length: size }, (_, n) => ({ id: `ct${offset + n}` }));
		const { output, requests } = await run({ resource: 'contact', operation: 'getAll', returnAll: true, filters: {} }, ({ options }) => {
			const offset = Number(options.qs?.offset);
			return offset === 0 ? page(0, 100) : page(offset, 30);
		});
		expect(requests.map((r) => r.options.qs)).toEqual([{ limit: 100, offset: 0 }, { limit: 100, offset: 100 }]);
		expect(output).toHaveLength(130);
	});

	test('Create or Update: updates by ID, else the contact with the same email, else creates', async () => {
		const base = { resource: 'contact', operation: 'upsert', email: 'maria@example.com', phoneNumber: '', contactFields: { firstName: 'Maria' } };
		const contacts = (list: IDataObject[]) => (request: RecordedRequest) =>
			request.options.method === 'GET' ? { contacts: list } : { id: 'answer', email: 'maria@example.com' };

		// No contact with that email (the API's answer may hold others: only an exact match counts).
		const created = await run({ ...base, contactId: '' }, contacts([{ id: 'ct-7', email: 'mario@example.com' }]));
		expect(created.requests.map((r) => [r.options.method, r.options.url, r.options.qs])).toEqual([
			['GET', 'https://api.example.test/contacts', { email: 'maria@example.com', limit: 10 }],
			['POST', 'https://api.example.test/contacts', undefined],
		]);
		expect(created.requests[1].options.body).toEqual({ email: 'maria@example.com', firstName: 'Maria' });
		expect(created.output[0].json.id).toBe('answer');

		// The same email, written differently: that contact is updated.
		const matched = await run({ ...base, contactId: '' }, contacts([{ id: 'ct-3', email: 'Maria@Example.com' }]));
		expect(matched.requests.map((r) => [r.options.method, r.options.url])).toEqual([
			['GET', 'https://api.example.test/contacts'],
			['PATCH', 'https://api.example.test/contacts/ct-3'],
		]);

		// With an ID, no lookup.
		const updated = await run({ ...base, contactId: 'ct-1' }, () => ({ id: 'ct-1' }));
		expect(only(updated.requests)).toMatchObject({ method: 'PATCH', url: 'https://api.example.test/contacts/ct-1' });
	});

	test('Create or Update falls back to the phone number when there is no email', async () => {
		const parameters = { resource: 'contact', operation: 'upsert', contactId: '', email: '', phoneNumber: '+5511999', contactFields: {} };
		const { requests } = await run(parameters, (request) =>
			request.options.method === 'GET' ? [{ id: 'ct-5', phoneNumber: '+5511999' }] : { id: 'ct-5' },
		);
		expect(requests.map((r) => [r.options.method, r.options.url, r.options.qs])).toEqual([
			['GET', 'https://api.example.test/contacts', { phoneNumber: '+5511999', limit: 10 }],
			['PATCH', 'https://api.example.test/contacts/ct-5', undefined],
		]);
	});

	test('Create refuses a contact with neither email nor phone', async () => {
		const fake = fakeExecuteContext({
			parameters: { resource: 'contact', operation: 'upsert', contactId: '', email: '', phoneNumber: '', contactFields: {} },
			credentials,
		});
		await expect(node.execute.call(fake.context)).rejects.toThrow(/email or a phone/);
		expect(fake.requests).toHaveLength(0);
	});

	test('Delete answers with the deleted ID even when ChatVolt returns no body', async () => {
		const { output, requests } = await run({ resource: 'contact', operation: 'delete', contactId: 'ct-9' }, () => '');
		expect(only(requests)).toMatchObject({ method: 'DELETE', url: 'https://api.example.test/contacts/ct-9' });
		expect(output[0].json).toEqual({ success: true, id: 'ct-9', deleted: true });
	});
});

describe('ChatVolt: errors a builder understands', () => {
	const parameters = { resource: 'conversation', operation: 'sendMessage', sendBy: 'phone', phone: '5511', message: 'hi', messageOptions: {} };

	test.each([
		[401, /API key/],
		[402, /usage limit/],
		[406, /24 hours/],
		[404, /found nothing/],
		[503, /ChatVolt had a problem/],
	])('HTTP %i', async (status, description) => {
		const fake = fakeExecuteContext({ parameters, credentials, http: () => { throw httpError(status, { message: `vendor says ${status}` }); } });
		const error = (await node.execute.call(fake.context).catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.httpCode).toBe(String(status));
		expect(error.message).toBe(`vendor says ${status}`);
		expect(error.description).toMatch(description);
	});

	test('Continue On Fail keeps the other items going, each paired with its input', async () => {
		const { output } = await run(
			(i: number) => ({ ...parameters, phone: i === 0 ? 'bad' : '5511' }) as IDataObject,
			({ options }) => {
				if (String(options.url).endsWith('/bad')) throw httpError(402, { error: 'Usage limit reached' });
				return { id: 'msg-2' };
			},
			{ items: [{}, {}], continueOnFail: true },
		);
		expect(output[0]).toMatchObject({ json: { error: 'Usage limit reached', httpCode: '402' }, pairedItem: { item: 0 } });
		expect(output[1]).toEqual({ json: { id: 'msg-2' }, pairedItem: { item: 1 } });
	});

	test('is usable as an AI tool', () => {
		expect(node.description.usableAsTool).toBe(true);
	});
});
