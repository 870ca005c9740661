// The Curious Thing Trigger's webhook() on the seed payloads and variations, through a fake n8n context.
import type { IDataObject, INodeExecutionData, IWebhookResponseData } from 'n8n-workflow';

import { CuriousThingTrigger } from '../../nodes/CuriousThing/CuriousThingTrigger.node';
import { fakeWebhookContext, type FakeRequestInit } from '../helpers/webhookContext';
import { fixture, fixtureText, vendorPart } from './fixtures';

const SECRET = 'k3y-0f-at-least-16-chars';
const credentials = { curiousThingWebhookApi: { secret: SECRET, headerName: 'X-Webhook-Secret' } };

async function deliver(request: FakeRequestInit, parameters: IDataObject = {}) {
	const { context, response } = fakeWebhookContext(request, { parameters, credentials });
	const result: IWebhookResponseData = await new CuriousThingTrigger().webhook.call(context);
	const items = (result.workflowData?.[0] ?? []) as INodeExecutionData[];
	return { result, response, items: items.map((item) => item.json) };
}

describe('Curious Thing Trigger: seed CallComplete batch', () => {
	const events = fixture('CallComplete');

	test('every element becomes its own item, in order, with its position', async () => {
		const { result, items } = await deliver({ body: events });
		expect(items).toHaveLength(3);
		expect(items.map((i) => i.id)).toEqual(events.map((e) => e.id));
		expect(items.map((i) => i.batchIndex)).toEqual([0, 1, 2]);
		expect(items.every((i) => i.batchSize === 3)).toBe(true);
		expect(result.webhookResponse).toEqual({ received: true, events: 3 });
	});

	test('the vendor event is kept untouched and the derived fields are added', async () => {
		const { items } = await deliver({ body: events });
		items.forEach((item, index) => expect(vendorPart(item, events[index])).toEqual(events[index]));
		const [complete, partial, notComplete] = items;
		expect(complete).toMatchObject({
			eventId: 'CallComplete:3aa7c3d2-6d1a-4b02-9418-f8ae1e16bbc0',
			eventType: 'CallComplete',
			eventTypeSource: 'vendor',
			phone: '+61491573087',
			phoneE164: '+61491573087',
			campaignId: '5dd7681b-2188-49fc-8fc0-87b57056f436',
			correlationId: 'd07b9760-9c74-4c12-919b-3b88adbf5863',
			statusGroup: 'Complete',
			humanSupportRequested: false,
		});
		expect(complete.answers).toEqual({
			'Question 1?': { response: 'Other', transcript: 'Answer 1' },
			'Question 2?': { response: 'Other', transcript: 'Answer 2' },
			'Question 3?': { response: 'Other', transcript: 'Answer 3' },
		});
		expect(partial).toMatchObject({ statusGroup: 'Complete', humanSupportRequested: true });
		expect(partial.answers).toEqual({
			'Question 1?': { response: 'Other', transcript: 'Anything.' },
			'Question 2?': { response: 'Other', transcript: 'I want to talk to a human.' },
		});
		// Inbound-style record: no correlationId anywhere, so none is made up.
		expect(partial).not.toHaveProperty('correlationId');
		expect(notComplete).toMatchObject({ statusGroup: 'Failed', humanSupportRequested: false, answers: {} });
	});

	test("the seed's own text (a missing comma, trailing commas) is answered 400 and starts nothing", async () => {
		const { result, response } = await deliver({ body: fixtureText('CallComplete.malformed.txt') });
		expect(result.workflowData).toBeUndefined();
		expect(result.noWebhookResponse).toBe(true);
		expect(response.statusCode).toBe(400);
		expect((response.body as IDataObject).error).toMatch(/not valid JSON/);
	});

	test.each([
		['a JSON string', '"hello"', /Expected a JSON object or an array/],
		['a number', '42', /Expected a JSON object or an array/],
		['an empty body', '', /empty/],
		['half a JSON array', '[{"id": "x",', /not valid JSON/],
	])('a body that is %s is answered 400 and starts nothing', async (_label, body, message) => {
		const { result, response } = await deliver({ body });
		expect(result.workflowData).toBeUndefined();
		expect(response.statusCode).toBe(400);
		expect((response.body as IDataObject).error).toMatch(message);
	});

	test('a single object is accepted as a batch of one', async () => {
		const single = fixture<IDataObject>('CallComplete-single');
		const { items } = await deliver({ body: single });
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			eventId: `CallComplete:${single.id}`,
			batchIndex: 0,
			batchSize: 1,
			phone: '+61491570156',
			humanSupportRequested: true,
			statusGroup: 'Complete',
		});
	});
});

