import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { M8ComTrigger } from '../../nodes/M8Com/M8ComTrigger.node';
import { contentDigest } from '../../nodes/shared/webhook';
import { fakeWebhookContext, type FakeRequestInit } from '../helpers/webhookContext';
import { SECRET, bearer, fixture, fixtureText } from './fixtures';

const trigger = new M8ComTrigger();
const credentials = { m8ComWebhookApi: { secret: SECRET } };

const WEBHOOK_ID = '6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b01';
/** The route param n8n fills from the URL's last segment: its name carries the node's webhook id. */
const CUSTOMER_PARAM = `customerId-${WEBHOOK_ID}`;
const customer = (customerId: string) => ({ [CUSTOMER_PARAM]: customerId });

async function deliver(event: string, request: FakeRequestInit, parameters: IDataObject = {}) {
	const fake = fakeWebhookContext(
		{ params: customer('acme'), ...request },
		{ parameters: { event, ...parameters }, credentials },
	);
	const result = await trigger.webhook.call(fake.context);
	return { result, response: fake.response, items: itemsOf(result) };
}

function itemsOf(result: IWebhookResponseData): IDataObject[] {
	return (result.workflowData?.[0] ?? []).map((item) => item.json);
}

const lookup = (query: IDataObject, headers: Record<string, string> = bearer(), parameters: IDataObject = {}) =>
	deliver('numberLookup', { method: 'GET', headers, query }, parameters);

describe('M8Com Trigger: number lookup', () => {
	test('an incoming-call lookup becomes one item with the query and the derived fields; nothing is answered yet', async () => {
		const { result, response, items } = await lookup(fixture('number-lookup.json'));
		expect(response.ended).toBe(false);
		expect(result.webhookResponse).toBeUndefined();
		expect(items).toEqual([
			{
				fromNumber: '+46701234567',
				toNumber: '+46812345678',
				lookupType: 'number',
				customerId: 'acme',
				customerNumber: '+46701234567',
				customerNumberE164: '+46701234567',
				callType: 'Outbound',
				eventId: expect.stringMatching(/^numberLookup:[0-9a-f]{32}$/),
			},
		]);
	});

	test('a number search (no toNumber) has no callType', async () => {
		const { items } = await lookup(fixture('number-lookup-search.json'));
		expect(items[0]).toMatchObject({ fromNumber: '+46701234567', customerNumber: '+46701234567' });
		expect(items[0]).not.toHaveProperty('callType');
		expect(items[0]).not.toHaveProperty('toNumber');
	});

	test('the customer id comes from the URL path, decoded', async () => {
		const { items } = await deliver('numberLookup', {
			method: 'GET',
			headers: bearer(),
			query: fixture('number-lookup.json'),
			params: customer('acme%20nordic'),
		});
		expect(items[0].customerId).toBe('acme nordic');
	});

	test('a URL where only ":customerId" was replaced gives the same customer id', async () => {
		const customerIdFrom = async (params: Record<string, string>) =>
			(await deliver('numberLookup', { method: 'GET', headers: bearer(), query: fixture('number-lookup.json'), params })).items[0].customerId;
		expect(await customerIdFrom(customer(`acme-${WEBHOOK_ID}`))).toBe('acme');
		expect(await customerIdFrom({ customerId: 'acme' })).toBe('acme');
		expect(await customerIdFrom(customer(`-${WEBHOOK_ID}`))).toBe(`-${WEBHOOK_ID}`);
	});

	test('unknown query fields pass through untouched', async () => {
		const { items } = await lookup(fixture('number-lookup-unknown-fields.json'));
		expect(items[0]).toMatchObject({ lookupContext: 'dialer', locale: 'sv-SE', fromNumber: '+46701234567' });
	});

	describe('the experimental user field', () => {
		const expected = fixture('number-lookup-user.json').user as IDataObject;
		const derived = {
			userId: 'u-8f14e45f',
			userDisplayName: 'Adam Webb',
			userEmail: 'adam.webb@emca.inc',
			userMobilePhone: '+46709876543',
		};

		test('as a nested object', async () => {
			const { items } = await lookup(fixture('number-lookup-user.json'));
			expect(items[0].user).toEqual(expected);
			expect(items[0]).toMatchObject(derived);
		});

		test('as JSON text in the query string', async () => {
			const { items } = await lookup({ fromNumber: '+46701234567', user: JSON.stringify(expected) });
			expect(items[0].user).toEqual(expected);
			expect(items[0]).toMatchObject(derived);
		});

		test('as flat user[...] keys', async () => {
			const { items } = await lookup({
				fromNumber: '+46701234567',
				'user[firstName]': 'Adam',
				'user[displayName]': 'Adam Webb',
				'user[id]': 'u-8f14e45f',
			});
			expect(items[0].user).toEqual({ firstName: 'Adam', displayName: 'Adam Webb', id: 'u-8f14e45f' });
			expect(Object.keys(items[0])).not.toContain('user[firstName]');
			expect(items[0].userId).toBe('u-8f14e45f');
		});

		test('text that is not JSON is kept as it came, and lookups without it have no user fields', async () => {
			const odd = await lookup({ fromNumber: '+46701234567', user: 'adam' });
			expect(odd.items[0].user).toBe('adam');
			expect(odd.items[0]).not.toHaveProperty('userId');
			const none = await lookup(fixture('number-lookup.json'));
			expect(Object.keys(none.items[0]).filter((k) => k.startsWith('user'))).toEqual([]);
		});
	});

	test('a lookup without fromNumber is refused with 400 and starts nothing', async () => {
		const { result, response } = await lookup({ toNumber: '+46812345678' });
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.statusCode).toBe(400);
		expect(response.body).toEqual({ error: expect.stringContaining('fromNumber') });
	});
});

