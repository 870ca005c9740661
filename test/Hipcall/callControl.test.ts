// Hipcall external management: the Call Control Trigger's items from Hipcall's documented first step
// and the steps after a gather, its event ids and Basic Auth; the Call Control Response's answers,
// what it refuses (never sent, handed back at once), and generated rows it must never send wrong.
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { HipcallCallControlResponse } from '../../nodes/Hipcall/HipcallCallControlResponse.node';
import { HipcallCallControlTrigger } from '../../nodes/Hipcall/HipcallCallControlTrigger.node';
import { callControlAnswer, gatheredOf } from '../../nodes/Hipcall/callControl';
import { isWebUrl } from '../../nodes/shared/url';
import { errorOf, fakeExecuteContext } from '../helpers/executeContext';
import { fakeWebhookContext } from '../helpers/webhookContext';
import { CALL_STEP1_DERIVED, fixture } from './fixtures';

const USER = 'hipcall';
const PASSWORD = 'call-control-password-0123';
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

async function step(body: unknown, options: { authorization?: string; authentication?: string } = {}) {
	const { authorization = basic(USER, PASSWORD), authentication = 'basicAuth' } = options;
	const { context, response } = fakeWebhookContext(
		{ body, headers: authorization ? { authorization, 'content-type': 'application/json' } : {} },
		{ parameters: { authentication }, credentials: { hipcallRoutingApi: { username: USER, password: PASSWORD } } },
	);
	const result = await new HipcallCallControlTrigger().webhook.call(context);
	return { result, response, items: (result.workflowData?.[0] ?? []).map((item) => item.json) };
}

