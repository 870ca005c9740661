import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { BambuserTrigger } from '../../nodes/Bambuser/BambuserTrigger.node';
import { acknowledgeProperty, acknowledgedWebhook } from '../../nodes/shared/webhook';
import { fakeWebhookContext, type FakeRequestInit } from '../helpers/webhookContext';
import { HEADER, SECRET, credentials, fixture, fixtureText } from './fixtures';

const trigger = new BambuserTrigger();

async function deliver(
	request: FakeRequestInit,
	parameters: IDataObject = {},
): Promise<{ result: IWebhookResponseData; response: ReturnType<typeof fakeWebhookContext>['response'] }> {
	const { context, response } = fakeWebhookContext(
		{ headers: { [HEADER]: SECRET, 'content-type': 'application/json' }, ...request },
		{
			parameters: { authentication: 'headerSecret', collections: ['*'], actions: ['*'], output: 'delivery', ...parameters },
			credentials,
		},
	);
	const result = await trigger.webhook.call(context);
	return { result, response };
}

function items(result: IWebhookResponseData): IDataObject[] {
	return (result.workflowData?.[0] ?? []).map((item) => item.json);
}

describe('Bambuser Trigger: authentication', () => {
	test('the seed call summary with the right header starts one execution and gets {"received":true}', async () => {
		const { result, response } = await deliver({ body: fixture('call-summary') });
		expect(response.ended).toBe(false);
		expect(result.webhookResponse).toEqual({ received: true });
		expect(items(result)).toHaveLength(1);
		expect(items(result)[0].eventId).toBe('webhook-transaction-id');
	});

	test('a missing header is answered 401 and starts nothing', async () => {
		const { result, response } = await deliver({ headers: {}, body: fixture('call-summary') });
		expect(result.workflowData).toBeUndefined();
		expect(response.statusCode).toBe(401);
		expect(response.body).toEqual({ error: `Missing header "${HEADER}"` });
	});

	test('a wrong header value is answered 403 and starts nothing', async () => {
		const { result, response } = await deliver({ headers: { [HEADER]: SECRET + 'x' }, body: fixture('call-summary') });
		expect(result.workflowData).toBeUndefined();
		expect(response.statusCode).toBe(403);
	});

	test('the header name is matched whatever its case', async () => {
		const { result } = await deliver({ headers: { [HEADER.toUpperCase()]: SECRET }, body: fixture('call-summary') });
		expect(items(result)).toHaveLength(1);
	});

	test('with Authentication "None" a delivery without header is accepted', async () => {
		const { result } = await deliver({ headers: {}, body: fixture('call-summary') }, { authentication: 'none' });
		expect(items(result)).toHaveLength(1);
	});

	test('an empty secret in the credential refuses every delivery (500), never accepts it', async () => {
		const { context, response } = fakeWebhookContext(
			{ headers: { [HEADER]: '' }, body: fixture('call-summary') },
			{
				parameters: { authentication: 'headerSecret', collections: ['*'], actions: ['*'], output: 'delivery' },
				credentials: { bambuserWebhookApi: { headerName: HEADER, secret: '' } },
			},
		);
		const result = await trigger.webhook.call(context);
		expect(result.workflowData).toBeUndefined();
		expect(response.statusCode).toBe(500);
	});
});

describe('Bambuser Trigger: bad bodies', () => {
	test('the seed as written (a JavaScript literal, not JSON) is answered 400 naming the problem', async () => {
		const { result, response } = await deliver({ body: fixtureText('malformed-call-summary.txt') });
		expect(result.workflowData).toBeUndefined();
		expect(response.statusCode).toBe(400);
		expect((response.body as IDataObject).error).toMatch(/not valid JSON/);
	});

	test('a JSON string or number is answered 400 with the expected shape', async () => {
		const { response } = await deliver({ body: '"call-summary"' });
		expect(response).toMatchObject({ statusCode: 400, body: { error: 'Expected a JSON object or an array of objects, got a string' } });
	});

	test('an empty body (a possible connection test) gets 200 "ignored" and starts nothing, but only with the right header', async () => {
		for (const body of ['', '{}']) {
			const { result, response } = await deliver({ body });
			expect(response.ended).toBe(false);
			expect(result.workflowData).toBeUndefined();
			expect(result.webhookResponse).toEqual({ received: true, ignored: 'the delivery is empty (a connection test?)' });
		}
		const { response } = await deliver({ headers: {}, body: '' });
		expect(response.statusCode).toBe(401);
	});

	test('an array whose elements are not objects is answered 400', async () => {
		const { result, response } = await deliver({ body: [1, 'two'] });
		expect(result.workflowData).toBeUndefined();
		expect(response.statusCode).toBe(400);
	});

	test('one bad element of an array never drops the good ones', async () => {
		const { result } = await deliver({ body: [fixture('call-summary'), 42, null, fixture('call-summary-no-chat')] });
		expect(items(result).map((i) => i.eventId)).toEqual(['webhook-transaction-id', 'evt-no-chat-91b2']);
	});
});

