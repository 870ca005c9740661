// The Hipcall node's pickers, its version 2 and the operations a caller card needs, through the
// node's own code against the loopback fake of Hipcall's API (hipcallFake.ts).
import { NodeApiError, type IDataObject, type INodeProperties } from 'n8n-workflow';

import { HipcallApi } from '../../credentials/HipcallApi.credentials';
import { Hipcall } from '../../nodes/Hipcall/Hipcall.node';
import { authenticatedFetch } from '../helpers/authenticatedFetch';
import { fakeExecuteContext } from '../helpers/executeContext';
import { fakeLoadOptionsContext } from '../helpers/loadOptionsContext';
import { sampleAccount, startHipcallFake, type HipcallFake } from './hipcallFake';

const TOKEN = 'picker-token';
const node = new Hipcall();
let api: HipcallFake;

beforeAll(async () => {
	api = await startHipcallFake({ token: TOKEN });
});
afterAll(async () => {
	await api.stop();
});
beforeEach(() => {
	api.requests.length = 0;
	api.account = sampleAccount();
	api.options.pageCap = undefined;
});

const credentials = (token = TOKEN) => ({ hipcallApi: { apiToken: token, region: 'custom', baseUrl: api.baseUrl } });

async function search(method: string, filter?: string, paginationToken?: string, token = TOKEN) {
	const { context } = fakeLoadOptionsContext({ credentials: credentials(token), http: authenticatedFetch(new HipcallApi(), { apiToken: token }) });
	return await node.methods.listSearch[method].call(context, filter, paginationToken);
}

async function run(parameters: IDataObject, typeVersion = 2) {
	const { context } = fakeExecuteContext({
		parameters,
		typeVersion,
		credentials: credentials(),
		http: authenticatedFetch(new HipcallApi(), { apiToken: TOKEN }),
	});
	const [out] = await node.execute.call(context);
	return out.map((item) => item.json);
}

const picked = (value: string, mode = 'list') => ({ __rl: true, mode, value });

