import { NodeApiError, type IDataObject } from 'n8n-workflow';

import { Hipcall } from '../../nodes/Hipcall/Hipcall.node';
import { fakeExecuteContext } from '../helpers/executeContext';
import { HipcallApi } from '../../credentials/HipcallApi.credentials';
import { baseUrlOf } from '../../nodes/Hipcall/apiUrl';
import { authenticatedFetch, fromCredentials, sendCredentialTest } from '../helpers/authenticatedFetch';
import { fixture } from './fixtures';
import { startHipcallStandIn, type HipcallStandIn, type StandInRequest } from './hipcallStandIn';

const TOKEN = 'test-token-123';
let api: HipcallStandIn;

beforeAll(async () => {
	api = await startHipcallStandIn();
});
afterAll(async () => {
	await api.stop();
});
beforeEach(() => {
	api.requests.length = 0;
	api.handle = () => ({ status: 200, body: { data: { id: 1 } } });
});

async function run(parameters: IDataObject, options: { items?: IDataObject[]; continueOnFail?: boolean } = {}) {
	const { context } = fakeExecuteContext({
		parameters,
		items: options.items,
		continueOnFail: options.continueOnFail,
		credentials: { hipcallApi: { apiToken: TOKEN, region: 'custom', baseUrl: `${api.baseUrl}/` } },
		http: authenticatedFetch(new HipcallApi(), { apiToken: TOKEN }),
	});
	const [out] = await new Hipcall().execute.call(context);
	return out;
}

function only(): StandInRequest {
	expect(api.requests).toHaveLength(1);
	return api.requests[0];
}

describe('Hipcall node: every request is authenticated and asks for JSON', () => {
	test('Bearer token from the credential, Accept: application/json, base URL without a double slash', async () => {
		await run({ resource: 'user', operation: 'get', userId: '2945' });
		const request = only();
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/users/2945');
		expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(request.headers.accept).toBe('application/json');
	});
});

