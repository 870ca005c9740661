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
});

describe('vendorMessage', () => {
	it('finds the text in the usual places', () => {
		expect(vendorMessage({ error_description: 'nope' })).toBe('nope');
		expect(vendorMessage({ errors: [{ field: 'a' }] })).toBe('[{"field":"a"}]');
		expect(vendorMessage('  plain ')).toBe('plain');
		expect(vendorMessage(42)).toBeUndefined();
	});
});
