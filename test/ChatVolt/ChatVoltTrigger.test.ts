import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { ChatVoltTrigger } from '../../nodes/ChatVolt/ChatVoltTrigger.node';
import { KNOWN_EVENTS, isTestDelivery } from '../../nodes/ChatVolt/events';
import { acknowledgeProperty } from '../../nodes/shared/webhook';
import { fakeWebhookContext, type FakeRequestInit } from '../helpers/webhookContext';
import { fixture, fixtureText } from './fixtures';

const trigger = new ChatVoltTrigger();
const KNOWN_EVENT_TYPES = KNOWN_EVENTS.map((event) => event.value);
const credentials = { chatVoltWebhookApi: { headerName: 'Authorization', secret: 'Bearer s3cret-value' } };

async function deliver(request: FakeRequestInit, parameters: IDataObject = {}) {
	const fake = fakeWebhookContext(request, {
		parameters: { authentication: 'none', events: ['*'], additionalOptions: {}, ...parameters },
		credentials,
	});
	const result: IWebhookResponseData = await trigger.webhook.call(fake.context);
	const items = result.workflowData?.[0].map((item) => item.json) ?? [];
	return { result, items, response: fake.response };
}

describe('ChatVolt Trigger: every event type of the seed, NPS and unknown ones', () => {
	test.each(KNOWN_EVENT_TYPES.map((type) => [type]))('%s starts the workflow with the payload untouched', async (type) => {
		const payload = fixture(type);
		expect(payload.eventType).toBe(type);
		const { result, items, response } = await deliver({ body: fixtureText(type) });
		expect(response.ended).toBe(false);
		expect(result.webhookResponse).toEqual({ received: true });
		expect(items).toHaveLength(1);
		const [item] = items;
		for (const [key, value] of Object.entries(payload)) expect(item[key]).toEqual(value);
		expect(item.isTest).toBe(false);
		expect(item.eventId).toEqual(expect.stringMatching(new RegExp(`^${type}:`)));
	});

	test('message events use messageId as the event id; the others a content digest stable across retries', async () => {
		const message = (await deliver({ body: fixtureText('AGENT_USER_MESSAGE') })).items[0];
		expect(message.eventId).toBe('AGENT_USER_MESSAGE:clxmsg0001aaaa1111bbbb2222');

		const step = fixture('STEP_ENTERED');
		const first = (await deliver({ body: step })).items[0];
		const reordered = Object.fromEntries(Object.entries(step).reverse());
		const retry = (await deliver({ body: JSON.stringify(reordered, null, 4) })).items[0];
		expect(first.eventId).toMatch(/^STEP_ENTERED:[0-9a-f]{32}$/);
		expect(retry.eventId).toBe(first.eventId);
		const other = (await deliver({ body: { ...step, stepId: 'clstep0004won' } })).items[0];
		expect(other.eventId).not.toBe(first.eventId);
	});

	test('NPS fields, attachments and unknown fields pass through', async () => {
		const nps = (await deliver({ body: fixtureText('NPS_INTERACTION') })).items[0];
		expect(nps).toMatchObject({ rating: 9, comment: 'Quick and friendly, thanks!', conversation_variables: { orderNumber: '4521' } });
		const withFiles = (await deliver({ body: fixtureText('attachments') })).items[0];
		expect(withFiles.attachments).toEqual(fixture('attachments').attachments);
	});

	test('an unknown event type passes with "All Events" and with "Any Other Event Type", not with a known selection', async () => {
		const body = fixtureText('unknown-event');
		expect((await deliver({ body })).items[0].eventType).toBe('CONVERSATION_TRANSFERRED');
		expect((await deliver({ body }, { events: ['__other__'] })).items).toHaveLength(1);
		const ignored = await deliver({ body }, { events: ['AGENT_USER_MESSAGE'] });
		expect(ignored.result.workflowData).toBeUndefined();
		expect(ignored.result.webhookResponse).toEqual({ received: true, ignored: expect.stringContaining('CONVERSATION_TRANSFERRED') });
	});

	test('the event filter keeps selected types and answers 200 without an execution for the rest', async () => {
		const events = ['USER_MESSAGE_RECEIVED', 'NPS_INTERACTION'];
		const kept = await deliver({ body: fixtureText('NPS_INTERACTION') }, { events });
		expect(kept.items).toHaveLength(1);
		const dropped = await deliver({ body: fixtureText('AGENT_USER_MESSAGE') }, { events });
		expect(dropped.result.workflowData).toBeUndefined();
		expect(dropped.result.webhookResponse).toMatchObject({ received: true });
		const other = await deliver({ body: fixtureText('AGENT_USER_MESSAGE') }, { events: ['__other__'] });
		expect(other.result.workflowData).toBeUndefined();
	});

	test('the seed\'s attribute list (type names as values) is accepted as an unknown event', async () => {
		const { items } = await deliver({ body: fixtureText('seed-attributes') });
		expect(items[0]).toMatchObject({ eventType: 'string', frustration: 'number', isTest: false });
	});
});