describe('Call', () => {
	const card = fixture('api/card.json').card;

	test('Push Card with the builder sends the seed card, title first, rows in order', async () => {
		api.handle = () => ({ status: 201, body: { data: { status: 'sent' } } });
		const out = await run({
			resource: 'call',
			operation: 'pushCard',
			callId: '2483a75a-56a2-41f1-991b-92b1667e324a',
			cardMode: 'builder',
			title: 'My CRM',
			titleLink: 'https://my-crm.com',
			skipEmptyRows: true,
			rows: {
				row: [
					{ type: 'shortText', label: 'Full Name', text: 'Onur Ozgur OZKAN', link: 'https://my-crm.com/contact/1234' },
					{ type: 'shortText', label: 'Company', text: 'Acme Inc.', link: 'https://my-crm.com/company/1234' },
					{ type: 'shortText', label: 'Type', text: 'Old customer', link: '' },
					{ type: 'shortText', label: 'Notes', text: '', link: '' },
					{ type: 'user', label: 'Account Owner', userId: '2945' },
				],
			},
		});
		const request = only();
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/calls/2483a75a-56a2-41f1-991b-92b1667e324a/cards');
		expect(request.headers['content-type']).toBe('application/json');
		expect(request.body).toEqual({ card: [...card, { type: 'user', label: 'Account Owner', user_id: 2945 }] });
		expect(out[0].json).toMatchObject({ success: true, callId: '2483a75a-56a2-41f1-991b-92b1667e324a', status: 'sent' });
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});

	test('Push Card in JSON mode accepts {"card": [...]}, a bare array and a JSON string', async () => {
		for (const cardJson of [{ card }, card, JSON.stringify({ card })]) {
			api.requests.length = 0;
			await run({ resource: 'call', operation: 'pushCard', callId: 'c-1', cardMode: 'json', cardJson });
			expect(only().body).toEqual({ card });
		}
	});

	test('Push Card validates the rows and sends nothing when one is wrong', async () => {
		const bad = [
			{ type: 'title', text: '' },
			{ type: 'shortText', label: 'Site', text: 'x', link: 'javascript:alert(1)' },
			{ type: 'user', label: 'Owner', user_id: 'bob' },
			{ type: 'longText', text: 'x' },
		];
		const attempt = run({ resource: 'call', operation: 'pushCard', callId: 'c-1', cardMode: 'json', cardJson: bad });
		await expect(attempt).rejects.toThrow('The card cannot be sent: Row 1 (title) has no text');
		await attempt.catch((error: { description?: string }) => {
			expect(error.description).toContain('Row 2 has a link that is not an http(s) URL');
			expect(error.description).toContain('Row 3 (user) needs user_id');
			expect(error.description).toContain('Row 4 has type "longText"');
		});
		expect(api.requests).toHaveLength(0);
	});

	test('Push Card refuses an empty card and an empty call id', async () => {
		await expect(
			run({ resource: 'call', operation: 'pushCard', callId: 'c-1', cardMode: 'builder', title: '', titleLink: '', rows: {} }),
		).rejects.toThrow('The card has no rows');
		await expect(
			run({ resource: 'call', operation: 'pushCard', callId: ' ', cardMode: 'json', cardJson: card }),
		).rejects.toThrow('The Call ID is empty');
		expect(api.requests).toHaveLength(0);
	});

	test("Push Card reports Hipcall's own error body with a plain-English description", async () => {
		api.handle = () => ({ status: 422, body: { message: 'card.1.label is required' } });
		const attempt = run({ resource: 'call', operation: 'pushCard', callId: 'c-1', cardMode: 'json', cardJson: card });
		await expect(attempt).rejects.toThrow(NodeApiError);
		await attempt.catch((error: NodeApiError) => {
			expect(error.message).toBe('card.1.label is required');
			expect(error.httpCode).toBe('422');
			expect(error.description).toMatch(/refused the data/);
		});
	});

	test('Get sends the call date when given', async () => {
		api.handle = () => ({ body: { data: { uuid: 'c-1', direction: 'inbound' } } });
		const out = await run({ resource: 'call', operation: 'get', callId: 'c-1', date: '2024-11-17' });
		expect(only()).toMatchObject({ method: 'GET', path: '/calls/c-1', query: { date: '2024-11-17' } });
		expect(out[0].json).toEqual({ uuid: 'c-1', direction: 'inbound' });
		api.requests.length = 0;
		await run({ resource: 'call', operation: 'get', callId: 'c-1', date: '' });
		expect(only().query).toEqual({});
	});

	test('Get Many maps the filters to Hipcall query parameters', async () => {
		api.handle = () => ({ body: { data: [{ uuid: 'a' }, { uuid: 'b' }] } });
		const out = await run({
			resource: 'call',
			operation: 'getMany',
			returnAll: false,
			limit: 10,
			options: {
				direction: 'inbound',
				missedOnly: true,
				startedAfter: '2024-11-17T00:00:00Z',
				sort: 'started_at.desc',
				q: '0850',
				offset: 20,
			},
		});
		expect(only()).toMatchObject({
			method: 'GET',
			path: '/calls',
			query: {
				limit: '10',
				offset: '20',
				'direction[eq]': 'inbound',
				'missing_call[eq]': 'true',
				'started_at[gte]': '2024-11-17T00:00:00.000Z',
				sort: 'started_at.desc',
				q: '0850',
			},
		});
		expect(out.map((item) => item.json.uuid)).toEqual(['a', 'b']);
	});

	test('Add Comment and Get Comments', async () => {
		await run({ resource: 'call', operation: 'addComment', callId: 'c-1', content: 'Called back' });
		expect(only()).toMatchObject({ method: 'POST', path: '/calls/c-1/comments', body: { content: 'Called back' } });
		api.requests.length = 0;
		api.handle = () => ({ body: { data: [{ id: 1, content: 'Called back' }] } });
		const out = await run({ resource: 'call', operation: 'getComments', callId: 'c-1', returnAll: true, options: {} });
		expect(only()).toMatchObject({ method: 'GET', path: '/calls/c-1/comments', query: { limit: '100', offset: '0' } });
		expect(out[0].json).toEqual({ id: 1, content: 'Called back' });
	});
});

