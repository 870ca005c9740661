import { NodeApiError, type IDataObject } from 'n8n-workflow';

import { Hipcall } from '../../nodes/Hipcall/Hipcall.node';
import { fakeExecuteContext } from '../helpers/executeContext';
import { HipcallApi } from '../../credentials/HipcallApi.credentials';
import { baseUrlOf } from '../../nodes/Hipcall/apiUrl';
import { authenticatedFetch, fromCredentials, sendCredentialTest } from '../helpers/authenticatedFetch';
import type { StandInHandler, StandInRequest } from '../helpers/apiStandIn';
import { fixture } from './fixtures';
import { DATE_TIME, sampleAccount, startHipcallFake, type HipcallFake } from './hipcallFake';

// Every request goes over HTTP to a fake of Hipcall's API that refuses, with Hipcall's 422, what
// Hipcall documents refusing (see hipcallFake.ts): a test passes only when Hipcall would accept.
const TOKEN = 'test-token-123';
let api: HipcallFake;
let hipcallContract: StandInHandler;

beforeAll(async () => {
	api = await startHipcallFake({ token: TOKEN });
	hipcallContract = api.handle;
});
afterAll(async () => {
	await api.stop();
});
beforeEach(() => {
	api.requests.length = 0;
	api.handle = hipcallContract;
	api.account = sampleAccount();
	api.options.pageCap = undefined;
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
		const out = await run({ resource: 'user', operation: 'get', userId: '2945' });
		const request = only();
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/users/2945');
		expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(request.headers.accept).toBe('application/json');
		expect(out[0].json).toMatchObject({ id: 2945, name: 'User 2945' });
	});
});