describe('ChatVolt Trigger: the save-time test request', () => {
	test('an empty body and an empty object are answered 200 and arrive marked isTest, whatever the filter', async () => {
		for (const body of [undefined, '', fixtureText('test-request')]) {
			const { result, items, response } = await deliver({ body }, { events: ['STEP_ENTERED'] });
			expect(response.ended).toBe(false);
			expect(result.webhookResponse).toEqual({ received: true });
			// No eventType: the event id is "event:" and the digest of the (empty) payload.
			expect(items).toEqual([{ eventId: expect.stringMatching(/^event:[0-9a-f]{32}$/), isTest: true }]);
		}
	});

	test('"Ignore Test Requests" answers 200 and starts nothing', async () => {
		const { result } = await deliver({ body: '{}' }, { additionalOptions: { ignoreTestRequests: true } });
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toEqual({ received: true, ignored: 'test request' });
		const real = await deliver({ body: fixtureText('AGENT_USER_MESSAGE') }, { additionalOptions: { ignoreTestRequests: true } });
		expect(real.items).toHaveLength(1);
	});

	test('what counts as a test request: an empty body or an explicit test flag, nothing else', () => {
		expect(isTestDelivery({})).toBe(true);
		expect(isTestDelivery({ test: true })).toBe(true);
		expect(isTestDelivery({ isTest: true })).toBe(true);
		expect(isTestDelivery({ eventType: 'AGENT_USER_MESSAGE', test: true, conversationId: 'x' })).toBe(true);
		expect(isTestDelivery(fixture('AGENT_MESSAGE_BLOCKED'))).toBe(false);
		// Real events whose fields merely look like a test.
		const real = fixture('AGENT_USER_MESSAGE');
		expect(isTestDelivery({ ...real, conversationId: 4521 })).toBe(false);
		expect(isTestDelivery({ ...real, conversationId: 'testimonial-clconv0001' })).toBe(false);
		expect(isTestDelivery({ ...real, eventType: 'CONTEST_ENTERED' })).toBe(false);
		expect(isTestDelivery({ ...real, eventType: 'WEBHOOK_TEST' })).toBe(false);
		expect(isTestDelivery({ eventType: 'AGENT_USER_MESSAGE' })).toBe(false);
		expect(isTestDelivery({ ...real, test: 'true', isTest: 1 })).toBe(false);
	});

	test.each<[string, IDataObject]>([
		['a numeric conversation id', { conversationId: 4521 }],
		['a conversation id starting with "test"', { conversationId: 'testimonial-clconv0001' }],
		['an event type containing TEST', { eventType: 'CONTEST_ENTERED' }],
		['no conversation id', { conversationId: undefined }],
	])('a real event with %s is filtered like any other and kept by "Ignore Test Requests"', async (_, change) => {
		const body = { ...fixture('AGENT_USER_MESSAGE'), ...change };
		const selected = await deliver({ body }, { events: [body.eventType as string] });
		expect(selected.items).toHaveLength(1);
		expect(selected.items[0].isTest).toBe(false);
		const notSelected = await deliver({ body }, { events: ['STEP_ENTERED'] });
		expect(notSelected.result.workflowData).toBeUndefined();
		expect(notSelected.result.webhookResponse).toMatchObject({ ignored: expect.stringContaining('not selected') });
		const ignoringTests = await deliver({ body }, { additionalOptions: { ignoreTestRequests: true } });
		expect(ignoringTests.items).toHaveLength(1);
	});

	test('a vendor field named isTest is never overwritten; one named eventId is kept as vendorEventId, since eventId is what deduplication keys on', async () => {
		const body = { ...fixture('STEP_ENTERED'), eventId: 'vendor-1', isTest: 'no' };
		const { items } = await deliver({ body });
		const { items: without } = await deliver({ body: fixture('STEP_ENTERED') });
		expect(items[0]).toMatchObject({ eventId: expect.stringMatching(/^STEP_ENTERED:/), vendorEventId: 'vendor-1', isTest: 'no' });
		expect(items[0].eventId).not.toBe(without[0].eventId);
	});

	test('a real event without eventType is keyed "event:<digest>" and counts as an unlisted type', async () => {
		const body = { conversationId: 'clconv-no-type', agentId: 'a1' };
		const { items } = await deliver({ body });
		expect(items).toEqual([{ ...body, eventId: expect.stringMatching(/^event:[0-9a-f]{32}$/), isTest: false }]);
		expect((await deliver({ body: JSON.stringify(body) })).items[0].eventId).toBe(items[0].eventId);
		expect((await deliver({ body }, { events: ['__other__'] })).items).toHaveLength(1);
		const ignored = await deliver({ body }, { events: ['AGENT_USER_MESSAGE'] });
		expect(ignored.result.workflowData).toBeUndefined();
		expect(ignored.result.webhookResponse).toEqual({ received: true, ignored: expect.stringContaining('(no type)') });
	});
});