describe('Curious Thing Trigger: events without a type', () => {
	test('CallAttempted: type inferred, vendor phone untouched, E.164 in phoneE164, stable ids', async () => {
		const events = fixture('CallAttempted');
		const { items } = await deliver({ body: events });
		expect(items.map((i) => i.eventType)).toEqual(['CallAttempted', 'CallAttempted']);
		expect(items.every((i) => i.eventTypeSource === 'inferred')).toBe(true);
		expect(items[0].phone).toBe('61491573087');
		expect(items[0].phoneE164).toBe('+61491573087');
		expect(items[0].note).toBe('invalid phone');
		expect(items[1]).not.toHaveProperty('correlationId');
		expect(items[0].eventId).toMatch(/^CallAttempted:[0-9a-f]{32}$/);
		expect(items[0].eventId).not.toBe(items[1].eventId);
		const again = await deliver({ body: events });
		expect(again.items.map((i) => i.eventId)).toEqual(items.map((i) => i.eventId));
		items.forEach((item, index) => expect(vendorPart(item, events[index])).toEqual(events[index]));
	});

	test('CallReceived: type inferred from phone and type', async () => {
		const { items } = await deliver({ body: fixture('CallReceived') });
		expect(items.map((i) => i.eventType)).toEqual(['CallReceived', 'CallReceived']);
		expect(items.map((i) => i.type)).toEqual(['inbound', 'outbound-callback']);
	});

	test('an SMS cannot be told apart from its fields: type "SMS", no customer phone guessed', async () => {
		const { items } = await deliver({ body: fixture('SMSSent') });
		expect(items.map((i) => i.eventType)).toEqual(['SMS', 'SMS']);
		expect(items[0]).not.toHaveProperty('phone');
		expect(items[0]).not.toHaveProperty('phoneE164');
	});

	test('the "Events Without a Type" setting names the type, and the customer is the recipient of SMSSent', async () => {
		const { items } = await deliver({ body: fixture('SMSSent') }, { untypedEventType: 'SMSSent' });
		expect(items[0]).toMatchObject({ eventType: 'SMSSent', eventTypeSource: 'setting', phone: '+61491570006' });
	});

	test('an eventType query parameter on the URL wins over the setting, and SMSReceived uses the sender', async () => {
		const { items } = await deliver(
			{ body: fixture('SMSReceived'), query: { eventType: 'SMSReceived' } },
			{ untypedEventType: 'SMSSent' },
		);
		expect(items[0]).toMatchObject({ eventType: 'SMSReceived', eventTypeSource: 'url', phone: '+61491573087' });
	});

	describe('the direction of an untyped SMS, from Your SMS Numbers', () => {
		// The seed's SMS: from 61491573087, to 61491570006 (both seed examples carry the same pair).
		const sms = fixture('SMSReceived');
		const withOwn = (smsNumbers: string, extra: IDataObject = {}) => ({ additionalOptions: { smsNumbers }, ...extra });

		test('to one of your numbers: SMS Received, the customer is the sender', async () => {
			const { items } = await deliver({ body: sms }, withOwn('0491 570 006'));
			expect(items[0]).toMatchObject({ eventType: 'SMSReceived', eventTypeSource: 'inferred', phone: '+61491573087', phoneE164: '+61491573087' });
			expect(vendorPart(items[0], sms[0])).toEqual(sms[0]);
		});

		test('from one of your numbers: SMS Sent, the customer is the recipient', async () => {
			const { items } = await deliver({ body: fixture('SMSSent') }, withOwn('+61 400 000 000, +61 491 573 087'));
			expect(items.map((i) => [i.eventType, i.eventTypeSource, i.phone])).toEqual([
				['SMSSent', 'inferred', '+61491570006'],
				['SMSSent', 'inferred', '+61491570006'],
			]);
		});

		test('the worked-out direction is what the SMS filters see', async () => {
			const received = withOwn('61491570006');
			expect((await deliver({ body: sms }, { ...received, events: ['SMSSent'] })).items).toHaveLength(0);
			expect((await deliver({ body: sms }, { ...received, events: ['SMSReceived'] })).items).toHaveLength(1);
			expect((await deliver({ body: sms }, { ...received, events: ['SMS'] })).items).toHaveLength(0);
		});

		test('both numbers yours, neither yours, or none set: direction unknown, no customer number', async () => {
			for (const smsNumbers of ['61491570006; 61491573087', '+61 400 000 000', '', 'not a number']) {
				const { items } = await deliver({ body: sms }, withOwn(smsNumbers));
				expect(items[0]).toMatchObject({ eventType: 'SMS', eventTypeSource: 'inferred' });
				expect(items[0]).not.toHaveProperty('phone');
				expect(items[0]).not.toHaveProperty('phoneE164');
			}
		});

		test('the URL and the setting still win over the numbers', async () => {
			const url = await deliver({ body: sms, query: { eventType: 'SMSSent' } }, withOwn('61491570006'));
			expect(url.items[0]).toMatchObject({ eventType: 'SMSSent', eventTypeSource: 'url', phone: '+61491570006' });
			const setting = await deliver({ body: sms }, withOwn('61491570006', { untypedEventType: 'SMSSent' }));
			expect(setting.items[0]).toMatchObject({ eventType: 'SMSSent', eventTypeSource: 'setting' });
		});

		test('the panel says what cannot be known about an SMS without a type', () => {
			const { properties } = new CuriousThingTrigger().description;
			const untyped = properties.find((p) => p.name === 'untypedEventType');
			const inferred = untyped?.options?.find((o) => 'value' in o && o.value === '') as { description: string };
			expect(inferred.description).toMatch(/Your SMS Numbers/);
			expect(inferred.description).toMatch(/direction is unknown/i);
			const names = (untyped?.options ?? []).map((o) => o.name);
			expect(names).toContain('All Are SMS Sent');
			expect(names.some((n) => /Direction Unknown/.test(n))).toBe(false);
			const notice = properties.find((p) => p.type === 'notice' && p.displayOptions?.show?.untypedEventType);
			expect(notice?.displayName).toMatch(/cannot tell .*sent or received/i);
			expect(notice?.displayName).toMatch(/no customer number/i);
			const options = properties.find((p) => p.name === 'additionalOptions');
			expect(options?.options?.some((o) => o.name === 'smsNumbers')).toBe(true);
		});
	});

	test('an event that carries its own eventType keeps it whatever the URL says', async () => {
		const { items } = await deliver({ body: fixture('CallComplete'), query: { eventType: 'SMSSent' } });
		expect(items.every((i) => i.eventType === 'CallComplete' && i.eventTypeSource === 'vendor')).toBe(true);
	});
});