describe('Call', () => {
	const card = fixture('api/card.json').card;
	const CALL = '2483a75a-56a2-41f1-991b-92b1667e324a';

	test('Push Card with the builder sends the seed card, title first, rows in order', async () => {
		const out = await run({
			resource: 'call',
			operation: 'pushCard',
			callId: CALL,
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
		expect(request.path).toBe(`/calls/${CALL}/cards`);
		expect(request.headers['content-type']).toBe('application/json');
		expect(request.body).toEqual({ card: [...card, { type: 'user', label: 'Account Owner', user_id: 2945 }] });
		expect(api.account.cards[CALL]).toHaveLength(1);
		expect(out[0].json).toMatchObject({ success: true, callId: CALL });
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});

	test('Push Card in JSON mode accepts {"card": [...]}, a bare array and a JSON string', async () => {
		for (const cardJson of [{ card }, card, JSON.stringify({ card })]) {
			api.requests.length = 0;
			await run({ resource: 'call', operation: 'pushCard', callId: 'c-1', cardMode: 'json', cardJson });
			expect(only().body).toEqual({ card });
		}
	});

	test('a shortText row needs no label: Hipcall makes it optional, in the builder and in JSON', async () => {
		await run({
			resource: 'call',
			operation: 'pushCard',
			callId: CALL,
			cardMode: 'builder',
			title: '',
			rows: { row: [{ type: 'shortText', label: '', text: 'VIP customer', link: '' }] },
		});
		expect(only().body).toEqual({ card: [{ type: 'shortText', text: 'VIP customer' }] });
		api.requests.length = 0;
		await run({ resource: 'call', operation: 'pushCard', callId: CALL, cardMode: 'json', cardJson: [{ type: 'shortText', text: 'VIP' }] });
		expect(only().body).toEqual({ card: [{ type: 'shortText', text: 'VIP' }] });
	});

	test('JSON mode refuses fields Hipcall refuses on a row type, and sends nothing', async () => {
		const cardJson = [
			{ type: 'title', text: 'My CRM', label: 'CRM' },
			{ type: 'shortText', label: 'Owner', text: 'Jane', user_id: 2945 },
			{ type: 'user', label: 'Owner', user_id: 2945, link: 'https://my-crm.com' },
		];
		const attempt = run({ resource: 'call', operation: 'pushCard', callId: CALL, cardMode: 'json', cardJson });
		await expect(attempt).rejects.toThrow(
			'The card cannot be sent: Row 1 (title) has label, which Hipcall refuses on a title row (it allows type, text, link)',
		);
		await attempt.catch((error: { description?: string }) => {
			expect(error.description).toContain('Row 2 (shortText) has user_id, which Hipcall refuses');
			expect(error.description).toContain('Row 3 (user) has link, which Hipcall refuses');
		});
		expect(api.requests).toHaveLength(0);
	});

	test('JSON mode leaves out fields that hold nothing (Hipcall refuses even a null), and sends numbers as text', async () => {
		const cardJson = [
			{ type: 'title', text: 'My CRM', link: null },
			{ type: 'shortText', label: 'Balance', text: 14250, link: '', user_id: null },
			{ type: 'shortText', text: 'Deep link', ios: 'crm://contact/1', android: 'crm://contact/1' },
			{ type: 'user', label: 'Owner', user_id: '2945' },
		];
		await run({ resource: 'call', operation: 'pushCard', callId: CALL, cardMode: 'json', cardJson });
		expect(only().body).toEqual({
			card: [
				{ type: 'title', text: 'My CRM' },
				{ type: 'shortText', label: 'Balance', text: '14250' },
				{ type: 'shortText', text: 'Deep link', ios: 'crm://contact/1', android: 'crm://contact/1' },
				{ type: 'user', label: 'Owner', user_id: 2945 },
			],
		});
	});

	test('Push Card validates the rows and sends nothing when one is wrong', async () => {
		const bad = [
			{ type: 'title', text: '' },
			{ type: 'shortText', label: 'Site', text: 'x', link: 'javascript:alert(1)' },
			{ type: 'user', label: 'Owner', user_id: 'bob' },
			{ type: 'longText', text: 'x' },
			{ type: 'user', user_id: 7 },
		];
		const attempt = run({ resource: 'call', operation: 'pushCard', callId: 'c-1', cardMode: 'json', cardJson: bad });
		await expect(attempt).rejects.toThrow('The card cannot be sent: Row 1 (title) has no text');
		await attempt.catch((error: { description?: string }) => {
			expect(error.description).toContain('Row 2 has a link that is not an http(s) URL');
			expect(error.description).toContain('Row 3 (user) needs user_id');
			expect(error.description).toContain('Row 4 has type "longText"');
			expect(error.description).toContain('Row 5 (user) has no label');
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

	test('Get sends the call date as YYYY-MM-DD, the date part of a timestamp such as started_at', async () => {
		const out = await run({ resource: 'call', operation: 'get', callId: CALL, date: '2024-11-17' });
		expect(only()).toMatchObject({ method: 'GET', path: `/calls/${CALL}`, query: { date: '2024-11-17' } });
		expect(out[0].json).toMatchObject({ uuid: CALL, direction: 'outbound' });
		for (const [date, query] of [['', {}], ['2024-11-17T10:41:00Z', { date: '2024-11-17' }]] as const) {
			api.requests.length = 0;
			await run({ resource: 'call', operation: 'get', callId: CALL, date });
			expect(only().query).toEqual(query);
		}
		api.requests.length = 0;
		await expect(run({ resource: 'call', operation: 'get', callId: CALL, date: '17.11.2024' })).rejects.toThrow(
			'The Call Date must be written YYYY-MM-DD, got "17.11.2024"',
		);
		expect(api.requests).toHaveLength(0);
	});

	test('Get Many: the filters in Hipcall\'s syntax, dates to the second as Hipcall writes them (no milliseconds)', async () => {
		const out = await run({
			resource: 'call',
			operation: 'getMany',
			returnAll: false,
			limit: 10,
			options: {
				direction: 'inbound',
				missedOnly: true,
				startedAfter: '2024-11-17T00:00:00Z',
				startedBefore: '2024-11-17T23:59:59.999Z',
				sort: 'started_at.desc',
				q: '0850',
				offset: 0,
			},
		});
		expect(only()).toMatchObject({
			method: 'GET',
			path: '/calls',
			query: {
				limit: '10',
				offset: '0',
				'direction[eq]': 'inbound',
				'missing_call[eq]': 'true',
				'started_at[gte]': '2024-11-17T00:00:00Z',
				'started_at[lte]': '2024-11-17T23:59:59Z',
				sort: 'started_at.desc',
				q: '0850',
			},
		});
		expect(only().query['started_at[gte]']).toMatch(DATE_TIME);
		expect(out.map((item) => item.json.uuid)).toEqual(['a1']);
	});

	test('Get Many: a date that is no date fails the item before any request', async () => {
		await expect(
			run({ resource: 'call', operation: 'getMany', returnAll: true, options: { startedAfter: 'yesterday' } }),
		).rejects.toThrow('Started After is not a date and time: "yesterday"');
		expect(api.requests).toHaveLength(0);
	});

	test('Add Comment and Get Comments', async () => {
		await run({ resource: 'call', operation: 'addComment', callId: 'c-1', content: 'Called back' });
		expect(only()).toMatchObject({ method: 'POST', path: '/calls/c-1/comments', body: { content: 'Called back' } });
		api.requests.length = 0;
		const out = await run({ resource: 'call', operation: 'getComments', callId: 'c-1', returnAll: true, options: {} });
		expect(only()).toMatchObject({ method: 'GET', path: '/calls/c-1/comments', query: { limit: '100', offset: '0' } });
		expect(out[0].json).toEqual({ id: 1, content: 'Called back' });
	});
});

describe('paging by meta.count', () => {
	const pages = () => api.requests.map((r) => [r.query.limit, r.query.offset]);

	test('Return All reads every record in pages of 100, and asks for no page past meta.count', async () => {
		const out = await run({ resource: 'user', operation: 'getMany', returnAll: true, options: {} });
		expect(out).toHaveLength(250);
		expect(out[249].json).toMatchObject({ id: 2950 });
		expect(pages()).toEqual([
			['100', '0'],
			['100', '100'],
			['100', '200'],
		]);
		api.requests.length = 0;
		api.account.users = api.account.users.slice(0, 200);
		expect(await run({ resource: 'user', operation: 'getMany', returnAll: true, options: {} })).toHaveLength(200);
		expect(pages()).toEqual([
			['100', '0'],
			['100', '100'],
		]);
	});

	test('Return All reads on past a page that comes back short, until meta.count', async () => {
		api.options.pageCap = 40;
		const out = await run({ resource: 'user', operation: 'getMany', returnAll: true, options: {} });
		expect(out.map((item) => item.json.id)).toEqual(api.account.users.map((user) => user.id));
		expect(api.requests.map((r) => r.query.offset)).toEqual(['0', '40', '80', '120', '160', '200', '240']);
	});

	test('a limit over one page asks only for what is missing, from the given offset', async () => {
		const out = await run({ resource: 'user', operation: 'getMany', returnAll: false, limit: 130, options: { offset: 10 } });
		expect(out).toHaveLength(130);
		expect(out[0].json).toMatchObject({ id: 2711 });
		expect(pages()).toEqual([
			['100', '10'],
			['30', '110'],
		]);
	});

	test('an answer without meta still pages until a short page; a bare array is read too', async () => {
		api.handle = ({ query }) => ({ body: { data: api.account.users.slice(Number(query.offset), Number(query.offset) + 60) } });
		expect(await run({ resource: 'user', operation: 'getMany', returnAll: true, options: {} })).toHaveLength(60);
		api.handle = () => ({ body: [{ id: 7 }] });
		const out = await run({ resource: 'task', operation: 'getMany', returnAll: true, options: {} });
		expect(out.map((item) => item.json)).toEqual([{ id: 7 }]);
	});
});

describe('User and Extension', () => {
	test('User Click-to-Call, with a number to call from sent as a number', async () => {
		const out = await run({
			resource: 'user',
			operation: 'clickToCall',
			userId: '2945',
			calleeNumber: '+905326202911',
			ringUserFirst: true,
			callOptions: { call_masking: true, call_masking_name: 'Support Team', number_id: '638' },
		});
		expect(only()).toMatchObject({
			method: 'POST',
			path: '/users/2945/call',
			body: { callee_number: '+905326202911', ring_user_first: true, call_masking: true, call_masking_name: 'Support Team', number_id: 638 },
		});
		expect(out[0].json).toEqual({ success: true, userId: '2945', callee_number: '+905326202911', id: 'call-1' });
	});

	test("User Click-to-Call without a number to call from uses the user's default: no number_id", async () => {
		await run({ resource: 'user', operation: 'clickToCall', userId: ' 2945 ', calleeNumber: '+905326202911', callOptions: {} });
		expect(only().body).toEqual({ callee_number: '+905326202911', ring_user_first: true });
	});

	test('Extension Click-to-Call sends number_id as a number, and Get', async () => {
		await run({ resource: 'extension', operation: 'clickToCall', extensionId: '2004', calleeNumber: '+905326202911', numberId: '638' });
		expect(only()).toMatchObject({
			method: 'POST',
			path: '/extensions/2004/call',
			body: { callee_number: '+905326202911', number_id: 638 },
		});
		expect(api.account.dialled).toEqual([{ extension_id: 2004, callee_number: '+905326202911', number_id: 638 }]);
		api.requests.length = 0;
		await run({ resource: 'extension', operation: 'get', extensionId: '2004' });
		expect(only()).toMatchObject({ method: 'GET', path: '/extensions/2004' });
	});

	test('Extension Click-to-Call without a number ID fails before any request: Hipcall requires number_id there', async () => {
		const attempt = run({ resource: 'extension', operation: 'clickToCall', extensionId: '2004', calleeNumber: '+905326202911', numberId: ' ' });
		await expect(attempt).rejects.toThrow('The Number ID to Call From is empty: Hipcall needs it for a call from an extension');
		await expect(
			run({ resource: 'extension', operation: 'clickToCall', extensionId: '2004', calleeNumber: '+905326202911', numberId: 'main line' }),
		).rejects.toThrow('Number ID to Call From must be a Hipcall ID (a whole number), got "main line"');
		expect(api.requests).toHaveLength(0);
	});
});

describe('Task', () => {
	test("Create sends the name and the additional fields in Hipcall's types", async () => {
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
		expect(only()).toMatchObject({ method: 'POST', path: '/tasks' });
		expect(only().body).toEqual({
			name: 'Call back',
			assign_to_user_id: 2884,
			company_ids: [66336, 66337],
			contact_ids: [49775],
			due_date: '2025-10-24T01:50:34Z',
			priority: 'high',
		});
		expect(out[0].json).toMatchObject({ success: true, id: 110183, name: 'Call back' });
	});

	test('Create refuses an ID that is not a number, naming the field, and sends nothing', async () => {
		await expect(
			run({ resource: 'task', operation: 'create', name: 'Call back', additionalFields: { contact_ids: '49775, crm-7' } }),
		).rejects.toThrow('Contact IDs must be a Hipcall ID (a whole number), got "crm-7"');
		expect(api.requests).toHaveLength(0);
	});

	test('Get', async () => {
		await run({ resource: 'task', operation: 'get', taskId: '110181' });
		expect(only()).toMatchObject({ method: 'GET', path: '/tasks/110181' });
	});
});

describe.each([
	['company', '/companies', 'companyId', 80679, 'COMPANY-77'],
	['contact', '/contacts', 'contactId', 49775, 'CUSTOMER-CAN-001'],
])('%s', (resource, collection, idName, id, externalId) => {
	test('Get by External ID finds the record', async () => {
		const out = await run({ resource, operation: 'getByExternalId', externalId, onNotFound: 'nothing' });
		expect(only()).toMatchObject({ method: 'GET', path: `${collection}/by-external-id/${externalId}` });
		expect(out[0].json).toMatchObject({ id, external_id: externalId });
	});

	test('Get by External ID encodes the ID into the path', async () => {
		await run({ resource, operation: 'getByExternalId', externalId: 'crm 1/2', onNotFound: 'nothing' });
		expect(only().path).toBe(`${collection}/by-external-id/crm%201%2F2`);
	});

	test('Get by External ID on 404: nothing, an empty item, or an error, as chosen', async () => {
		expect(await run({ resource, operation: 'getByExternalId', externalId: 'x', onNotFound: 'nothing' })).toEqual([]);
		const empty = await run({ resource, operation: 'getByExternalId', externalId: 'x', onNotFound: 'empty' });
		expect(empty[0].json).toEqual({ found: false, externalId: 'x' });
		await expect(run({ resource, operation: 'getByExternalId', externalId: 'x', onNotFound: 'error' })).rejects.toThrow('Not Found');
	});

	test('Get by External ID still fails on other errors', async () => {
		const { context } = fakeExecuteContext({
			parameters: { resource, operation: 'getByExternalId', externalId: externalId, onNotFound: 'nothing' },
			credentials: { hipcallApi: { apiToken: 'wrong', region: 'custom', baseUrl: api.baseUrl } },
			http: authenticatedFetch(new HipcallApi(), { apiToken: 'wrong' }),
		});
		const attempt = new Hipcall().execute.call(context);
		await expect(attempt).rejects.toThrow('Not authorized');
		await attempt.catch((error: NodeApiError) => expect(error.description).toMatch(/API token/));
	});

	test('Update sends only the filled fields, merged with Other Fields (JSON)', async () => {
		const field = resource === 'company' ? 'name' : 'first_name';
		await run({
			resource,
			operation: 'update',
			[idName]: String(id),
			updateFields: { [field]: 'Acme', custom_url: '', otherFields: `{"external_id": "crm-9", "${field}": "Acme Inc."}` },
		});
		expect(only()).toMatchObject({ method: 'PATCH', path: `${collection}/${id}` });
		expect(only().body).toEqual({ [field]: 'Acme Inc.', external_id: 'crm-9' });
	});

	test('Update refuses Other Fields that are not a JSON object, and phones or emails, and sends nothing', async () => {
		for (const otherFields of ['{"name": ', '[1, 2]']) {
			await expect(
				run({ resource, operation: 'update', [idName]: String(id), updateFields: { otherFields } }),
			).rejects.toThrow('Other Fields (JSON) must be a JSON object');
		}
		await expect(
			run({ resource, operation: 'update', [idName]: String(id), updateFields: { otherFields: '{"phones": [{"number": "+447700900123"}]}' } }),
		).rejects.toThrow('Hipcall does not change phones with Update');
		expect(api.requests).toHaveLength(0);
	});

	test('Add Tag, Remove Tag and Add Comment', async () => {
		await run({ resource, operation: 'addTag', [idName]: String(id), tagId: '5417' });
		expect(only()).toMatchObject({ method: 'POST', path: `${collection}/${id}/tags`, body: { tag_id: 5417 } });
		api.requests.length = 0;
		const removed = await run({ resource, operation: 'removeTag', [idName]: String(id), tagId: '5417' });
		expect(only()).toMatchObject({ method: 'DELETE', path: `${collection}/${id}/tags/5417` });
		expect(removed[0].json).toEqual({ success: true, [idName]: String(id), tagId: '5417' });
		api.requests.length = 0;
		await run({ resource, operation: 'addComment', [idName]: String(id), content: 'VIP customer' });
		expect(only()).toMatchObject({ method: 'POST', path: `${collection}/${id}/comments`, body: { content: 'VIP customer' } });
		api.requests.length = 0;
		await expect(run({ resource, operation: 'addTag', [idName]: String(id), tagId: 'vip' })).rejects.toThrow(
			'Tag ID must be a Hipcall ID (a whole number), got "vip"',
		);
		expect(api.requests).toHaveLength(0);
	});
});

describe('contact Update: IDs are numbers', () => {
	test('Company ID typed as text reaches Hipcall as a number', async () => {
		const out = await run({ resource: 'contact', operation: 'update', contactId: '49775', updateFields: { company_id: '80679' } });
		expect(only().body).toEqual({ company_id: 80679 });
		expect(api.account.contacts[0].company_id).toBe(80679);
		expect(out[0].json).toMatchObject({ id: 49775, company_id: 80679 });
	});

	test('in Other Fields too; null clears the company', async () => {
		await run({
			resource: 'contact',
			operation: 'update',
			contactId: '49775',
			updateFields: { otherFields: { company_id: '80679', assign_to_user_id: 2945 } },
		});
		expect(only().body).toEqual({ company_id: 80679, assign_to_user_id: 2945 });
		api.requests.length = 0;
		await run({ resource: 'contact', operation: 'update', contactId: '49775', updateFields: { otherFields: '{"company_id": null}' } });
		expect(only().body).toEqual({ company_id: null });
	});

	test('a Company ID that is not a number fails the item, naming the field', async () => {
		await expect(
			run({ resource: 'contact', operation: 'update', contactId: '49775', updateFields: { company_id: 'Acme Ltd.' } }),
		).rejects.toThrow('Company ID must be a Hipcall ID (a whole number), got "Acme Ltd."');
		expect(api.requests).toHaveLength(0);
	});
});

describe('errors and items', () => {
	test('Continue On Fail turns a failing item into an error item and goes on, pairing every item', async () => {
		const { context } = fakeExecuteContext({
			items: [{ n: 0 }, { n: 1 }, { n: 2 }],
			parameters: (i) => ({ resource: 'user', operation: 'get', userId: i === 1 ? 'bad' : String(2701 + i) }),
			continueOnFail: true,
			credentials: { hipcallApi: { apiToken: TOKEN, region: 'custom', baseUrl: api.baseUrl } },
			http: authenticatedFetch(new HipcallApi(), { apiToken: TOKEN }),
		});
		const [out] = await new Hipcall().execute.call(context);
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[1].json).toMatchObject({ httpCode: '404' });
		expect(out[1].json.error).toContain('Not Found');
		expect(out[1].json.description).toMatch(/found nothing with this ID/);
		expect(out[2].json).toMatchObject({ id: 2703 });
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
		await expect(sendCredentialTest(new HipcallApi(), { ...credentials, apiToken: 'wrong' })).rejects.toMatchObject({ httpCode: '401' });
	});
});