describe('Hipcall Call Control Trigger', () => {
	test("the first step, as Hipcall's help page shows it: fields untouched, caller in E.164, no digits yet, step 1 after init", async () => {
		const { result, response, items } = await step(fixture('call-control-step1.json'));
		expect(response.ended).toBe(false);
		expect(result.webhookResponse).toBeUndefined();
		expect(items).toEqual([{ ...fixture('call-control-step1.json'), ...CALL_STEP1_DERIVED }]);
		expect(CALL_STEP1_DERIVED).toMatchObject({
			callerE164: '+908508852972',
			hipcallNumber: '+908508851980',
			gathered: {},
			firstStep: true,
			stepNumber: 1,
			lastAction: 'init',
			timestampIso: '2024-10-23T22:11:35.000Z',
		});
	});

	test('after gathers: the digits by variable name, the step number and last action from the call flow', async () => {
		const [second] = (await step(fixture('call-control-step2.json'))).items;
		expect(second).toMatchObject({ data: { menu: '2' }, gathered: { menu: '2' }, firstStep: false, stepNumber: 2, lastAction: 'gather' });
		const [third] = (await step(fixture('call-control-step3.json'))).items;
		expect(third).toMatchObject({ gathered: { menu: '2', support: '1' }, stepNumber: 3 });
		// One call, three steps, three event ids; a retry of a step keeps its id.
		const first = (await step(fixture('call-control-step1.json'))).items[0];
		expect(new Set([first.eventId, second.eventId, third.eventId]).size).toBe(3);
		expect((await step({ ...fixture('call-control-step2.json'), timestamp: 1729721999 })).items[0].eventId).toBe(second.eventId);
		expect(second.eventId).toBe('call_step:8bcfdf1d-d7b9-434d-9207-d33a8e73ac47:2:menu=2');
	});

	test('"call_flow" (the demo code\'s spelling) is read like "callflow"; digits sent as numbers become text; other data stays in data only', async () => {
		const { callflow, ...rest } = fixture('call-control-step2.json');
		const [item] = (await step({ ...rest, call_flow: callflow, data: { menu: 2, pin: ' 1234 ', extra: { a: 1 } }, contact_external_id: 'crm-9' })).items;
		expect(item).toMatchObject({ stepNumber: 2, lastAction: 'gather', gathered: { menu: '2', pin: '1234' }, contact_external_id: 'crm-9' });
		expect(item.data).toEqual({ menu: 2, pin: ' 1234 ', extra: { a: 1 } });
		expect(gatheredOf(null)).toEqual({});
	});

	test('a withheld caller (null) still gets the menu: the call is named by its uuid', async () => {
		const [item] = (await step({ ...fixture('call-control-step1.json'), caller: null })).items;
		expect(item).toMatchObject({ caller: null, callId: '8bcfdf1d-d7b9-434d-9207-d33a8e73ac47', firstStep: true });
		expect(item).not.toHaveProperty('callerE164');
	});

	test('a short step (only the caller) still runs; what it cannot give is left out', async () => {
		const [item] = (await step({ caller: '905438851111' })).items;
		expect(item).toMatchObject({ callerE164: '+905438851111', gathered: {}, firstStep: true });
		expect(item).not.toHaveProperty('stepNumber');
		expect(item.eventId).toMatch(/^call_step:[0-9a-f]{32}$/);
	});

	test.each([
		['neither caller nor uuid', { data: {}, callee: '908508851980' }, /neither "caller" nor "uuid"/],
		['a caller that is an object', { caller: { n: 1 } }, /neither text nor a number/],
		['data that is not an object', { caller: '+1', data: '12' }, /"data" that is not an object/],
		['a call flow that is not a list', { caller: '+1', callflow: { action: 'init' } }, /not a list/],
		['an array', [fixture('call-control-step1.json')], /JSON object/],
	])('%s is 400 and starts nothing', async (_, body, message) => {
		const { result, response } = await step(body);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response).toMatchObject({ statusCode: 400, body: { error: expect.stringMatching(message) } });
	});

	test('Basic Auth: none 401, wrong 403, nothing started; with None anything goes', async () => {
		const body = fixture('call-control-step1.json');
		const missing = await step(body, { authorization: '' });
		expect(missing.result).toEqual({ noWebhookResponse: true });
		expect(missing.response).toMatchObject({ statusCode: 401, headers: { 'www-authenticate': expect.stringMatching(/^Basic/) } });
		for (const authorization of [basic(USER, 'wrong'), basic('someone', PASSWORD)]) {
			const wrong = await step(body, { authorization });
			expect(wrong.result).toEqual({ noWebhookResponse: true });
			expect(wrong.response).toMatchObject({ statusCode: 403 });
		}
		expect((await step(body, { authorization: '', authentication: 'none' })).items).toHaveLength(1);
	});

	test('the webhook: POST, answered by the response node, at /webhook/<id>/hipcall-call-control', () => {
		expect(new HipcallCallControlTrigger().description.webhooks).toEqual([
			{ name: 'default', httpMethod: 'POST', path: 'hipcall-call-control', responseMode: 'responseNode' },
		]);
	});
});

const MENU = 'https://example.com/audio/menu.mp3';

async function respond(parameters: IDataObject, continueOnFail = false) {
	const { context, responses } = fakeExecuteContext({ items: [{ callerE164: '+908508852972' }], parameters, continueOnFail });
	const outcome = await new HipcallCallControlResponse().execute.call(context).then(
		(output) => ({ output, error: undefined }),
		(error: Error & { description?: string }) => ({ output: undefined, error }),
	);
	return { ...outcome, responses };
}

const actions = (...rows: IDataObject[]) => ({ respondWith: 'actions', actions: { action: rows } });

