// Hipcall smart routing: the trigger's items from both bodies Hipcall documents, its event ids and
// Basic Auth, and the Routing Response's answers (an extension, the default route, an invalid one).
import type { IDataObject } from 'n8n-workflow';

import { DEFAULT_ROUTE, HipcallRoutingResponse } from '../../nodes/Hipcall/HipcallRoutingResponse.node';
import { HipcallRoutingTrigger } from '../../nodes/Hipcall/HipcallRoutingTrigger.node';
import { extensionOf } from '../../nodes/Hipcall/routing';
import { errorOf, fakeExecuteContext } from '../helpers/executeContext';
import { fakeWebhookContext } from '../helpers/webhookContext';
import { ROUTING_LONG_DERIVED, fixture } from './fixtures';

const USER = 'hipcall';
const PASSWORD = 'routing-password-0123';
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

async function route(body: unknown, options: { authorization?: string; authentication?: string } = {}) {
	const { authorization = basic(USER, PASSWORD), authentication = 'basicAuth' } = options;
	const { context, response } = fakeWebhookContext(
		{ body, headers: authorization ? { authorization, 'content-type': 'application/json' } : {} },
		{ parameters: { authentication }, credentials: { hipcallRoutingApi: { username: USER, password: PASSWORD } } },
	);
	const result = await new HipcallRoutingTrigger().webhook.call(context);
	return { result, response, items: (result.workflowData?.[0] ?? []).map((item) => item.json) };
}

describe('Hipcall Routing Trigger', () => {
	test('the long body: Hipcall\'s fields untouched, the caller in E.164 and digits, your number, the call and its time', async () => {
		const { result, response, items } = await route(fixture('routing-long.json'));
		// Answered by the response node, not here.
		expect(response.ended).toBe(false);
		expect(result.webhookResponse).toBeUndefined();
		// Hipcall's fields as sent, then the derived ones.
		expect(items).toEqual([{ caller: '905438851111', number: '+908508850000', timestamp: 1719843672, uuid: '564aff1e-7c1b-4f0e-9a52-3d8e6b2c1f90', ...ROUTING_LONG_DERIVED }]);
		expect(ROUTING_LONG_DERIVED).toMatchObject({ callerE164: '+905438851111', timestampIso: '2024-07-01T14:21:12.000Z', eventId: 'routing:564aff1e-7c1b-4f0e-9a52-3d8e6b2c1f90' });
	});

	test('the short body {caller}: the fields it cannot give are left out; the event id is a digest of the request', async () => {
		const { items } = await route(fixture('routing-short.json'));
		expect(items).toEqual([
			{ caller: '+442045205757', callerNumber: '+442045205757', callerE164: '+442045205757', callerDigits: '442045205757', eventId: expect.stringMatching(/^routing:[0-9a-f]{32}$/) },
		]);
		// The same caller asks the same question: a lookup, keyed by what it asks.
		expect((await route({ caller: '+442045205757' })).items[0].eventId).toBe(items[0].eventId);
		expect((await route({ caller: '+442045205758' })).items[0].eventId).not.toBe(items[0].eventId);
	});

	test('a retry of one call keeps its event id, another call of the same caller gets its own', async () => {
		const first = (await route(fixture('routing-long.json'))).items[0].eventId;
		expect((await route({ ...fixture('routing-long.json'), timestamp: 1719843673 })).items[0].eventId).toBe(first);
		expect((await route({ ...fixture('routing-long.json'), uuid: 'another-call' })).items[0].eventId).toBe('routing:another-call');
	});

	test.each([
		['a number as a number', { caller: 905438851111 }, { callerNumber: '905438851111', callerE164: '+905438851111', callerDigits: '905438851111' }],
		['spaces and dashes', { caller: '+44 20 4520-5757' }, { callerE164: '+442045205757', callerDigits: '442045205757' }],
		['a 00 prefix', { caller: '00442045205757' }, { callerE164: '+442045205757', callerDigits: '00442045205757' }],
		['a withheld caller', { caller: 'anonymous' }, { callerNumber: 'anonymous', callerE164: undefined, callerDigits: undefined }],
		['an empty caller', { caller: '' }, { callerNumber: undefined, callerE164: undefined, callerDigits: undefined }],
		['a national number (no country code to guess)', { caller: '05438851111' }, { callerE164: undefined, callerDigits: '05438851111' }],
	])('the caller normalised: %s', async (_, body, expected) => {
		const [item] = (await route(body)).items;
		expect({ callerE164: item.callerE164, callerDigits: item.callerDigits, ...('callerNumber' in expected ? { callerNumber: item.callerNumber } : {}) }).toEqual(expected);
	});

	test('a timestamp in milliseconds or as text is read too; a number that is no E.164 stays as sent', async () => {
		const [ms] = (await route({ caller: '1', timestamp: 1719843672000, number: '8500' })).items;
		expect(ms).toMatchObject({ timestampIso: '2024-07-01T14:21:12.000Z', hipcallNumber: '8500' });
		const [text] = (await route({ caller: '1', timestamp: '1719843672' })).items;
		expect(text.timestampIso).toBe('2024-07-01T14:21:12.000Z');
		const [junk] = (await route({ caller: '1', timestamp: { at: 1 }, uuid: ['x'] })).items;
		expect(junk).not.toHaveProperty('timestampIso');
		expect(junk).not.toHaveProperty('callId');
	});

	test.each([
		['no caller', {}, /no "caller"/],
		['a null caller', { caller: null }, /no "caller"/],
		['a caller that is an object', { caller: { number: '1' } }, /neither text nor a number/],
	])('%s is 400 and starts nothing', async (_, body, message) => {
		const { result, response } = await route(body);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response).toMatchObject({ statusCode: 400, body: { error: expect.stringMatching(message) } });
	});

	test('Basic Auth: none 401 with WWW-Authenticate, wrong user or password 403, nothing started; with None anything goes', async () => {
		const body = fixture('routing-long.json');
		const missing = await route(body, { authorization: '' });
		expect(missing.result).toEqual({ noWebhookResponse: true });
		expect(missing.response).toMatchObject({ statusCode: 401, headers: { 'www-authenticate': expect.stringMatching(/^Basic/) } });
		for (const authorization of [basic(USER, 'wrong'), basic('someone', PASSWORD)]) {
			const wrong = await route(body, { authorization });
			expect(wrong.result).toEqual({ noWebhookResponse: true });
			expect(wrong.response).toMatchObject({ statusCode: 403, body: { error: 'The Basic Auth username or password is wrong' } });
		}
		expect((await route(body, { authorization: '', authentication: 'none' })).items).toHaveLength(1);
	});

	test('the webhook: POST, answered by the response node, at /webhook/<id>/hipcall-routing', () => {
		expect(new HipcallRoutingTrigger().description.webhooks).toEqual([
			{ name: 'default', httpMethod: 'POST', path: 'hipcall-routing', responseMode: 'responseNode' },
		]);
	});
});