describe('ChatVolt Trigger: header check and bad bodies', () => {
	const auth = { authentication: 'headerSecret' };

	test('the right header starts the workflow', async () => {
		const { items } = await deliver({ headers: { Authorization: 'Bearer s3cret-value' }, body: fixtureText('AGENT_USER_MESSAGE') }, auth);
		expect(items).toHaveLength(1);
	});

	test('a missing header is 401 and a wrong one 403, with no execution, before the body is read', async () => {
		const missing = await deliver({ body: fixtureText('AGENT_USER_MESSAGE') }, auth);
		expect(missing.result).toEqual({ noWebhookResponse: true });
		expect(missing.response).toMatchObject({ statusCode: 401, body: { error: 'Missing header "Authorization"' } });

		const wrong = await deliver({ headers: { Authorization: 'Bearer guess' }, body: fixtureText('malformed') }, auth);
		expect(wrong.result).toEqual({ noWebhookResponse: true });
		expect(wrong.response.statusCode).toBe(403);
	});

	test('a custom header name from the credential is honoured', async () => {
		const fake = fakeWebhookContext(
			{ headers: { 'X-ChatVolt-Token': 'abc' }, body: fixtureText('NPS_INTERACTION') },
			{
				parameters: { authentication: 'headerSecret', events: ['*'], additionalOptions: {} },
				credentials: { chatVoltWebhookApi: { headerName: 'X-ChatVolt-Token', secret: 'abc' } },
			},
		);
		const result = await trigger.webhook.call(fake.context);
		expect(result.workflowData?.[0]).toHaveLength(1);
	});

	test('malformed JSON is 400 naming the problem, with no execution', async () => {
		const { result, response } = await deliver({ body: fixtureText('malformed') });
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response).toMatchObject({ statusCode: 400, body: { error: expect.stringMatching(/not valid JSON/) } });
	});

	test('a JSON array or a string is 400: ChatVolt sends one event object per request', async () => {
		for (const [body, what] of [['[{"eventType":"AGENT_USER_MESSAGE"}]', 'an array'], ['"hello"', 'a string']]) {
			const { result, response } = await deliver({ body });
			expect(result).toEqual({ noWebhookResponse: true });
			expect(response).toMatchObject({ statusCode: 400, body: { error: `Expected a JSON object, got ${what}` } });
		}
	});
});

describe('ChatVolt Trigger: description', () => {
	const { description } = trigger;
	test('follows n8n trigger conventions', () => {
		expect(description.name).toBe('chatVoltTrigger');
		expect(description.group).toEqual(['trigger']);
		expect(description.inputs).toEqual([]);
		expect(description.usableAsTool).toBeUndefined();
		// ChatVolt blocks slow URLs: no option to wait for the workflow, the answer is always at once.
		expect(description.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', path: 'chatvolt', responseMode: 'onReceived', responseData: '' }]);
		expect(description.properties.map((p) => p.name)).not.toContain(acknowledgeProperty.name);
		expect(description.properties.find((p) => p.name === 'options')?.default).toEqual({ binaryData: true });
		const events = description.properties.find((p) => p.name === 'events');
		const values = (events?.options ?? []).map((o) => (o as { value: string }).value);
		expect(values).toEqual(expect.arrayContaining(['*', '__other__', ...KNOWN_EVENT_TYPES]));
	});

	test('the header check is optional, off by default, and needs the credential only when on', () => {
		const authentication = description.properties.find((p) => p.name === 'authentication');
		expect(authentication?.default).toBe('none');
		expect((authentication?.options ?? []).map((o) => (o as { value: string }).value)).toEqual(['headerSecret', 'none']);
		expect(description.credentials).toEqual([
			{
				name: 'chatVoltWebhookApi',
				required: true,
				testedBy: 'chatVoltWebhookApiTest',
				displayOptions: { show: { authentication: ['headerSecret'] } },
			},
		]);
		expect(trigger.methods?.credentialTest?.chatVoltWebhookApiTest).toEqual(expect.any(Function));
	});
});