describe('M8Com Trigger: bearer secret', () => {
	test.each([
		['missing', {}, 401],
		['wrong', bearer('not-the-secret'), 403],
		['not a bearer token', { authorization: SECRET }, 401],
	])('%s bearer token -> 401/403 and no execution, for lookups and call logs', async (_label, headers, status) => {
		const lookupRun = await lookup(fixture('number-lookup.json'), headers as Record<string, string>);
		expect(lookupRun.result).toEqual({ noWebhookResponse: true });
		expect(lookupRun.response.statusCode).toBe(status);
		const logRun = await deliver('callLog', { headers: headers as Record<string, string>, body: fixture('call-log.json') });
		expect(logRun.result).toEqual({ noWebhookResponse: true });
		expect(logRun.response.statusCode).toBe(status);
	});

	test('the seed example: 401 says the header is missing, 403 that the secret is wrong', async () => {
		expect((await lookup({ fromNumber: '1' }, {})).response.headers['www-authenticate']).toBe('Bearer');
		expect((await lookup({ fromNumber: '1' }, bearer('x'))).response.body).toEqual({ error: 'The bearer token is wrong' });
	});

	test('an empty secret in the credential refuses everything', async () => {
		const fake = fakeWebhookContext(
			{ method: 'GET', headers: bearer(''), query: { fromNumber: '1' } },
			{ parameters: { event: 'numberLookup' }, credentials: { m8ComWebhookApi: { secret: '' } } },
		);
		expect(await trigger.webhook.call(fake.context)).toEqual({ noWebhookResponse: true });
		expect(fake.response.statusCode).toBe(500);
	});
});

describe('M8Com Trigger: custom ID lookup', () => {
	const customLookup = (query: IDataObject, parameters: IDataObject = {}) =>
		deliver('customIdLookup', { method: 'GET', headers: bearer(), query }, parameters);

	test('the ID typed in the IVR comes out as customId', async () => {
		const { items } = await customLookup(fixture('custom-id-lookup.json'));
		expect(items[0]).toMatchObject({ customId: '4711', lookupType: 'customId', customerNumber: '+46701234567', customerId: 'acme' });
		expect(items[0].eventId).toMatch(/^customIdLookup:[0-9a-f]{32}$/);
	});

	test('the query parameter name is configurable, with fallbacks when it is absent', async () => {
		const configured = await customLookup({ ivrDigits: '99' }, { lookupOptions: { customIdParameter: 'ivrDigits' } });
		expect(configured.items[0].customId).toBe('99');
		const fallback = await customLookup({ id: '123' });
		expect(fallback.items[0].customId).toBe('123');
	});

	test('nothing to look up -> 400', async () => {
		const { response, items } = await customLookup({ other: 'x' });
		expect(items).toEqual([]);
		expect(response).toMatchObject({ statusCode: 400, body: { error: expect.stringContaining('customId') } });
	});
});

