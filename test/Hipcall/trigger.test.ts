import type { IDataObject, INodeExecutionData, IWebhookResponseData } from 'n8n-workflow';

import { HipcallTrigger } from '../../nodes/Hipcall/HipcallTrigger.node';
import { fakeWebhookContext, type FakeRequestInit } from '../helpers/webhookContext';
import { fixture, fixtureText } from './fixtures';

const SECRET = 'a-very-long-hipcall-secret_123';
const CREDENTIALS = { hipcallWebhookApi: { secret: SECRET, headerName: 'X-Hipcall-Secret' } };

async function deliver(request: FakeRequestInit, parameters: IDataObject = {}) {
	const { context, response } = fakeWebhookContext(request, {
		parameters: { authentication: 'none', events: ['*'], direction: 'any', ...parameters },
		credentials: CREDENTIALS,
	});
	const result: IWebhookResponseData = await new HipcallTrigger().webhook.call(context);
	const items: INodeExecutionData[] = result.workflowData?.[0] ?? [];
	return { result, response, items, json: items.map((item) => item.json) };
}

describe('Hipcall Trigger: deliveries', () => {
	test('the seed call_init (outbound) keeps event and data untouched and adds the derived fields', async () => {
		const body = fixture('call_init.json');
		const { json, result } = await deliver({ body });
		expect(json).toHaveLength(1);
		const [item] = json;
		expect(item.event).toBe('call_init');
		expect(item.data).toEqual(body.data);
		expect(item.callId).toBe('2483a75a-56a2-41f1-991b-92b1667e324a');
		expect(item.customerNumber).toBe('905438856301');
		expect(item.customerNumberDigits).toBe('905438856301');
		expect(item.companyNumber).toBe('+902582440032');
		expect(item.direction).toBe('outbound');
		expect(item.eventId).toBe('call_init:2483a75a-56a2-41f1-991b-92b1667e324a');
		expect(result.webhookResponse).toEqual({ received: true });
	});

	test('on an inbound call the customer is the caller', async () => {
		const { json } = await deliver({ body: fixture('call_init_inbound.json') });
		expect(json[0].customerNumber).toBe('+905321112233');
		expect(json[0].customerNumberDigits).toBe('905321112233');
		expect(json[0].companyNumber).toBe('+902582440032');
		expect(json[0].direction).toBe('inbound');
	});

	test('call_hangup keeps record_url and gets an event id distinct from call_init of the same call', async () => {
		const { json } = await deliver({ body: fixture('call_hangup.json') });
		expect(json[0].data).toHaveProperty('record_url', fixture('call_hangup.json').data.record_url);
		expect(json[0].eventId).toBe('call_hangup:2483a75a-56a2-41f1-991b-92b1667e324a');
		expect(json[0].callId).toBe('2483a75a-56a2-41f1-991b-92b1667e324a');
	});

	test('a retry of the same event gets the same event id, whatever the key order', async () => {
		const body = fixture('contact_created.json');
		const reordered = { data: body.data, event: body.event };
		const first = await deliver({ body });
		const again = await deliver({ body: JSON.stringify(reordered) });
		expect(first.json[0].eventId).toBe(again.json[0].eventId);
		expect(first.json[0].eventId).toBe('contact_created:49775:2024-11-17T09:12:44Z');
	});

	test('events with neither uuid nor id are keyed by a hash of their content', async () => {
		const a = await deliver({ body: { event: 'deal_won', data: { amount: 10 } } });
		const b = await deliver({ body: { data: { amount: 10 }, event: 'deal_won' } });
		const c = await deliver({ body: { event: 'deal_won', data: { amount: 11 } } });
		expect(a.json[0].eventId).toMatch(/^deal_won:[0-9a-f]{32}$/);
		expect(b.json[0].eventId).toBe(a.json[0].eventId);
		expect(c.json[0].eventId).not.toBe(a.json[0].eventId);
	});

	test('CRM events pass through untouched, without call fields', async () => {
		const body = fixture('company_updated.json');
		const { json } = await deliver({ body });
		expect(json[0]).toEqual({ ...body, eventId: 'company_updated:66336:2024-11-17T09:30:00Z' });
	});

	test('unknown fields stay, and a vendor field is never overwritten by a derived one', async () => {
		const body = fixture('call_init.json');
		body.callId = 'vendor-value';
		body.data.brand_new_field = { nested: true };
		const { json } = await deliver({ body });
		expect(json[0].callId).toBe('vendor-value');
		expect((json[0].data as IDataObject).brand_new_field).toEqual({ nested: true });
	});

	test('a direction Hipcall does not document yields no customer number', async () => {
		const body = fixture('call_init.json');
		body.data.direction = 'internal';
		const { json } = await deliver({ body });
		expect(json[0].customerNumber).toBeUndefined();
		expect(json[0].callId).toBe(body.data.uuid);
	});
});