async function respond(parameters: IDataObject, continueOnFail = false) {
	const { context, responses } = fakeExecuteContext({ items: [{ callerE164: '+905438851111' }], parameters, continueOnFail });
	const output = await new HipcallRoutingResponse().execute.call(context);
	return { output, responses };
}

describe('Hipcall Routing Response', () => {
	test.each([['1000'], [' 1000 '], [1000], ['0042']])('route to extension %p: 200 {"extension": "…"} as JSON', async (extension) => {
		const { output, responses } = await respond({ routeTo: 'extension', extension });
		const expected = String(extension).trim();
		expect(responses).toEqual([{ statusCode: 200, body: { extension: expected }, headers: { 'content-type': 'application/json; charset=utf-8' } }]);
		expect(output).toEqual([[{ json: { route: 'extension', extension: expected, statusCode: 200 }, pairedItem: { item: 0 } }]]);
	});

	test('the default route: 204 with no body, at once', async () => {
		const { output, responses } = await respond({ routeTo: 'defaultRoute' });
		expect(responses).toEqual([{ statusCode: 204, body: '', headers: {} }]);
		expect(DEFAULT_ROUTE.statusCode).toBe(204);
		expect(output[0][0].json).toEqual({ route: 'default', statusCode: 204 });
	});

	test.each([[''], ['   '], ['10a0'], ['+1000'], ['1000 2000'], ['-5'], [12.5], [-1], [null], [undefined], [{ extension: '1' }]])(
		'an invalid extension %p is never sent: the default route is answered and the node fails saying so',
		async (extension) => {
			const { context, responses } = fakeExecuteContext({ parameters: { routeTo: 'extension', extension: extension as never } });
			const error = await errorOf(new HipcallRoutingResponse().execute.call(context));
			expect(error?.message).toMatch(/The extension/);
			expect(error?.description).toMatch(/default destination/);
			expect(responses).toEqual([{ statusCode: 204, body: '', headers: {} }]);
		},
	);

	test('with Continue On Fail an invalid extension answers the default route and flags the item with why', async () => {
		const { output, responses } = await respond({ routeTo: 'extension', extension: 'ext-7' }, true);
		expect(responses).toEqual([{ statusCode: 204, body: '', headers: {} }]);
		expect(output).toEqual([[{ json: { route: 'default', statusCode: 204, error: 'The extension "ext-7" is not digits only' }, pairedItem: { item: 0 } }]]);
	});

	test('extensionOf: digits only, trimmed; whole non-negative numbers are read as digits', () => {
		expect(extensionOf(' 201 ')).toEqual({ extension: '201' });
		expect(extensionOf(7)).toEqual({ extension: '7' });
		expect(extensionOf('١٢٣')).toEqual({ problem: expect.stringContaining('digits only') });
	});
});