describe('M8Com Trigger: automatic call logging', () => {
	const callLog = (body: unknown, headers = bearer()) => deliver('callLog', { headers, body });

	test('the seed call log: acknowledged at once, fields kept, times converted, body parsed', async () => {
		const { result, items } = await callLog(fixture('call-log.json'));
		expect(result.webhookResponse).toEqual({ received: true });
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			...fixture('call-log.json'),
			customerId: 'acme',
			customerNumber: '+46701234567',
			startTimeIso: '2020-11-27T15:25:11.729Z',
			durationSeconds: 184,
			bodyDetails: {
				callFromUser: { username: 'adam.webb@emca.inc', phoneNumber: '+46812345678' },
				callTo: '+46701234567',
				callType: 'Inbound',
			},
		});
		expect(items[0].body).toBe(fixture('call-log.json').body);
		expect(items[0].eventId).toMatch(/^callLog:[0-9a-f]{32}$/);
	});

	test("the eventId keeps the identity of earlier versions: the customer and the call's numbers, start time, user and type", async () => {
		const call = fixture('call-log.json');
		const { items } = await callLog(call);
		const fields = [call.fromNumber, call.toNumber, call.startTime, call.userId, call.callType].map((v) => String(v ?? ''));
		expect(items[0].eventId).toBe(`callLog:${contentDigest(['acme', fields])}`);
		const changedText = await callLog({ ...call, body: 'another text', duration: 1 });
		expect(changedText.items[0].eventId).toBe(items[0].eventId);
		// A call log without a start time used to get a digest of the whole item; it is now refused (400).
		const { startTime: _startTime, ...untimed } = call;
		const withoutStart = await callLog(untimed);
		expect(withoutStart.result).toEqual({ noWebhookResponse: true });
		expect(withoutStart.response.statusCode).toBe(400);
	});

	test('an outbound call to an answer group: the contact is the caller', async () => {
		const { items } = await callLog(fixture('call-log-outbound-answer-group.json'));
		expect(items[0]).toMatchObject({
			customerNumber: '+46701234567',
			durationSeconds: 95.5,
			bodyDetails: {
				callFrom: '+46701234567',
				callToAnswerGroup: { name: 'Support', phoneNumber: '+46812345600' },
				agent: 'adam.webb@emca.inc',
				callType: 'Outbound',
			},
		});
	});

	test('transfers and the recorded-call summary', async () => {
		const { items } = await callLog(fixture('call-log-transferred-summary.json'));
		expect(items[0].bodyDetails).toEqual({
			referredBy: ['+46812345611'],
			referredTo: ['+46812345699'],
			callFrom: '+46701234567',
			callToUser: { username: 'Adam Webb', phoneNumber: '+46812345678' },
			callType: 'Outbound',
			summary: 'Maria asked about the new integration.\nAdam promised a follow-up call on Friday.',
		});
	});

	test('unknown fields and unknown body lines pass through', async () => {
		const { items } = await callLog(fixture('call-log-unknown-fields.json'));
		expect(items[0]).toMatchObject({ recordingAvailable: false, callId: 'c-2026-000123', durationSeconds: 0 });
		expect((items[0].bodyDetails as IDataObject).summary).toBe('Voicemail: yes');
	});

	test('a vendor field is never overwritten by a derived one; a sender cannot choose the eventId (its own is vendorEventId)', async () => {
		const { items } = await callLog({ ...fixture('call-log.json'), customerNumber: 'vendor-value', eventId: 'vendor-id' });
		expect(items[0]).toMatchObject({ customerNumber: 'vendor-value', eventId: expect.stringMatching(/^callLog:[0-9a-f]{32}$/), vendorEventId: 'vendor-id' });
	});

	test('a retry has the same eventId; another call or another customer a different one', async () => {
		const first = (await callLog(fixture('call-log.json'))).items[0].eventId;
		const retry = (await callLog(fixture('call-log.json'))).items[0].eventId;
		const other = (await callLog(fixture('call-log-outbound-answer-group.json'))).items[0].eventId;
		const otherCustomer = await deliver('callLog', { headers: bearer(), body: fixture('call-log.json'), params: customer('globex') });
		expect(retry).toBe(first);
		expect(other).not.toBe(first);
		expect(otherCustomer.items[0].eventId).not.toBe(first);
	});

	test('malformed JSON -> 400 naming the problem, and no execution', async () => {
		const { result, response } = await callLog(fixtureText('malformed-call-log.txt'));
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response).toMatchObject({ statusCode: 400, body: { error: expect.stringMatching(/not valid JSON/) } });
	});

	test('a body that is not one object -> 400', async () => {
		for (const body of [[fixture('call-log.json')], '"text"', '']) {
			const { result, response } = await callLog(body);
			expect(result).toEqual({ noWebhookResponse: true });
			expect(response.statusCode).toBe(400);
		}
	});
});