describe('Bambuser Trigger: filters', () => {
	test('by default only call summaries start the workflow; other collections get 200 "ignored"', async () => {
		const defaults = trigger.description.properties;
		const collections = defaults.find((p) => p.name === 'collections')?.default;
		const actions = defaults.find((p) => p.name === 'actions')?.default;
		const summary = await deliver({ body: fixture('call-summary') }, { collections, actions });
		expect(items(summary.result)).toHaveLength(1);
		const ended = await deliver({ body: fixture('call-ended') }, { collections, actions });
		expect(ended.result.workflowData).toBeUndefined();
		expect(ended.result.webhookResponse).toEqual({
			received: true,
			ignored: "1 event(s) not selected in this trigger's filters: call-ended",
		});
	});

	test('"All Collections" lets undocumented collections through untouched', async () => {
		const body = fixture('appointment-confirmation');
		const { result } = await deliver({ body });
		expect(items(result)[0]).toMatchObject(body);
		expect(items(result)[0].payload).toEqual(body.payload);
	});

	test('"Any Other Collection" takes unknown collections and leaves listed ones out', async () => {
		const unknown = { collection: 'brand-new-thing', action: 'created', eventId: 'e-1', payload: { x: 1 } };
		expect(items((await deliver({ body: unknown }, { collections: ['__other__'] })).result)).toHaveLength(1);
		const listed = await deliver({ body: fixture('call-ended') }, { collections: ['__other__'] });
		expect(listed.result.workflowData).toBeUndefined();
	});

	test('"Customer Waiting (Any)" matches every customer-waiting-* collection', async () => {
		const body = { collection: 'customer-waiting-queued', action: 'created', eventId: 'e-2', payload: {} };
		expect(items((await deliver({ body }, { collections: ['customer-waiting-*'] })).result)).toHaveLength(1);
		expect((await deliver({ body }, { collections: ['call-missed'] })).result.workflowData).toBeUndefined();
	});

	test('the action filter applies on top of the collection filter', async () => {
		const body = fixture('appointment-confirmation');
		expect((await deliver({ body }, { actions: ['send'] })).result.workflowData).toBeUndefined();
		expect(items((await deliver({ body }, { actions: ['confirmation'] })).result)).toHaveLength(1);
		expect(items((await deliver({ body }, { actions: ['__other__'] })).result)).toHaveLength(0);
		const otherAction = { ...body, action: 'no-show' };
		expect(items((await deliver({ body: otherAction }, { actions: ['__other__'] })).result)).toHaveLength(1);
	});
});