describe('the pickers list what Hipcall has', () => {
	test('users, a page of 100 at a time, each page asked from where the last one ended', async () => {
		const first = await search('searchUsers');
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'User 2701', value: '2701' });
		expect(first.paginationToken).toBe('100');
		const third = await search('searchUsers', undefined, '200');
		expect(third.results.map((r) => r.value)).toEqual(api.account.users.slice(200).map((u) => String(u.id)));
		expect(third.paginationToken).toBeUndefined();
		expect(api.requests.map((r) => [r.path, r.query.limit, r.query.offset])).toEqual([
			['/users', '100', '0'],
			['/users', '100', '200'],
		]);
	});

	test('a page Hipcall serves short still leads on, up to meta.count', async () => {
		api.options.pageCap = 40;
		const page = await search('searchUsers', '', '200');
		expect(page.results).toHaveLength(40);
		expect(page.paginationToken).toBe('240');
		const last = await search('searchUsers', '', '240');
		expect(last.results).toHaveLength(10);
		expect(last.paginationToken).toBeUndefined();
	});

	test('an answer without meta.count leads on while pages come back full', async () => {
		const contract = api.handle;
		const users = api.account.users.slice(0, 130);
		api.handle = ({ query }) => ({ body: users.slice(Number(query.offset), Number(query.offset) + Number(query.limit)) });
		try {
			const first = await search('searchUsers');
			expect([first.results.length, first.paginationToken]).toEqual([100, '100']);
			const last = await search('searchUsers', undefined, first.paginationToken);
			expect([last.results.length, last.paginationToken]).toEqual([30, undefined]);
		} finally {
			api.handle = contract;
		}
	});

	test("what is typed is Hipcall's own search (q): it finds by any field, a phone number too", async () => {
		const page = await search('searchUsers', ' User 2801 ');
		expect(api.requests[0].query).toEqual({ q: 'User 2801', limit: '100', offset: '0' });
		expect(page.results).toEqual([{ name: 'User 2801', value: '2801' }]);
		const byPhone = await search('searchContacts', '+905326202911');
		expect(byPhone.results).toEqual([{ name: 'Can Kaya (+905326202911)', value: '49775' }]);
		expect((await search('searchCompanies', 'nobody')).results).toEqual([]);
	});

	test('extensions, tasks, companies and tags read as a builder knows them', async () => {
		expect((await search('searchExtensions')).results).toEqual([
			{ name: 'Extension 1001 (user)', value: '2004' },
			{ name: 'Extension 1002 (user)', value: '2005' },
		]);
		expect((await search('searchTasks')).results).toEqual([{ name: 'Call the customer back', value: '110181' }]);
		expect((await search('searchCompanies')).results).toEqual([{ name: 'Acme Ltd. (+908508850000)', value: '80679' }]);
		expect((await search('searchTags', 'vip')).results).toEqual([{ name: 'VIP (communication)', value: '5417' }]);
	});

	test('rows with empty fields still show; a row without an ID, or no object, is left out', async () => {
		api.account.contacts = [
			{ id: 1, first_name: '', last_name: null, full_name: '  ', emails: [{ email: 'only@mail.example' }], phones: [] },
			{ id: 2, first_name: 'Ayse', last_name: '', phones: [{ number: '+905321112233' }], company: { name: '' } },
			{ id: 3 },
			{ first_name: 'No ID' },
			'not a record' as unknown as IDataObject,
			{ id: 4, full_name: 'Mehmet Demir', company: { id: 80679, name: 'Acme Ltd.' } },
		];
		api.account.users = [{ id: 9, name: null, email: 'agent@acme.example' }, { id: 10, name: '', email: '' }];
		expect((await search('searchContacts')).results).toEqual([
			{ name: 'only@mail.example', value: '1' },
			{ name: 'Ayse (+905321112233)', value: '2' },
			{ name: 'Contact 3', value: '3' },
			{ name: 'Mehmet Demir (Acme Ltd.)', value: '4' },
		]);
		expect((await search('searchUsers')).results).toEqual([
			{ name: 'agent@acme.example', value: '9' },
			{ name: 'User 10', value: '10' },
		]);
	});

	test("a refused token fails the search with Hipcall's message and our advice", async () => {
		const attempt = search('searchUsers', undefined, undefined, 'wrong');
		await expect(attempt).rejects.toThrow(NodeApiError);
		await attempt.catch((error: NodeApiError) => {
			expect(error.httpCode).toBe('401');
			expect(error.message).toContain('Not authorized');
			expect(error.description).toMatch(/API token/);
		});
	});
});