describe('paging', () => {
	const users = Array.from({ length: 250 }, (_, i) => ({ id: i + 1 }));
	beforeEach(() => {
		api.handle = ({ query }) => {
			const offset = Number(query.offset);
			return { body: { data: users.slice(offset, offset + Number(query.limit)), meta: { total: users.length } } };
		};
	});

	test('Return All walks the pages until a short one', async () => {
		const out = await run({ resource: 'user', operation: 'getMany', returnAll: true, options: {} });
		expect(out).toHaveLength(250);
		expect(out[249].json).toEqual({ id: 250 });
		expect(api.requests.map((r) => [r.query.limit, r.query.offset])).toEqual([
			['100', '0'],
			['100', '100'],
			['100', '200'],
		]);
	});

	test('a limit over one page asks only for what is missing', async () => {
		const out = await run({ resource: 'extension', operation: 'getMany', returnAll: false, limit: 130, options: {} });
		expect(out).toHaveLength(130);
		expect(api.requests.map((r) => [r.path, r.query.limit, r.query.offset])).toEqual([
			['/extensions', '100', '0'],
			['/extensions', '30', '100'],
		]);
	});

	test('a bare array answer is read too', async () => {
		api.handle = () => ({ body: [{ id: 7 }] });
		const out = await run({ resource: 'task', operation: 'getMany', returnAll: true, options: {} });
		expect(out.map((item) => item.json)).toEqual([{ id: 7 }]);
	});
});

describe('User and Extension', () => {
	test('User Click-to-Call', async () => {
		await run({
			resource: 'user',
			operation: 'clickToCall',
			userId: '2945',
			calleeNumber: '+905326202911',
			ringUserFirst: true,
			callOptions: { call_masking: true, call_masking_name: 'Support Team' },
		});
		expect(only()).toMatchObject({
			method: 'POST',
			path: '/users/2945/call',
			body: { callee_number: '+905326202911', ring_user_first: true, call_masking: true, call_masking_name: 'Support Team' },
		});
	});

	test('Click-to-Call answers with the user, the number and the record Hipcall returned', async () => {
		api.handle = () => ({ status: 201, body: { data: { call_id: 'c-9' } } });
		const out = await run({ resource: 'user', operation: 'clickToCall', userId: ' 2945 ', calleeNumber: '+905326202911', callOptions: {} });
		expect(out[0].json).toEqual({ success: true, userId: '2945', callee_number: '+905326202911', call_id: 'c-9' });
	});

	test('Extension Click-to-Call with a number to call from, and Get', async () => {
		await run({ resource: 'extension', operation: 'clickToCall', extensionId: '2004', calleeNumber: '+905326202911', numberId: '638' });
		expect(only()).toMatchObject({
			method: 'POST',
			path: '/extensions/2004/call',
			body: { callee_number: '+905326202911', number_id: 638 },
		});
		api.requests.length = 0;
		await run({ resource: 'extension', operation: 'get', extensionId: '2004' });
		expect(only()).toMatchObject({ method: 'GET', path: '/extensions/2004' });
	});
});