describe('Bambuser Trigger: output', () => {
	test('one item per delivery: the envelope untouched plus derived fields that never overwrite it', async () => {
		const body = fixture('call-summary');
		const [item] = items((await deliver({ body })).result);
		expect(item).toMatchObject(body);
		expect(item).toEqual({
			...body,
			clientName: 'Jon Doe',
			clientEmail: 'jon.doe@bambuser.com',
			agentName: 'Agent Name',
			productCount: 2,
			chatMessageCount: 2,
		});
	});

	test('unknown fields pass through untouched', async () => {
		const body = fixture('call-summary-unknown-fields');
		const [item] = items((await deliver({ body })).result);
		expect(item.schemaVersion).toBe(2);
		expect(item.payload).toEqual(body.payload);
	});

	test('a delivery without eventId gets a stable content key, the same on a retry', async () => {
		const body = fixture('call-summary');
		delete body.eventId;
		const [first] = items((await deliver({ body })).result);
		const [retry] = items((await deliver({ body })).result);
		expect(first.eventId).toMatch(/^call-summary:[0-9a-f]{32}$/);
		expect(retry.eventId).toBe(first.eventId);
		const other = { ...body, payload: { ...(body.payload as IDataObject), note: 'changed' } };
		expect(items((await deliver({ body: other })).result)[0].eventId).not.toBe(first.eventId);
	});

	test('one item per product: the product untouched, the call and client attached', async () => {
		const body = fixture('call-summary');
		const payload = body.payload as IDataObject;
		const out = items((await deliver({ body }, { output: 'products' })).result);
		expect(out).toHaveLength(2);
		expect(out.map((i) => i.product)).toEqual(payload.products);
		expect(out[1]).toMatchObject({
			eventId: 'webhook-transaction-id',
			itemKey: 'webhook-transaction-id:product:1',
			collection: 'call-summary',
			action: 'send',
			productIndex: 1,
			productCount: 2,
			client: payload.client,
			agent: payload.agent,
			clientName: 'Jon Doe',
			clientEmail: 'jon.doe@bambuser.com',
			agentName: 'Agent Name',
			callDate: '2021-02-02T10:10:01Z',
			note: payload.note,
		});
		expect(new Set(out.map((i) => i.itemKey)).size).toBe(2);
	});

	test('one item per product on a call without products: 200 "ignored", no execution', async () => {
		const { result } = await deliver({ body: fixture('call-summary-no-products') }, { output: 'products' });
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual({ received: true, ignored: 'the delivery has no products' });
	});

	test('one item per chat message, with who wrote it', async () => {
		const body = fixture('call-summary-unknown-fields');
		const out = items((await deliver({ body }, { output: 'chat' })).result);
		expect(out.map((i) => [i.from, i.senderName, i.sentAt])).toEqual([
			['agent', 'Agent Name', '2021-02-02T10:04:01Z'],
			['client', 'Jon Doe', '2021-02-02T10:04:15Z'],
			['system', undefined, '2021-02-02T10:05:00Z'],
		]);
		expect(out[0].text).toBe('Here is the discount code that you can use when checking out - CURIOUS20');
		expect(out.map((i) => i.chatMessage)).toEqual((body.payload as IDataObject).chat);
		expect(out[2].itemKey).toBe('evt-unknown-fields-2a9c:chat:2');
	});

	test('one item per chat message on a call without chat: 200 "ignored"', async () => {
		const { result } = await deliver({ body: fixture('call-summary-no-chat') }, { output: 'chat' });
		expect(result.webhookResponse).toEqual({ received: true, ignored: 'the delivery has no chat messages' });
	});
});

describe('Bambuser Trigger: description', () => {
	test('follows the trigger conventions and keeps the raw body', () => {
		const d = trigger.description;
		expect(d.name).toBe('bambuserTrigger');
		expect(d.group).toEqual(['trigger']);
		expect(d.inputs).toEqual([]);
		expect(d.usableAsTool).toBeUndefined();
		expect(d.webhooks).toEqual([acknowledgedWebhook('bambuser')]);
		expect(d.properties).toContainEqual(acknowledgeProperty);
		expect(d.version).toBe(1);
		expect(d.properties.find((p) => p.name === 'options')?.default).toEqual({ binaryData: true });
		expect(Object.keys(trigger.webhookMethods?.default ?? {})).toEqual(['checkExists', 'create', 'delete']);
	});
});

describe('Bambuser webhook credential test', () => {
	const check = new BambuserTrigger().methods.credentialTest.bambuserWebhookApiTest;
	const run = async (data: Record<string, string> | undefined) =>
		await check.call({} as never, { id: '1', name: 'c', type: 'bambuserWebhookApi', data });

	test('accepts a well-formed header and refuses bad names and short or empty secrets', async () => {
		expect((await run({ headerName: HEADER, secret: SECRET })).status).toBe('OK');
		expect(await run({ headerName: 'Bad Header', secret: SECRET })).toMatchObject({ status: 'Error' });
		expect(await run({ headerName: HEADER, secret: '' })).toEqual({ status: 'Error', message: 'The secret is empty' });
		expect((await run({ headerName: HEADER, secret: 'short' })).status).toBe('Error');
		expect((await run(undefined)).status).toBe('Error');
	});
});
