import { NodeApiError, type IDataObject } from 'n8n-workflow';

import { apiClient, explainStatus, segment, type VendorApi } from '../../nodes/shared/action';
import { fakeExecuteContext, httpError, type FakeHttp } from '../helpers/executeContext';

const explain = explainStatus({ 401: 'Check the key', 409: 'Taken' }, 'Vendor is down');

const vendor: VendorApi = {
	credential: 'vendorApi',
	baseUrl: (credentials) => String(credentials.url),
	explain,
	pageSize: 2,
};

function context(http: FakeHttp, url = 'https://api.example.test/v1//') {
	return fakeExecuteContext({ credentials: { vendorApi: { url } }, http });
}

describe('request', () => {
	test('the base URL comes from the credential, without trailing slashes; empty qs and no body send neither', async () => {
		const { context: ctx, requests } = context(() => ({ ok: true }));
		expect(await apiClient(vendor).request(ctx, 'GET', '/things', { qs: {} })).toEqual({ ok: true });
		expect(requests).toEqual([
			{ credentialType: 'vendorApi', options: { json: true, method: 'GET', url: 'https://api.example.test/v1/things' } },
		]);
	});

	test("the vendor's headers, query and body go with every request", async () => {
		const { context: ctx, requests } = context(() => ({}));
		const client = apiClient({ ...vendor, headers: { Accept: 'application/json' } });
		await client.request(ctx, 'POST', '/things', { qs: { a: 1 }, body: { b: 2 } });
		expect(requests[0].options).toEqual({
			json: true,
			method: 'POST',
			url: 'https://api.example.test/v1/things',
			headers: { Accept: 'application/json' },
			qs: { a: 1 },
			body: { b: 2 },
		});
	});

	test("a refusal keeps the vendor's message and adds the vendor's advice", async () => {
		const { context: ctx } = context(() => {
			throw httpError(409, { message: 'Name taken' });
		});
		const error = (await apiClient(vendor).request(ctx, 'POST', '/things').catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error).toMatchObject({ message: 'Name taken', httpCode: '409', description: 'Taken' });
	});
});

describe('list', () => {
	const records = Array.from({ length: 5 }, (_, n) => ({ n }));
	const serve: FakeHttp = ({ options }) => {
		const { offset, limit } = options.qs as { offset: number; limit: number };
		return { data: records.slice(offset, offset + limit) };
	};

	test('pages with limit/offset next to the filters, records under the vendor wrapper by default', async () => {
		const { context: ctx, requests } = context(serve);
		const out = await apiClient({ ...vendor, wrapper: 'data' }).list(ctx, '/things', { qs: { q: 'x' }, limit: undefined });
		expect(out).toEqual(records);
		expect(requests.map((r) => r.options.qs)).toEqual([
			{ q: 'x', limit: 2, offset: 0 },
			{ q: 'x', limit: 2, offset: 2 },
			{ q: 'x', limit: 2, offset: 4 },
		]);
	});

	test('a numeric offset among the filters is where reading starts; a limit stops early', async () => {
		const { context: ctx, requests } = context(serve);
		const out = await apiClient(vendor).list(ctx, '/things', { qs: { offset: 1 }, limit: 3, keys: ['data'] });
		expect(out).toEqual(records.slice(1, 4));
		expect(requests.map((r) => r.options.qs)).toEqual([
			{ offset: 1, limit: 2 },
			{ offset: 3, limit: 1 },
		]);
	});

	test('an answer without a list reads as no records', async () => {
		const { context: ctx } = context(() => ({ message: 'nothing here' }));
		expect(await apiClient(vendor).list(ctx, '/things', { limit: undefined, keys: ['items'] })).toEqual([]);
	});
});

test('record and written shape answers with the vendor wrapper', () => {
	const client = apiClient({ ...vendor, wrapper: 'data' });
	const answer: IDataObject = { data: { id: 7 } };
	expect(client.record(answer)).toEqual({ id: 7 });
	expect(client.written(answer, { tagId: '1' })).toEqual({ success: true, tagId: '1', id: 7 });
	expect(apiClient(vendor).record(answer)).toEqual(answer);
});

test('explainStatus: the table, else the server advice for any 5xx, else nothing', () => {
	expect(explain(401, undefined)).toBe('Check the key');
	expect([500, 503].map((status) => explain(status, undefined))).toEqual(['Vendor is down', 'Vendor is down']);
	expect(explain(404, undefined)).toBeUndefined();
	expect(explain(undefined, undefined)).toBeUndefined();
});

test('segment trims and encodes one path segment', () => {
	expect(segment(' a b/c ')).toBe('a%20b%2Fc');
	expect(segment(42)).toBe('42');
	expect(segment(undefined)).toBe('');
});