describe('version 2 has a picker where version 1 has a text ID', () => {
	const properties = node.description.properties;
	const named = (name: string) => properties.filter((p) => p.name === name);
	const version = (p: INodeProperties) => JSON.stringify(p.displayOptions?.show?.['@version']);

	test.each(['userId', 'extensionId', 'taskId', 'companyId', 'contactId', 'tagId'])('%s', (name) => {
		const forms = named(name);
		expect(forms.filter((p) => p.type === 'string').map(version)).toEqual(expect.arrayContaining(['[1]']));
		const pickers = forms.filter((p) => p.type === 'resourceLocator');
		expect(pickers.length).toBeGreaterThan(0);
		for (const picker of pickers) {
			expect(version(picker)).toBe('[{"_cnd":{"gte":2}}]');
			const list = picker.modes?.find((mode) => mode.name === 'list');
			expect(node.methods.listSearch).toHaveProperty(String(list?.typeOptions?.searchListMethod));
			expect(picker.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
		}
	});

	test('new nodes are version 2; saved version 1 workflows keep their version', () => {
		expect(node.description.version).toEqual([1, 2]);
		expect(node.description.defaultVersion).toBe(2);
	});

	test('"By ID" refuses what is no Hipcall ID in the editor', () => {
		const [picker] = named('userId').filter((p) => p.type === 'resourceLocator');
		const byId = picker.modes!.find((mode) => mode.name === 'id')!;
		const regex = new RegExp((byId.validation![0] as unknown as { properties: { regex: string } }).properties.regex);
		expect(regex.test(' 2945 ')).toBe(true);
		expect(regex.test('User 2945')).toBe(false);
	});
});

describe('operations with a picked record', () => {
	test('User Get: a picked user, simplified by default on version 2', async () => {
		api.account.users[244] = {
			resource_type: 'user',
			id: 2945,
			email: 'bill@acme.example',
			name: 'Bill',
			full_name: 'Bill Gates',
			title: '',
			owner: true,
			locale: 'en',
			status: 'active',
			default_number_id: 638,
			default_extension_id: 2004,
			'2fa': false,
			last_logged_in: null,
			created_at: '2022-06-29T10:20:40+0000',
			updated_at: '2022-06-30T10:22:03+0000',
		};
		const [user] = await run({ resource: 'user', operation: 'get', userId: picked('2945') });
		expect(api.requests[0].path).toBe('/users/2945');
		expect(user).toEqual({ id: 2945, name: 'Bill', email: 'bill@acme.example', status: 'active', default_extension_id: 2004, default_number_id: 638 });
		const [whole] = await run({ resource: 'user', operation: 'get', userId: picked(' 2945 ', 'id'), simplify: false });
		expect(Object.keys(whole)).toHaveLength(15);
	});

	test('version 1 reads its text ID and answers the whole record, as before', async () => {
		const [user] = await run({ resource: 'user', operation: 'get', userId: '2701' }, 1);
		expect(user).toEqual({ id: 2701, name: 'User 2701', resource_type: 'user' });
		const [again] = await run({ resource: 'user', operation: 'get', userId: '2701', simplify: true }, 1);
		expect(again).toHaveProperty('resource_type', 'user');
	});

	test('a version 2 node given a plain string ID (a hand-written workflow) reads it too', async () => {
		await run({ resource: 'task', operation: 'get', taskId: '110181' });
		expect(api.requests[0].path).toBe('/tasks/110181');
	});

	test('an empty picker fails the item before any request', async () => {
		await expect(run({ resource: 'extension', operation: 'get', extensionId: picked('') })).rejects.toThrow('Extension ID is empty');
		expect(api.requests).toHaveLength(0);
	});

	test('Contact Add Tag and Call Add Tag with a picked tag', async () => {
		await run({ resource: 'contact', operation: 'addTag', contactId: picked('49775'), tagId: picked('5417') });
		expect(api.requests[0]).toMatchObject({ method: 'POST', path: '/contacts/49775/tags', body: { tag_id: 5417 } });
		const [tagged] = await run({ resource: 'call', operation: 'addTag', callId: 'a1', tagId: picked('5617') });
		expect(api.requests[1]).toMatchObject({ method: 'POST', path: '/calls/a1/tags', body: { tag_id: 5617 } });
		expect(tagged).toMatchObject({ success: true, callId: 'a1', tagId: '5617' });
		expect(api.account.calls.find((c) => c.uuid === 'a1')?.tags).toEqual([5617]);
		await expect(run({ resource: 'call', operation: 'addTag', callId: 'a1', tagId: picked('1') })).rejects.toThrow('Not Found');
	});
});

describe('companies and contacts: get, get many, create', () => {
	test('Get and Get Many, simplified to the fields a card needs', async () => {
		const [company] = await run({ resource: 'company', operation: 'get', companyId: picked('80679') });
		expect(company).toEqual(sampleAccount().companies[0]);
		api.account.contacts[0] = { ...api.account.contacts[0], sector: null, life_cycle: null, source: null, custom_fields: {}, user: null, linkedin_url: '' };
		const contacts = await run({ resource: 'contact', operation: 'getMany', returnAll: true, options: { q: 'Kaya' } });
		expect(api.requests[1].query).toMatchObject({ q: 'Kaya', limit: '100', offset: '0' });
		expect(contacts).toEqual([
			{
				id: 49775,
				full_name: 'Can Kaya',
				first_name: 'Can',
				last_name: 'Kaya',
				external_id: 'CUSTOMER-CAN-001',
				phones: [{ id: 309013, number: '+905326202911', order: 1, country: 'TR' }],
				emails: [{ order: 1, email: 'can@acme.example' }],
				user: null,
			},
		]);
	});

	test('Create a contact: first name, a typed phone number written as E.164, an email, a company ID as a number', async () => {
		const [created] = await run({
			resource: 'contact',
			operation: 'create',
			first_name: 'Ayse',
			additionalFields: { last_name: 'Yilmaz', company_id: '80679', phone: '0090 532 111 22 33', email: 'ayse@acme.example', job_title: '' },
		});
		expect(api.requests[0]).toMatchObject({ method: 'POST', path: '/contacts' });
		expect(api.requests[0].body).toEqual({
			first_name: 'Ayse',
			last_name: 'Yilmaz',
			company_id: 80679,
			phones: [{ number: '+905321112233' }],
			emails: ['ayse@acme.example'],
		});
		expect(created).toMatchObject({ success: true, first_name: 'Ayse', company_id: 80679 });
	});

	test("Create a company: Hipcall's refusal of a taken external ID reaches the builder", async () => {
		await run({ resource: 'company', operation: 'create', name: 'Beta Ltd.', additionalFields: { external_id: 'COMPANY-88' } });
		const attempt = run({ resource: 'company', operation: 'create', name: 'Acme again', additionalFields: { external_id: 'COMPANY-77' } });
		await expect(attempt).rejects.toThrow('has already been taken');
		await expect(run({ resource: 'company', operation: 'create', name: ' ', additionalFields: {} })).rejects.toThrow('Name is empty');
	});
});

describe('Contact or Company Lookup', () => {
	test('Find by Phone Number: a number typed nationally, written as Hipcall stores it; each match an item', async () => {
		api.account.companies[0].phones.push({ id: 1, number: '+905326202911' });
		const found = await run({
			resource: 'lookup',
			operation: 'byPhone',
			phone: '0532 620 29 11',
			lookupOptions: { defaultCountryCode: '90' },
			onNotFound: 'empty',
		});
		expect(api.requests[0]).toMatchObject({ method: 'GET', path: '/lookup/by_phone', query: { number: '+905326202911' } });
		expect(found.map((r) => [r.resource_type, r.id])).toEqual([
			['contact', 49775],
			['company', 80679],
		]);
		expect(Object.keys(found[0])).toEqual(['resource_type', 'id', 'full_name', 'first_name', 'last_name', 'external_id', 'phones', 'emails']);
	});

	test("the Hipcall Trigger's number without + is found too", async () => {
		const found = await run({ resource: 'lookup', operation: 'byPhone', phone: '905326202911', onNotFound: 'empty', simplify: false });
		expect(found).toEqual([{ resource_type: 'contact', ...sampleAccount().contacts[0] }]);
	});

	test('nobody has the number: an empty item, nothing, or an error, as chosen', async () => {
		const base = { resource: 'lookup', operation: 'byPhone', phone: '+441632960000' };
		expect(await run({ ...base, onNotFound: 'empty' })).toEqual([{ found: false, number: '+441632960000' }]);
		expect(await run({ ...base, onNotFound: 'nothing' })).toEqual([]);
		await expect(run({ ...base, onNotFound: 'error' })).rejects.toThrow('No contact or company in Hipcall has +441632960000');
	});

	test('what is no phone number fails before any request, saying how to write one', async () => {
		const attempt = run({ resource: 'lookup', operation: 'byPhone', phone: 'call me', onNotFound: 'empty' });
		await expect(attempt).rejects.toThrow('"call me" is not a phone number Hipcall can look up');
		await expect(run({ resource: 'lookup', operation: 'byPhone', phone: '0532 620 29 11', onNotFound: 'empty' })).rejects.toThrow(
			'is not a phone number',
		);
		expect(api.requests).toHaveLength(0);
	});

	test('Find by Email, whatever its case', async () => {
		const found = await run({ resource: 'lookup', operation: 'byEmail', email: ' INFO@acme.example ', onNotFound: 'empty' });
		expect(api.requests[0].query).toEqual({ email: 'INFO@acme.example' });
		expect(found.map((r) => [r.resource_type, r.name])).toEqual([['company', 'Acme Ltd.']]);
	});
});