describe('Task', () => {
	test('Create sends the name and the additional fields in Hipcall\'s format', async () => {
		api.handle = () => ({ status: 201, body: { data: { id: 110181, name: 'Call back' } } });
		const out = await run({
			resource: 'task',
			operation: 'create',
			name: 'Call back',
			additionalFields: {
				assign_to_user_id: '2884',
				company_ids: '66336, 66337',
				contact_ids: '49775',
				due_date: '2025-10-24T04:50:34+03:00',
				priority: 'high',
				description: '',
			},
		});
		expect(only()).toMatchObject({
			method: 'POST',
			path: '/tasks',
			body: {
				name: 'Call back',
				assign_to_user_id: 2884,
				company_ids: [66336, 66337],
				contact_ids: [49775],
				due_date: '2025-10-24T01:50:34.000Z',
				priority: 'high',
			},
		});
		expect(only().body).not.toHaveProperty('description');
		expect(out[0].json).toEqual({ success: true, id: 110181, name: 'Call back' });
	});

	test('Get', async () => {
		await run({ resource: 'task', operation: 'get', taskId: '110181' });
		expect(only()).toMatchObject({ method: 'GET', path: '/tasks/110181' });
	});
});

describe.each([
	['company', '/companies', 'companyId'],
	['contact', '/contacts', 'contactId'],
])('%s', (resource, collection, idName) => {
	test('Get by External ID finds the record', async () => {
		api.handle = () => ({ body: { data: { id: 5, external_id: 'crm-1' } } });
		const out = await run({ resource, operation: 'getByExternalId', externalId: 'crm 1', onNotFound: 'nothing' });
		expect(only()).toMatchObject({ method: 'GET', path: `${collection}/by-external-id/crm%201` });
		expect(out[0].json).toEqual({ id: 5, external_id: 'crm-1' });
	});

	test('Get by External ID on 404: nothing, an empty item, or an error, as chosen', async () => {
		api.handle = () => ({ status: 404, body: { message: 'Not found' } });
		expect(await run({ resource, operation: 'getByExternalId', externalId: 'x', onNotFound: 'nothing' })).toEqual([]);
		const empty = await run({ resource, operation: 'getByExternalId', externalId: 'x', onNotFound: 'empty' });
		expect(empty[0].json).toEqual({ found: false, externalId: 'x' });
		await expect(run({ resource, operation: 'getByExternalId', externalId: 'x', onNotFound: 'error' })).rejects.toThrow(
			'Not found',
		);
	});

	test('Get by External ID still fails on other errors', async () => {
		api.handle = () => ({ status: 401, body: { message: 'Invalid token' } });
		const attempt = run({ resource, operation: 'getByExternalId', externalId: 'x', onNotFound: 'nothing' });
		await expect(attempt).rejects.toThrow('Invalid token');
		await attempt.catch((error: NodeApiError) => expect(error.description).toMatch(/API token/));
	});

	test('Update sends only the filled fields, merged with Other Fields (JSON)', async () => {
		await run({
			resource,
			operation: 'update',
			[idName]: '66336',
			updateFields: { name: 'Acme', custom_url: '', otherFields: '{"description": "VIP", "name": "Acme Inc."}' },
		});
		expect(only()).toMatchObject({ method: 'PATCH', path: `${collection}/66336` });
		expect(only().body).toEqual({ name: 'Acme Inc.', description: 'VIP' });
	});

	test('Update refuses Other Fields that are not a JSON object, and sends nothing', async () => {
		for (const otherFields of ['{"name": ', '[1, 2]']) {
			await expect(
				run({ resource, operation: 'update', [idName]: '66336', updateFields: { otherFields } }),
			).rejects.toThrow('Other Fields (JSON) must be a JSON object');
		}
		expect(api.requests).toHaveLength(0);
	});

	test('Add Tag, Remove Tag and Add Comment', async () => {
		await run({ resource, operation: 'addTag', [idName]: '7', tagId: '5417' });
		expect(only()).toMatchObject({ method: 'POST', path: `${collection}/7/tags`, body: { tag_id: 5417 } });
		api.requests.length = 0;
		api.handle = () => ({ status: 204 });
		const removed = await run({ resource, operation: 'removeTag', [idName]: '7', tagId: '5417' });
		expect(only()).toMatchObject({ method: 'DELETE', path: `${collection}/7/tags/5417` });
		expect(removed[0].json).toEqual({ success: true, [idName]: '7', tagId: '5417' });
		api.requests.length = 0;
		await run({ resource, operation: 'addComment', [idName]: '7', content: 'VIP customer' });
		expect(only()).toMatchObject({ method: 'POST', path: `${collection}/7/comments`, body: { content: 'VIP customer' } });
	});
});

