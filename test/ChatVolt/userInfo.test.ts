import type { IDataObject } from 'n8n-workflow';

import { ChatVoltUserInfoResponse } from '../../nodes/ChatVolt/ChatVoltUserInfoResponse.node';
import { ChatVoltUserInfoTrigger } from '../../nodes/ChatVolt/ChatVoltUserInfoTrigger.node';
import { errorOf, fakeExecuteContext } from '../helpers/executeContext';
import { fakeWebhookContext, type FakeRequestInit } from '../helpers/webhookContext';
import { fixture, fixtureText } from './fixtures';

const trigger = new ChatVoltUserInfoTrigger();
const responder = new ChatVoltUserInfoResponse();
const credentials = { chatVoltWebhookApi: { headerName: 'X-Api-Key', secret: 'user-info-secret' } };

async function ask(request: FakeRequestInit, authentication = 'none') {
	const fake = fakeWebhookContext(request, { parameters: { authentication }, credentials });
	const result = await trigger.webhook.call(fake.context);
	return { result, item: result.workflowData?.[0][0].json, response: fake.response };
}

describe('ChatVolt User Info Trigger', () => {
	test('a POST exposes body, query and headers and derives the identifiers', async () => {
		const { result, item, response } = await ask({
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			query: { agentId: 'a1' },
			body: fixtureText('user-info-request'),
		});
		expect(response.ended).toBe(false);
		expect(result.webhookResponse).toBeUndefined();
		expect(item).toEqual({
			method: 'POST',
			query: { agentId: 'a1' },
			body: fixture('user-info-request'),
			headers: { 'content-type': 'application/json' },
			eventId: expect.stringMatching(/^userInfoRequest:[0-9a-f]{32}$/),
			phone: '5511988887777',
			email: 'maria.silva@example.com',
			conversationId: 'clx9k2m7p0001qz8h4v3r5t6y',
			contactId: 'clct0001maria',
		});
	});

	test('the event id is what was asked: other headers keep it, another question changes it', async () => {
		const send = async (headers: Record<string, string>, query: IDataObject) =>
			(await ask({ method: 'POST', headers, query, body: fixtureText('user-info-request') })).item?.eventId;
		const first = await send({ 'Content-Type': 'application/json' }, { agentId: 'a1' });
		expect(await send({ 'Content-Type': 'application/json', traceparent: '00-abc-01', host: 'other:5679' }, { agentId: 'a1' })).toBe(first);
		expect(await send({ 'Content-Type': 'application/json' }, { agentId: 'a2' })).not.toBe(first);
	});

	test('a GET with query parameters only (no body) works too', async () => {
		const { item } = await ask({
			method: 'GET',
			query: { phone: '+47 400 00 000', email: 'ola@example.no', conversation_id: 'c-9' },
		});
		expect(item).toMatchObject({
			method: 'GET',
			body: {},
			phone: '+47 400 00 000',
			email: 'ola@example.no',
			conversationId: 'c-9',
		});
		expect(item).not.toHaveProperty('contactId');
	});

	test('a URL-encoded form POST is read as the body; the header is still checked first', async () => {
		const form = { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' };
		const { item } = await ask({ method: 'POST', headers: form, body: 'userEmail=maria%40example.com&phone=%2B5511988887777' });
		expect(item).toMatchObject({
			body: { userEmail: 'maria@example.com', phone: '+5511988887777' },
			email: 'maria@example.com',
			phone: '+5511988887777',
		});
		const refused = await ask({ method: 'POST', headers: form, body: 'phone=1' }, 'headerSecret');
		expect(refused.result).toEqual({ noWebhookResponse: true });
		expect(refused.response.statusCode).toBe(401);
	});

	test('nested contact objects are read; the body wins over the query', async () => {
		const { item } = await ask({
			method: 'POST',
			query: { email: 'from-query@example.com' },
			body: { contact: { id: 'ct-1', phoneNumber: '5511', email: 'nested@example.com' } },
		});
		expect(item).toMatchObject({ contactId: 'ct-1', phone: '5511', email: 'nested@example.com' });
	});

	test('header check: missing 401, wrong 403, right passes and is hidden in the item', async () => {
		const missing = await ask({ method: 'GET', query: { phone: '1' } }, 'headerSecret');
		expect(missing.result).toEqual({ noWebhookResponse: true });
		expect(missing.response.statusCode).toBe(401);
		const wrong = await ask({ method: 'GET', headers: { 'X-Api-Key': 'nope' } }, 'headerSecret');
		expect(wrong.response.statusCode).toBe(403);
		const right = await ask({ method: 'GET', headers: { 'X-Api-Key': 'user-info-secret' } }, 'headerSecret');
		expect(right.item?.headers).toEqual({ 'x-api-key': '[hidden]' });
	});

	test('a malformed POST body is 400 and starts nothing', async () => {
		const { result, response } = await ask({ method: 'POST', body: '{"phone": "55",' });
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response).toMatchObject({ statusCode: 400, body: { error: expect.stringMatching(/not valid JSON/) } });
	});

	test('waits for the responder on GET and POST', () => {
		expect(trigger.description.webhooks).toEqual([
			expect.objectContaining({ httpMethod: 'GET', responseMode: 'responseNode', path: 'user-info' }),
			expect.objectContaining({ httpMethod: 'POST', responseMode: 'responseNode', path: 'user-info' }),
		]);
	});
});