describe('Curious Thing Trigger: mixed batches, malformed elements, unknown types', () => {
	const mixed = fixture<unknown[]>('mixed');

	test('a bad element is flagged in place and never loses the good ones; the delivery is answered 200', async () => {
		const { result, items, response } = await deliver({ body: mixed });
		expect(response.statusCode).toBeUndefined();
		expect(result.webhookResponse).toEqual({ received: true, events: 6 });
		expect(items).toHaveLength(6);
		expect(items.map((i) => i.batchIndex)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(items.map((i) => i.eventType)).toEqual(['CallComplete', 'CallAttempted', undefined, 'SMS', undefined, 'CallTransferred']);
		expect(items[2]).toMatchObject({ malformed: true, element: null, batchIndex: 2, batchSize: 6 });
		expect(items[2].problem).toMatch(/element 2 is null/);
		expect(items[4]).toMatchObject({ malformed: true, element: 'not an event' });
		expect(items[4].problem).toMatch(/a string/);
		expect(items[0]).not.toHaveProperty('malformed');
	});

	test('"Drop Malformed Elements" leaves them out, keeps the rest and tells Curious Thing which were dropped', async () => {
		const { items, result } = await deliver({ body: mixed }, { additionalOptions: { dropMalformed: true } });
		expect(items).toHaveLength(4);
		expect(result.webhookResponse).toEqual({
			received: true,
			events: 4,
			rejected: [
				{ index: 2, problem: 'is null, not a JSON object' },
				{ index: 4, problem: 'is a string, not a JSON object' },
			],
		});
		expect(items.some((i) => i.malformed)).toBe(false);
		expect(items.map((i) => i.batchIndex)).toEqual([0, 1, 3, 5]);
		expect(items.every((i) => i.batchSize === 6)).toBe(true);
	});

	test('a batch of only malformed elements that are dropped starts no workflow and is answered 400 naming each', async () => {
		const { result, response } = await deliver({ body: [1, 'x'] }, { additionalOptions: { dropMalformed: true } });
		expect(result.workflowData).toBeUndefined();
		expect(response.statusCode).toBe(400);
		expect((response.body as IDataObject).error).toBe(
			'Not a Curious Thing event: element 0 is a number, not a JSON object; element 1 is a string, not a JSON object',
		);
	});

	test('unknown event types and extra fields pass through untouched', async () => {
		const events = fixture('unknown-event');
		const { items } = await deliver({ body: events });
		expect(items).toHaveLength(1);
		expect(vendorPart(items[0], events[0])).toEqual(events[0]);
		expect(items[0]).toMatchObject({ eventType: 'CallTransferred', region: 'au-east', schemaVersion: 2, humanSupportRequested: false });
		expect(items[0]).not.toHaveProperty('statusGroup');
	});

	test('"Any Other Event Type" lets unknown types through and keeps the known ones out', async () => {
		const { items } = await deliver({ body: mixed }, { events: ['__other__'] });
		expect(items.filter((i) => !i.malformed).map((i) => i.eventType)).toEqual(['CallTransferred']);
	});

	test('filtering on CallComplete keeps CallComplete events (malformed elements stay visible)', async () => {
		const { items } = await deliver({ body: mixed }, { events: ['CallComplete'] });
		expect(items.filter((i) => !i.malformed).map((i) => i.eventType)).toEqual(['CallComplete']);
		expect(items.filter((i) => i.malformed)).toHaveLength(2);
	});

	test('an SMS of unknown direction passes neither SMS filter, only its own entry and All Events', async () => {
		const sent = await deliver({ body: fixture('SMSSent') }, { events: ['SMSSent'] });
		const received = await deliver({ body: fixture('SMSSent') }, { events: ['SMSReceived'] });
		const calls = await deliver({ body: fixture('SMSSent') }, { events: ['CallComplete'] });
		const unknown = await deliver({ body: fixture('SMSSent') }, { events: ['SMS'] });
		const all = await deliver({ body: fixture('SMSSent') }, { events: ['*'] });
		const other = await deliver({ body: fixture('SMSSent') }, { events: ['__other__'] });
		expect(sent.items).toHaveLength(0);
		expect(sent.result.webhookResponse).toMatchObject({ ignored: "2 event(s) not selected in this trigger's filters: SMS" });
		expect(received.items).toHaveLength(0);
		expect(calls.items).toHaveLength(0);
		expect(other.items).toHaveLength(0);
		expect(unknown.items.map((i) => i.eventType)).toEqual(['SMS', 'SMS']);
		expect(all.items).toHaveLength(2);
	});

	test('events with missing fields still come out, with what can be derived', async () => {
		const body = [
			{ id: 'only-id', eventType: 'CallComplete' },
			{ id: 'no-flow', eventType: 'CallComplete', data: { status: 'Complete', flow: 'oops', requests: null } },
			{ id: 'bad-steps', eventType: 'CallComplete', data: { flow: [null, { response: 'x' }, { questionName: 'Q?' }] } },
			{},
		];
		const { items } = await deliver({ body });
		expect(items).toHaveLength(4);
		expect(items[0]).toMatchObject({ eventId: 'CallComplete:only-id', eventType: 'CallComplete', humanSupportRequested: false });
		expect(items[0]).not.toHaveProperty('statusGroup');
		expect(items[0]).not.toHaveProperty('phone');
		expect(items[1]).toMatchObject({ statusGroup: 'Complete', humanSupportRequested: false });
		expect(items[1]).not.toHaveProperty('answers');
		expect(items[2].answers).toEqual({ 'Q?': {} });
		expect(items[3]).toMatchObject({ batchIndex: 3, humanSupportRequested: false });
		expect(items[3]).not.toHaveProperty('eventType');
	});
});

describe('Curious Thing Trigger: event ids of identical events in one batch', () => {
	const [sms] = fixture('SMSReceived');
	const [attempt] = fixture('CallAttempted');
	const reordered = (event: IDataObject) => Object.fromEntries(Object.entries(event).reverse());

	test('two identical flat events get different ids, so Remove Duplicates keeps both', async () => {
		const { items } = await deliver({ body: [sms, attempt, { ...sms }, { ...attempt }, { ...sms }] });
		const ids = items.map((i) => i.eventId as string);
		expect(new Set(ids).size).toBe(5);
		// The first of each keeps the id it gets on its own; the next ones are numbered.
		const alone = await deliver({ body: [sms] });
		expect(ids[0]).toBe(alone.items[0].eventId);
		expect(ids[2]).toBe(`${ids[0]}:2`);
		expect(ids[4]).toBe(`${ids[0]}:3`);
		expect(ids[3]).toBe(`${ids[1]}:2`);
		expect(ids[0]).toMatch(/^SMS:[0-9a-f]{32}$/);
	});

	test('a retry of the whole batch, even with its keys in another order, gets the same ids', async () => {
		const body = [sms, { ...sms }, attempt];
		const first = await deliver({ body });
		const retry = await deliver({ body: body.map(reordered) });
		expect(retry.items.map((i) => i.eventId)).toEqual(first.items.map((i) => i.eventId));
	});

	test('events with their own id keep it, twins or not', async () => {
		const [complete] = fixture('CallComplete');
		const { items } = await deliver({ body: [complete, complete] });
		expect(items.map((i) => i.eventId)).toEqual([`CallComplete:${complete.id}`, `CallComplete:${complete.id}`]);
	});
});

describe('Curious Thing Trigger: CallComplete status filters', () => {
	const events = fixture('CallComplete');
	const statuses = (items: IDataObject[]) => items.map((i) => (i.data as IDataObject).status);

	test('status group Failed keeps Not Complete only', async () => {
		const { items } = await deliver({ body: events }, { additionalOptions: { statusGroups: ['Failed'] } });
		expect(statuses(items)).toEqual(['Not Complete']);
	});

	test('status group Complete keeps Complete and Partial', async () => {
		const { items } = await deliver({ body: events }, { additionalOptions: { statusGroups: ['Complete'] } });
		expect(statuses(items)).toEqual(['Complete', 'Partial']);
	});

	test('a listed status, and "any other status" for ones the node does not know', async () => {
		const partial = await deliver({ body: events }, { additionalOptions: { statuses: ['Partial'] } });
		expect(statuses(partial.items)).toEqual(['Partial']);
		const other = await deliver({ body: fixture('CallComplete-inbound') }, { additionalOptions: { statuses: ['__other__'] } });
		expect(statuses(other.items)).toEqual(['Hung Up']);
		expect(other.items[0]).toMatchObject({ statusGroup: 'Failed', phone: '+61491570110' });
	});

	test('status filters never hold back other event types', async () => {
		const { items } = await deliver({ body: fixture('CallAttempted') }, { additionalOptions: { statusGroups: ['Complete'] } });
		expect(items).toHaveLength(2);
	});

	test('when every event is filtered out no workflow starts and the delivery is answered 200', async () => {
		const { result } = await deliver({ body: events }, { events: ['SMSSent'] });
		expect(result.workflowData).toBeUndefined();
		expect(result.webhookResponse).toMatchObject({ received: true, ignored: "3 event(s) not selected in this trigger's filters: CallComplete" });
		const empty = await deliver({ body: [] });
		expect(empty.result.workflowData).toBeUndefined();
		expect(empty.result.webhookResponse).toMatchObject({ ignored: 'The batch is empty' });
	});
});

describe('Curious Thing Trigger: optional secret', () => {
	const body = fixture('CallComplete');
	const header = { authentication: 'headerSecret' };
	const url = { authentication: 'urlSecret' };

	test('without authentication every delivery is accepted', async () => {
		const { items } = await deliver({ body });
		expect(items).toHaveLength(3);
	});

	test('secret header: missing -> 401, wrong -> 403, no execution; right -> items', async () => {
		const missing = await deliver({ body }, header);
		expect(missing.response.statusCode).toBe(401);
		expect(missing.result.workflowData).toBeUndefined();
		const wrong = await deliver({ body, headers: { 'X-Webhook-Secret': 'nope' } }, header);
		expect(wrong.response.statusCode).toBe(403);
		expect(wrong.result.workflowData).toBeUndefined();
		const right = await deliver({ body, headers: { 'x-webhook-secret': SECRET } }, header);
		expect(right.items).toHaveLength(3);
	});

	test('the secret is checked before the body: a wrong secret with a malformed body is 403', async () => {
		const { response } = await deliver({ body: '{oops', headers: { 'X-Webhook-Secret': 'nope' } }, header);
		expect(response.statusCode).toBe(403);
	});

	test('secret URL segment: missing -> 401, wrong -> 403; right -> items', async () => {
		expect((await deliver({ body }, url)).response.statusCode).toBe(401);
		const wrong = await deliver({ body, params: { secret: 'nope' } }, url);
		expect(wrong.response.statusCode).toBe(403);
		expect(wrong.result.workflowData).toBeUndefined();
		expect((await deliver({ body, params: { secret: SECRET } }, url)).items).toHaveLength(3);
	});
});