describe('errors and items', () => {
	test('Continue On Fail turns a failing item into an error item and goes on, pairing every item', async () => {
		api.handle = ({ path }) => (path.endsWith('/bad') ? { status: 404, body: { message: 'User not found' } } : { body: { data: { id: 1 } } });
		const { context } = fakeExecuteContext({
			items: [{ n: 0 }, { n: 1 }, { n: 2 }],
			parameters: (i) => ({ resource: 'user', operation: 'get', userId: i === 1 ? 'bad' : `u${i}` }),
			continueOnFail: true,
			credentials: { hipcallApi: { apiToken: TOKEN, region: 'custom', baseUrl: api.baseUrl } },
			http: authenticatedFetch(new HipcallApi(), { apiToken: TOKEN }),
		});
		const [out] = await new Hipcall().execute.call(context);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[1].json).toMatchObject({ error: 'User not found', httpCode: '404' });
		expect(out[1].json.description).toMatch(/found nothing with this ID/);
		expect(out[2].json).toEqual({ id: 1 });
	});
});

describe('credential', () => {
	test('regions map to Hipcall\'s two API addresses; a custom base URL loses its trailing slash', () => {
		expect(baseUrlOf({ region: 'global' })).toBe('https://use.hipcall.com/api/v3');
		expect(baseUrlOf({ region: 'turkey' })).toBe('https://use.hipcall.com.tr/api/v3');
		expect(baseUrlOf({ region: 'custom', baseUrl: 'http://127.0.0.1:9/api/v3//' })).toBe('http://127.0.0.1:9/api/v3');
	});

	test('the credential test lists one user at the base URL of the chosen region', () => {
		const { request } = new HipcallApi().test;
		expect(request.url).toBe('/users');
		expect(request.qs).toEqual({ limit: 1 });
		const evaluate = (credentials: IDataObject) => fromCredentials(String(request.baseURL), credentials);
		expect(evaluate({ region: 'global' })).toBe(baseUrlOf({ region: 'global' }));
		expect(evaluate({ region: 'turkey' })).toBe(baseUrlOf({ region: 'turkey' }));
		expect(evaluate({ region: 'custom', baseUrl: 'https://x.example/api/v3/' })).toBe('https://x.example/api/v3');
	});

	test('every Region option: its label names the host the node and the credential test both use', () => {
		const region = new HipcallApi().properties.find((p) => p.name === 'region')!;
		const { baseURL } = new HipcallApi().test.request;
		const values = (region.options as Array<{ name: string; value: string }>).filter((o) => o.value !== 'custom');
		expect(values.map((o) => o.value)).toEqual(['global', 'turkey']);
		for (const { name, value } of values) {
			expect(name).toContain(`(${new URL(baseUrlOf({ region: value })).host})`);
			expect(fromCredentials(String(baseURL), { region: value })).toBe(baseUrlOf({ region: value }));
		}
		expect(fromCredentials(String(baseURL), { region: 'mars' })).toBe(baseUrlOf({ region: 'mars' }));
		expect(region.default).toBe('global');
	});

	test('the test request reaches the API with the token; a refused token fails the test', async () => {
		const credentials = { apiToken: TOKEN, region: 'custom', baseUrl: `${api.baseUrl}/` };
		await sendCredentialTest(new HipcallApi(), credentials);
		expect(only()).toMatchObject({ method: 'GET', path: '/users', query: { limit: '1' } });
		expect(api.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
		api.handle = () => ({ status: 401, body: { error: 'unauthorized' } });
		await expect(sendCredentialTest(new HipcallApi(), credentials)).rejects.toMatchObject({ httpCode: '401' });
	});
});