describe('Hipcall Call Control Response', () => {
	test('a welcome and a menu: 200 {"version": "1", "seq": [...]} as Hipcall documents it', async () => {
		const { output, responses } = await respond(
			actions(
				{ type: 'play', url: 'https://example.com/audio/welcome.mp3' },
				{ type: 'say', text: ' Press 1 for sales ', language: 'en-US' },
				{ type: 'gather', ask: MENU, minDigits: 1, maxDigits: 2, variableName: 'menu' },
			),
		);
		const answer = {
			version: '1',
			seq: [
				{ action: 'play', args: { url: 'https://example.com/audio/welcome.mp3' } },
				{ action: 'say', args: { text: 'Press 1 for sales', language: 'en-US' } },
				{ action: 'gather', args: { min_digits: 1, max_digits: 2, ask: MENU, variable_name: 'menu' } },
			],
		};
		expect(responses).toEqual([{ statusCode: 200, body: answer, headers: { 'content-type': 'application/json; charset=utf-8' } }]);
		expect(output).toEqual([[{ json: { answer, statusCode: 200 }, pairedItem: { item: 0 } }]]);
	});

	test.each([
		[{ type: 'connect', extension: ' 1000 ' }, { action: 'connect', args: { destination: '1000' } }],
		[{ type: 'connect', extension: 1002 }, { action: 'connect', args: { destination: '1002' } }],
		[{ type: 'dial', number: '+90 532 620 29 11' }, { action: 'dial', args: { destination: '905326202911' } }],
		[{ type: 'dial', number: '00905326202911' }, { action: 'dial', args: { destination: '905326202911' } }],
		[{ type: 'dial', number: '905326202911' }, { action: 'dial', args: { destination: '905326202911' } }],
		[{ type: 'hangup' }, { action: 'hangup' }],
		[{ type: 'gather', ask: MENU, minDigits: '4', maxDigits: '4', variableName: 'pin_code' }, { action: 'gather', args: { min_digits: 4, max_digits: 4, ask: MENU, variable_name: 'pin_code' } }],
	])('%p is sent as %p', async (row, sent) => {
		const { responses } = await respond(actions(row));
		expect(responses[0].body).toEqual({ version: '1', seq: [sent] });
	});

	test('the default target: 204 with no body, at once', async () => {
		const { output, responses } = await respond({ respondWith: 'defaultTarget' });
		expect(responses).toEqual([{ statusCode: 204, body: '', headers: {} }]);
		expect(output?.[0][0].json).toEqual({ answer: 'default', statusCode: 204 });
	});

	test.each([
		['no actions', actions(), /no actions/],
		['a play URL that is not http(s)', actions({ type: 'play', url: 'javascript:alert(1)' }, { type: 'hangup' }), /Action 1 \(Play Audio\): the audio URL/],
		['an empty say text', actions({ type: 'say', text: '  ', language: 'tr-TR' }, { type: 'hangup' }), /the text is empty/],
		['a language that is no tag', actions({ type: 'say', text: 'Hi', language: 'English please' }, { type: 'hangup' }), /not a language tag/],
		['min above max', actions({ type: 'gather', ask: MENU, minDigits: 3, maxDigits: 2, variableName: 'menu' }), /minimum digits \(3\) is more than the maximum \(2\)/],
		['min 0', actions({ type: 'gather', ask: MENU, minDigits: 0, maxDigits: 2, variableName: 'menu' }), /minimum digits "0"/],
		['a fraction', actions({ type: 'gather', ask: MENU, minDigits: 1, maxDigits: 1.5, variableName: 'menu' }), /maximum digits "1.5"/],
		['a variable name with a space', actions({ type: 'gather', ask: MENU, minDigits: 1, maxDigits: 1, variableName: 'main menu' }), /variable name "main menu"/],
		['a prompt that is no URL', actions({ type: 'gather', ask: 'menu.mp3', minDigits: 1, maxDigits: 1, variableName: 'menu' }), /prompt audio URL "menu.mp3"/],
		['an extension with letters', actions({ type: 'connect', extension: 'ext-7' }), /the extension "ext-7" is not digits only/],
		['an empty extension', actions({ type: 'connect', extension: '' }), /the extension is empty/],
		['a national number', actions({ type: 'dial', number: '05326202911' }), /not a phone number with its country code/],
		['an action after a gather', actions({ type: 'gather', ask: MENU, minDigits: 1, maxDigits: 1, variableName: 'menu' }, { type: 'hangup' }), /Action 1 \(Gather Digits\) ends the step, so the 1 action\(s\) after it would never run/],
		['an action after connect', actions({ type: 'connect', extension: '1000' }, { type: 'play', url: MENU }), /Action 1 \(Connect to Extension\) ends the step/],
		['an unknown action', actions({ type: 'transfer' }), /"transfer" is not an action/],
	])('%s is never sent: Hipcall gets 204 at once, the node fails saying why', async (_, parameters, message) => {
		const { error, responses } = await respond(parameters);
		expect(error?.message).toMatch(message);
		expect(error?.description).toMatch(/default target/);
		expect(responses).toEqual([{ statusCode: 204, body: '', headers: {} }]);
	});

	test('every problem of an answer is said at once', async () => {
		const { error } = await respond(actions({ type: 'play', url: '' }, { type: 'connect', extension: 'x' }));
		expect(error?.message).toMatch(/Action 1 \(Play Audio\).*; Action 2 \(Connect to Extension\)/);
	});

	test('with Continue On Fail a refused answer hands the call back and the item says why', async () => {
		const { output, responses } = await respond(actions({ type: 'connect', extension: 'ext-7' }), true);
		expect(responses).toEqual([{ statusCode: 204, body: '', headers: {} }]);
		expect(output).toEqual([[{ json: { answer: 'default', statusCode: 204, error: 'Action 1 (Connect to Extension): the extension "ext-7" is not digits only' }, pairedItem: { item: 0 } }]]);
	});

	test('a parameter that fails to resolve still answers Hipcall at once (204), then fails', async () => {
		const { context, responses } = fakeExecuteContext({ parameters: {} });
		const error = await errorOf(new HipcallCallControlResponse().execute.call(context));
		expect(error).toBeDefined();
		expect(responses).toEqual([{ statusCode: 204, body: '', headers: {} }]);
	});
});