describe('M8Com Trigger: numbers in E.164', () => {
	test('"+46701234567" sent unencoded reaches n8n as " 46701234567": the space is read as the lost "+", the raw value kept', async () => {
		const { items } = await lookup({ fromNumber: ' 46701234567' });
		expect(items[0]).toMatchObject({ fromNumber: ' 46701234567', customerNumber: '+46701234567', customerNumberE164: '+46701234567' });
		const spaced = await lookup({ fromNumber: ' 46 70 123 45 67' });
		expect(spaced.items[0]).toMatchObject({ fromNumber: ' 46 70 123 45 67', customerNumber: '+46 70 123 45 67', customerNumberE164: '+46701234567' });
	});

	test.each([
		['+46 70 123 45 67', '+46701234567'],
		['+46 (0)70-123 45 67', '+46701234567'],
		['0046 70 123 45 67', '+46701234567'],
		['46701234567', '+46701234567'],
		['070-123 45 67', '+46701234567'],
		[' 070 123 45 67', '+46701234567'],
		['u-3c59dc04', undefined],
		['112', undefined],
	])('fromNumber %j -> customerNumberE164 %j, fromNumber as sent', async (fromNumber, e164) => {
		const { items } = await lookup({ fromNumber });
		expect(items[0].fromNumber).toBe(fromNumber);
		expect(items[0].customerNumberE164).toBe(e164);
		if (e164 === undefined) expect(items[0]).not.toHaveProperty('customerNumberE164');
	});

	test('the default country calling code (46) is an option, used only for numbers with a national leading 0', async () => {
		const finland = { lookupOptions: { defaultCountryCode: '+358' } };
		expect((await lookup({ fromNumber: '040 123 4567' }, bearer(), finland)).items[0].customerNumberE164).toBe('+358401234567');
		expect((await lookup({ fromNumber: '+46 70 123 45 67' }, bearer(), finland)).items[0].customerNumberE164).toBe('+46701234567');
		const none = await lookup({ fromNumber: '070 123 45 67' }, bearer(), { lookupOptions: { defaultCountryCode: '' } });
		expect(none.items[0]).not.toHaveProperty('customerNumberE164');
	});

	test('custom ID lookups and call logs get it too: the call log\'s contact number, written as M8Com writes numbers', async () => {
		const custom = await deliver('customIdLookup', { method: 'GET', headers: bearer(), query: { customId: '4711', fromNumber: ' 46701234567' } });
		expect(custom.items[0]).toMatchObject({ customId: '4711', customerNumber: '+46701234567', customerNumberE164: '+46701234567' });
		const call = { ...fixture('call-log.json'), toNumber: '+46 70 123 45 67' };
		const logged = await deliver('callLog', { headers: bearer(), body: call });
		expect(logged.items[0]).toMatchObject({ toNumber: '+46 70 123 45 67', customerNumber: '+46 70 123 45 67', customerNumberE164: '+46701234567' });
		const toUser = await deliver('callLog', { headers: bearer(), body: fixture('call-log-unknown-fields.json') });
		expect(toUser.items[0].customerNumber).toBe('u-3c59dc04');
		expect(toUser.items[0]).not.toHaveProperty('customerNumberE164');
	});

	test('the option is in the panel for every event; the custom ID parameter only for custom ID lookups', () => {
		const options = trigger.description.properties.find((property) => property.name === 'lookupOptions');
		expect(options?.displayOptions).toBeUndefined();
		expect(options?.options).toEqual([
			expect.objectContaining({ name: 'customIdParameter', displayOptions: { show: { '/event': ['customIdLookup'] } } }),
			expect.objectContaining({ name: 'defaultCountryCode', type: 'string', default: '46' }),
		]);
	});
});