async function respond(parameters: IDataObject, items: IDataObject[] = [{ name: 'Maria' }]) {
	const fake = fakeExecuteContext({
		items,
		parameters: { respondWith: 'userDetails', detailsSource: 'fields', shape: 'flat', key: '', emptyIsNotFound: true, notFoundAnswer: 'emptyObject', ...parameters },
	});
	const output = await responder.execute.call(fake.context);
	expect(fake.responses).toHaveLength(1);
	return { output, response: fake.responses[0] };
}

/** Runs the responder where it must fail: the error it threw (undefined if it did not), and what ChatVolt had been answered by then. */
async function respondFailing(parameters: IDataObject) {
	const fake = fakeExecuteContext({ parameters: { respondWith: 'userDetails', ...parameters } });
	const error = await errorOf(responder.execute.call(fake.context));
	return { error, responses: fake.responses };
}

const fields = { field: [{ label: 'Name', value: 'Maria Silva' }, { label: 'Plan', value: 'Pro' }, { label: ' ', value: 'ignored' }] };

describe('ChatVolt User Info Response', () => {
	test('fields become a flat JSON object, answered 200 once; input items pass through paired', async () => {
		const { output, response } = await respond({ fields }, [{ a: 1 }, { a: 2 }]);
		expect(response).toEqual({
			statusCode: 200,
			body: { Name: 'Maria Silva', Plan: 'Pro' },
			headers: { 'content-type': 'application/json; charset=utf-8' },
		});
		expect(output).toEqual([[{ json: { a: 1 }, pairedItem: { item: 0 } }, { json: { a: 2 }, pairedItem: { item: 1 } }]]);
	});

	test('the shape is configurable: inside a key, or a label/value list', async () => {
		expect((await respond({ fields, shape: 'wrapped' })).response.body).toEqual({ user: { Name: 'Maria Silva', Plan: 'Pro' } });
		expect((await respond({ fields, shape: 'wrapped', key: 'customer' })).response.body).toEqual({
			customer: { Name: 'Maria Silva', Plan: 'Pro' },
		});
		expect((await respond({ fields, shape: 'list' })).response.body).toEqual({
			fields: [
				{ label: 'Name', value: 'Maria Silva' },
				{ label: 'Plan', value: 'Pro' },
			],
		});
	});

	test('JSON details, as text or as an object', async () => {
		const asText = await respond({ detailsSource: 'json', json: '{"name":"Maria","orders":3}' });
		expect(asText.response.body).toEqual({ name: 'Maria', orders: 3 });
		const asObject = await respond({ detailsSource: 'json', json: { vip: true }, shape: 'wrapped' });
		expect(asObject.response.body).toEqual({ user: { vip: true } });
	});

	test('bad JSON or a JSON array: ChatVolt gets the not-found answer at once, never a 500, and the node fails with a clear message', async () => {
		for (const [json, message] of [
			['{"name":', 'The JSON is not valid'],
			['[1,2]', 'The JSON must be an object of user details'],
		]) {
			const { error, responses } = await respondFailing({ detailsSource: 'json', json });
			expect(responses).toEqual([{ statusCode: 200, body: {}, headers: { 'content-type': 'application/json; charset=utf-8' } }]);
			expect(error?.message).toBe(message);
			expect(error?.description).toBe('It was not sent. ChatVolt got the not-found answer (200 {}), as for a user there is nothing about.');
			const chosen = await respondFailing({ detailsSource: 'json', json, notFoundAnswer: 'status404' });
			expect(chosen.responses).toMatchObject([{ statusCode: 404, body: { error: 'User not found' } }]);
			expect(chosen.error?.message).toBe(message);
		}
	});

	test('with Continue On Fail the not-found answer is sent and one item says why', async () => {
		const fake = fakeExecuteContext({
			items: [{ a: 1 }, { a: 2 }],
			parameters: { respondWith: 'userDetails', detailsSource: 'json', json: '[1,2]', notFoundAnswer: 'foundFalse' },
			continueOnFail: true,
		});
		const output = await responder.execute.call(fake.context);
		expect(fake.responses).toMatchObject([{ statusCode: 200, body: { found: false } }]);
		expect(output).toEqual([[{ json: { error: 'The JSON must be an object of user details' }, pairedItem: { item: 0 } }]]);
	});

	test('a parameter whose expression fails (a node it reads did not run) is answered not found, then fails', async () => {
		const fake = fakeExecuteContext({
			parameters: () => ({
				respondWith: 'userDetails',
				detailsSource: 'fields',
				notFoundAnswer: 'status404',
				get fields(): never {
					throw new Error('Referenced node is unexecuted');
				},
			}),
		});
		await expect(responder.execute.call(fake.context)).rejects.toThrow('Referenced node is unexecuted');
		expect(fake.responses).toMatchObject([{ statusCode: 404, body: { error: 'User not found' } }]);
	});

	test('a not-found answer that is none of the three (from an expression) is never sent: 200 {} instead, and the node says why', async () => {
		for (const notFoundAnswer of ['status500', 'toString']) {
			const { error, responses } = await respondFailing({ respondWith: 'notFound', notFoundAnswer });
			expect(responses).toMatchObject([{ statusCode: 200, body: {} }]);
			expect(error?.message).toBe(`"Not Found Answer" must be one of emptyObject, foundFalse, status404, not "${notFoundAnswer}"`);
		}
		// Details found are answered whatever that option holds.
		expect((await respond({ fields, notFoundAnswer: 'status500' })).response.statusCode).toBe(200);
	});

	test('"Not Found" answers as chosen', async () => {
		expect((await respond({ respondWith: 'notFound' })).response).toMatchObject({ statusCode: 200, body: {} });
		expect((await respond({ respondWith: 'notFound', notFoundAnswer: 'foundFalse' })).response).toMatchObject({
			statusCode: 200,
			body: { found: false },
		});
		expect((await respond({ respondWith: 'notFound', notFoundAnswer: 'status404' })).response).toMatchObject({
			statusCode: 404,
			body: { error: 'User not found' },
		});
	});

	test('empty details answer "not found" unless that option is off', async () => {
		const empty = { field: [{ label: 'Name', value: '' }, { label: 'Plan', value: '  ' }] };
		expect((await respond({ fields: empty, notFoundAnswer: 'status404' })).response.statusCode).toBe(404);
		const kept = await respond({ fields: empty, emptyIsNotFound: false });
		expect(kept.response).toMatchObject({ statusCode: 200, body: { Name: '', Plan: '  ' } });
	});

	test('is not an AI tool', () => {
		expect(responder.description.usableAsTool).toBeUndefined();
	});
});

describe('ChatVolt webhook header credential test', () => {
	const run = async (data: Record<string, string>) =>
		await trigger.methods.credentialTest.chatVoltWebhookApiTest.call({} as never, {
			id: '1',
			name: 'c',
			type: 'chatVoltWebhookApi',
			data,
		});

	test('accepts a valid header and a long value, refuses the rest', async () => {
		expect(await run({ headerName: 'Authorization', secret: 'Bearer 0123456789' })).toMatchObject({ status: 'OK' });
		expect(await run({ headerName: 'Bad Header', secret: 'long-enough-value' })).toMatchObject({ status: 'Error' });
		expect(await run({ headerName: 'X-Token', secret: 'short' })).toMatchObject({
			status: 'Error',
			message: expect.stringMatching(/shorter than 8/),
		});
	});
});
