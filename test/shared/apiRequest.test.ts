import { NodeApiError } from 'n8n-workflow';

import { apiRequest, vendorMessage } from '../../nodes/shared/action';
import { fakeExecuteContext, httpError } from '../helpers/executeContext';

const explain = (status: number | undefined) => (status === 401 ? 'Check the API token in the credential' : undefined);

describe('apiRequest', () => {
	it('sends the request with the credential and returns the JSON', async () => {
		const { context, requests } = fakeExecuteContext({ http: () => ({ ok: 1 }) });
		const result = await apiRequest(context, 'vendorApi', { method: 'GET', url: 'https://api.example.test/x' });
		expect(result).toEqual({ ok: 1 });
		expect(requests).toEqual([
			{ credentialType: 'vendorApi', options: { json: true, method: 'GET', url: 'https://api.example.test/x' } },
		]);
	});

	it("keeps the vendor's message and our advice when the vendor refuses", async () => {
		const { context } = fakeExecuteContext({ http: () => Promise.reject(httpError(401, { message: 'Token expired' })) });
		const error = (await apiRequest(context, 'vendorApi', { url: 'https://api.example.test/x' }, explain).catch((e) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Token expired');
		expect(error.description).toBe('Check the API token in the credential');
		expect(error.httpCode).toBe('401');
	});

	it('reads status and body through an error n8n already wrapped', async () => {
		const wrapped = Object.assign(new Error('wrapped'), { cause: httpError(401, { error: 'bad token' }) });
		const { context } = fakeExecuteContext({ http: () => Promise.reject(wrapped) });
		const error = (await apiRequest(context, 'vendorApi', { url: 'https://x.test' }, explain).catch((e) => e)) as NodeApiError;
		expect(error.message).toBe('bad token');
		expect(error.description).toBe('Check the API token in the credential');
	});

	it("replaces the generic message of a NodeApiError n8n 1.x's helpers throw with the vendor's", async () => {
		const node = { id: 'n', name: 'Vendor', type: 'vendor', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
		const thrown = new NodeApiError(node, httpError(402, { message: 'Usage limit reached' }) as never);
		expect(thrown.message).toMatch(/^Payment required/);
		const { context } = fakeExecuteContext({ http: () => Promise.reject(thrown) });
		const advice = () => 'Raise the usage limit';
		const error = (await apiRequest(context, 'vendorApi', { url: 'https://x.test' }, advice).catch((e) => e)) as NodeApiError;
		expect(error.message).toBe('Usage limit reached');
		expect(error.description).toBe('Raise the usage limit');
		expect(error.httpCode).toBe('402');
	});
});

describe('vendorMessage', () => {
	it('finds the text in the usual places', () => {
		expect(vendorMessage({ error_description: 'nope' })).toBe('nope');
		expect(vendorMessage({ errors: [{ field: 'a' }] })).toBe('[{"field":"a"}]');
		expect(vendorMessage('  plain ')).toBe('plain');
		expect(vendorMessage(42)).toBeUndefined();
	});
});