describe('Hipcall Trigger: filters', () => {
	test('an event that is not selected is answered 200 and starts nothing', async () => {
		const { result } = await deliver({ body: fixture('call_hangup.json') }, { events: ['call_init'] });
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toMatchObject({ received: true, ignored: expect.stringContaining('call_hangup') });
	});

	test('"Any Other Event Type" lets unnamed CRM events through but not the known call events', async () => {
		const other = await deliver({ body: fixture('contact_created.json') }, { events: ['__other__'] });
		expect(other.json).toHaveLength(1);
		const known = await deliver({ body: fixture('call_init.json') }, { events: ['__other__'] });
		expect(known.result.workflowData).toBeUndefined();
		expect(known.result.webhookResponse).toMatchObject({ ignored: expect.any(String) });
	});

	test('the direction filter keeps matching calls, drops the others, and ignores events without direction', async () => {
		const inbound = fixture('call_init_inbound.json');
		const outbound = fixture('call_init.json');
		expect((await deliver({ body: inbound }, { direction: 'inbound' })).json).toHaveLength(1);
		expect((await deliver({ body: outbound }, { direction: 'inbound' })).items).toHaveLength(0);
		expect((await deliver({ body: outbound }, { direction: 'outbound' })).json).toHaveLength(1);
		expect((await deliver({ body: fixture('contact_created.json') }, { direction: 'inbound' })).json).toHaveLength(1);
	});
});

describe('Hipcall Trigger: bad input', () => {
	test('malformed JSON is answered 400 naming the problem, and starts nothing', async () => {
		const { result, response } = await deliver({ body: fixtureText('malformed.json.txt') });
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(400);
		expect((response.body as IDataObject).error).toMatch(/not valid JSON/);
	});

	test('a JSON body without an event name is answered 400', async () => {
		const { result, response } = await deliver({ body: { data: { uuid: 'x' } } });
		expect(result.workflowData).toBeUndefined();
		expect(response.statusCode).toBe(400);
		expect((response.body as IDataObject).error).toMatch(/no "event" name/);
	});

	test('a scalar body is answered 400', async () => {
		const { response } = await deliver({ body: '"call_init"' });
		expect(response.statusCode).toBe(400);
		expect((response.body as IDataObject).error).toMatch(/Expected a JSON object or an array/);
	});

	test('an empty body is answered 400', async () => {
		const { response } = await deliver({ body: '' });
		expect(response.statusCode).toBe(400);
		expect((response.body as IDataObject).error).toMatch(/empty/);
	});

	test('in an array, one bad element never drops the good ones, and the answer lists it', async () => {
		const body = [fixture('call_init.json'), { nope: true }, fixture('call_hangup.json')];
		const { json, result } = await deliver({ body });
		expect(json.map((item) => item.event)).toEqual(['call_init', 'call_hangup']);
		expect(result.webhookResponse).toEqual({
			received: true,
			rejected: [{ index: 1, problem: expect.stringContaining('"event"') }],
		});
	});

	test('an array of only bad elements is answered 400 naming each', async () => {
		const { response } = await deliver({ body: [1, { data: {} }] });
		expect(response.statusCode).toBe(400);
		expect((response.body as IDataObject).error).toMatch(/element 0 is not a JSON object; element 1 has no "event"/);
	});
});

describe('Hipcall Trigger: secrets', () => {
	const body = fixture('call_init.json');

	test('with the URL secret: right secret passes, wrong one gets 403, missing one 401', async () => {
		const ok = await deliver({ body, params: { secret: SECRET } }, { authentication: 'urlSecret' });
		expect(ok.json).toHaveLength(1);
		const wrong = await deliver({ body, params: { secret: 'guess' } }, { authentication: 'urlSecret' });
		expect(wrong.response.statusCode).toBe(403);
		expect(wrong.result.workflowData).toBeUndefined();
		const missing = await deliver({ body }, { authentication: 'urlSecret' });
		expect(missing.response.statusCode).toBe(401);
	});

	test('with the header secret: the configured header is checked', async () => {
		const ok = await deliver({ body, headers: { 'X-Hipcall-Secret': SECRET } }, { authentication: 'headerSecret' });
		expect(ok.json).toHaveLength(1);
		const wrong = await deliver({ body, headers: { 'X-Hipcall-Secret': 'nope' } }, { authentication: 'headerSecret' });
		expect(wrong.response.statusCode).toBe(403);
		const missing = await deliver({ body }, { authentication: 'headerSecret' });
		expect(missing.response.statusCode).toBe(401);
	});

	test('with both checks, both must pass', async () => {
		const both = { authentication: 'urlAndHeaderSecret' };
		const ok = await deliver({ body, params: { secret: SECRET }, headers: { 'x-hipcall-secret': SECRET } }, both);
		expect(ok.json).toHaveLength(1);
		const headerMissing = await deliver({ body, params: { secret: SECRET } }, both);
		expect(headerMissing.response.statusCode).toBe(401);
	});

	test('the secret is checked before the body: a wrong secret with a malformed body is 403, not 400', async () => {
		const { response } = await deliver({ body: '{oops', params: { secret: 'x' } }, { authentication: 'urlSecret' });
		expect(response.statusCode).toBe(403);
	});

	test('the credential test rejects short secrets and secrets that do not fit in a URL', async () => {
		const test = new HipcallTrigger().methods.credentialTest.hipcallWebhookApiTest;
		const run = (secret: string) =>
			test.call({} as never, { id: '1', name: 'c', type: 'hipcallWebhookApi', data: { secret } });
		expect((await run('short')).status).toBe('Error');
		expect((await run('has a space in it, long enough')).status).toBe('Error');
		expect((await run(SECRET)).status).toBe('OK');
	});
});