describe('M8Com Trigger: call logs that say nothing, and start times in seconds', () => {
	const callLog = (body: unknown) => deliver('callLog', { headers: bearer(), body });

	test.each<[string, IDataObject, string]>([
		['an empty object', {}, 'The call log has no "fromNumber", "toNumber" and "startTime": M8Com sends fromNumber, toNumber and startTime with every call'],
		['no start time', { fromNumber: '+46701234567', toNumber: '+46812345678', startTime: null }, 'The call log has no "startTime": M8Com sends fromNumber, toNumber and startTime with every call'],
		['blank numbers', { fromNumber: ' ', toNumber: '', startTime: 1606490711729 }, 'The call log has no "fromNumber" and "toNumber": M8Com sends fromNumber, toNumber and startTime with every call'],
		['a start time that is no time', { fromNumber: '+46701234567', toNumber: '+46812345678', startTime: 'yesterday' }, '"startTime" is not a time (Unix milliseconds): "yesterday"'],
		['a number that is an object', { fromNumber: { n: 1 }, toNumber: '+46812345678', startTime: 1606490711729 }, '"fromNumber" is an object, not a phone number'],
	])('%s -> 400 with a message, and no execution', async (_label, body, message) => {
		const { result, response, items } = await callLog(body);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(items).toEqual([]);
		expect(response).toMatchObject({ statusCode: 400, body: { error: message } });
	});

	test.each<[string, unknown, string]>([
		['milliseconds', 1606490711729, '2020-11-27T15:25:11.729Z'],
		['seconds', 1606490711, '2020-11-27T15:25:11.000Z'],
		['seconds as text', '1606490711', '2020-11-27T15:25:11.000Z'],
		['milliseconds as text', '1606490711729', '2020-11-27T15:25:11.729Z'],
		['ISO text', '2020-11-27T15:25:11.729Z', '2020-11-27T15:25:11.729Z'],
	])('a start time in %s -> startTimeIso %s (startTime kept as sent)', async (_label, startTime, iso) => {
		const { items } = await callLog({ ...fixture('call-log.json'), startTime });
		expect(items[0]).toMatchObject({ startTime, startTimeIso: iso });
	});
});

describe('M8Com credential check', () => {
	const test_ = trigger.methods.credentialTest.m8ComWebhookApiTest;
	const run = (secret: string) =>
		test_.call({} as never, { id: '1', name: 'c', type: 'm8ComWebhookApi', data: { secret } });

	test.each([
		['', 'Error'],
		['Bearer abcdefghijklmnopqrstuvwxyz', 'Error'],
		['short', 'Error'],
		['has a space inside of it', 'Error'],
		[SECRET, 'OK'],
	])('%j -> %s', async (secret, status) => {
		expect((await run(secret)).status).toBe(status);
	});
});

describe('M8Com Trigger: node description', () => {
	const { description } = trigger;

	test('the credential is always required, with no Authentication choice, and tested by its own test', () => {
		expect(description.credentials).toEqual([{ name: 'm8ComWebhookApi', required: true, testedBy: 'm8ComWebhookApiTest' }]);
		expect(description.properties.map((property) => property.name)).toEqual([
			'setupNotice',
			'event',
			'lookupNotice',
			'callLogNotice',
			'callRecordingNotice',
			'lookupOptions',
			'options',
		]);
	});

	test('the URL carries the webhook id once (/webhook/<id>/<event>/<customerId>): it sits in the param\'s name', () => {
		const [webhook] = description.webhooks ?? [];
		expect(description.webhooks).toHaveLength(1);
		expect(webhook).toMatchObject({ name: 'default', isFullPath: true, responseData: '' });
		expect(String(webhook.path)).toMatch(/^=\{\{ .* \}\}\/:customerId-\{\{ \$webhookId \}\}$/);
	});

	// The expressions evaluated as n8n does for each Event: a saved workflow's URL must never move.
	const evaluate = (expression: unknown, event: string): string => {
		const code = String(expression).replace(/^=/, '').replace(/\/:customerId-\{\{ \$webhookId \}\}$/, '').replace(/^\{\{(.*)\}\}$/, '$1');
		return new Function('$parameter', `return (${code});`)({ event }) as string;
	};
	test.each([
		['numberLookup', 'lookup', 'GET', 'responseNode'],
		['customIdLookup', 'custom-id-lookup', 'GET', 'responseNode'],
		['callLog', 'call-log', 'POST', 'onReceived'],
		['callRecording', 'call-recording', 'POST', 'onReceived'],
	])('%s: URL segment %s, method %s, answered %s', (event, segment, method, responseMode) => {
		const [webhook] = description.webhooks ?? [];
		expect(evaluate(webhook.path, event)).toBe(segment);
		expect(evaluate(webhook.httpMethod, event)).toBe(method);
		expect(evaluate(webhook.responseMode, event)).toBe(responseMode);
	});
});