describe('callControlAnswer on generated rows', () => {
	const field = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.constant(undefined), fc.webUrl(), fc.constantFrom('1000', '+905326202911', 'tr-TR', 'menu', '1', '4'));
	const row = fc.record(
		{
			type: fc.oneof(fc.constantFrom('play', 'say', 'gather', 'connect', 'dial', 'hangup'), fc.string()),
			url: field,
			text: field,
			language: field,
			ask: field,
			minDigits: field,
			maxDigits: field,
			variableName: field,
			extension: field,
			number: field,
		},
		{ requiredKeys: ['type'] },
	);
	const rows = fc.oneof(fc.array(row, { maxLength: 6 }), fc.anything());

	test('never throws; what it would send is always an answer Hipcall runs as asked', () => {
		fc.assert(
			fc.property(rows, (input) => {
				const built = callControlAnswer(input);
				if ('problem' in built) {
					expect(built.problem).toMatch(/\S/);
					return;
				}
				const { version, seq } = built.answer;
				expect(version).toBe('1');
				expect(seq.length).toBeGreaterThan(0);
				seq.forEach((action, index) => {
					const args = (action.args ?? {}) as IDataObject;
					// Only the last action may end the step.
					if (index < seq.length - 1) expect(['play', 'say']).toContain(action.action);
					if (action.action === 'play') expect(isWebUrl(args.url)).toBe(true);
					if (action.action === 'gather') {
						expect(isWebUrl(args.ask)).toBe(true);
						expect(Number.isInteger(args.min_digits) && (args.min_digits as number) >= 1).toBe(true);
						expect((args.min_digits as number) <= (args.max_digits as number)).toBe(true);
						expect(args.variable_name).toMatch(/^[A-Za-z_]\w*$/);
					}
					if (action.action === 'connect') expect(args.destination).toMatch(/^\d+$/);
					if (action.action === 'dial') expect(args.destination).toMatch(/^[1-9]\d{7,14}$/);
					if (action.action === 'say') expect(String(args.text).trim()).toBe(args.text);
				});
			}),
			{ numRuns: 2000 },
		);
	});
});
