// The M8Com Trigger's call recording event: M8Com's fields untouched, the derived fields a builder
// needs, the shape checks (400, nothing started) and generated hostile bodies.
import fc from 'fast-check';
import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { M8ComTrigger } from '../../nodes/M8Com/M8ComTrigger.node';
import { recordingFields, recordingProblem } from '../../nodes/M8Com/recording';
import { fakeWebhookContext } from '../helpers/webhookContext';
import { SECRET, bearer, fixture } from './fixtures';

const trigger = new M8ComTrigger();
const CUSTOMER_PARAM = 'customerId-6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b03';

async function deliver(body: unknown, headers: Record<string, string> = bearer(), customerId = 'acme') {
	const fake = fakeWebhookContext(
		{ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, params: { [CUSTOMER_PARAM]: customerId }, body: typeof body === 'string' ? body : JSON.stringify(body) },
		{ parameters: { event: 'callRecording' }, credentials: { m8ComWebhookApi: { secret: SECRET } } },
	);
	const result: IWebhookResponseData = await trigger.webhook.call(fake.context);
	return { result, response: fake.response, items: (result.workflowData?.[0] ?? []).map((item) => item.json) };
}

describe('M8Com Trigger: call recording', () => {
	test('an answer-group recording becomes one item: M8Com\'s fields untouched plus the derived ones, acknowledged at once', async () => {
		const body = fixture('call-recording.json');
		const { result, items } = await deliver(body);
		expect(result.webhookResponse).toEqual({ received: true });
		expect(items).toHaveLength(1);
		expect(items[0]).toEqual({
			...body,
			customerId: 'acme',
			callId: '48213377',
			customerSide: 'caller',
			customerNumber: '+46701234567',
			customerNumberE164: '+46701234567',
			callerNumberE164: '+46701234567',
			calleeNumberE164: '+46812345678',
			agent: 'Adam Webb',
			startTimeIso: '2020-11-27T15:25:11.729Z',
			endTimeIso: '2020-11-27T15:28:27.729Z',
			talkSeconds: 184,
			waitSeconds: 12,
			recordingCount: 1,
			eventId: 'callRecording:acme:48213377',
		});
	});

	test('a personal call from a VoIP user: the customer is the callee, in E.164 with the default country code; unknown fields pass', async () => {
		const { items } = await deliver(fixture('call-recording-personal.json'));
		expect(items[0]).toMatchObject({
			customerSide: 'callee',
			customerNumber: '070-123 45 67',
			customerNumberE164: '+46701234567',
			recordingLanguage: 'sv-SE',
			talkSeconds: 90,
			recordingCount: 2,
		});
		expect(items[0]).not.toHaveProperty('callerNumberE164');
		expect(items[0]).not.toHaveProperty('agent');
		expect(items[0]).not.toHaveProperty('waitSeconds');
	});

	test('a personal call between two phone numbers names no customer, but gives both numbers', () => {
		const fields = recordingFields({ id: 1, fileUrls: ['https://x.example/a.mp3'], callerNumber: '+46701234567', calleeNumber: '+46812345678', agentId: null, waitTime: null }, 'acme');
		expect(fields).toMatchObject({ customerSide: undefined, customerNumberE164: undefined, callerNumberE164: '+46701234567', calleeNumberE164: '+46812345678' });
	});

	test('every retry of one recording has the same eventId; another customer\'s another', async () => {
		const body = fixture('call-recording.json');
		const [first, retry, other] = [await deliver(body), await deliver({ ...body }), await deliver(body, bearer(), 'globex')];
		expect(retry.items[0].eventId).toBe(first.items[0].eventId);
		expect(other.items[0].eventId).toBe('callRecording:globex:48213377');
	});

	test.each([
		[{ fileUrls: ['https://x.example/a.mp3'] }, /no "id"/],
		[{ id: { nested: 1 }, fileUrls: ['https://x.example/a.mp3'] }, /"id" is an object/],
		[{ id: 7 }, /no "fileUrls"/],
		[{ id: 7, fileUrls: 'https://x.example/a.mp3' }, /"fileUrls" is a string, not a list/],
		[{ id: 7, fileUrls: [] }, /no http\(s\) link/],
		[{ id: 7, fileUrls: ['file:///etc/passwd', 'javascript:alert(1)'] }, /no http\(s\) link/],
		[{ id: 7, fileUrls: ['https://x.example/a.mp3'], startTime: 'yesterday' }, /"startTime" is not a time/],
		[{ id: 7, fileUrls: ['https://x.example/a.mp3'], talkTime: '3 minutes' }, /"talkTime" .* not a duration/],
		[{ id: 7, fileUrls: ['https://x.example/a.mp3'], waitTime: -5 }, /"waitTime" .* not a duration/],
	])('%j is refused with 400 and starts nothing', async (body, message) => {
		const { result, response } = await deliver(body);
		expect(result.workflowData).toBeUndefined();
		expect(response.statusCode).toBe(400);
		expect(String((response.body as IDataObject).error)).toMatch(message);
	});

	test('a wrong or missing bearer token is 403/401 before the body is read', async () => {
		expect((await deliver('{ not json', bearer('wrong'))).response.statusCode).toBe(403);
		expect((await deliver('{ not json', {})).response.statusCode).toBe(401);
	});

	test('generated recordings: the check and the fields never throw, and what passes the check has its id and links', () => {
		const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.array(fc.string()), fc.object());
		const body = fc.record(
			{
				id: fc.oneof(fc.integer(), fc.string(), anyValue),
				fileUrls: fc.oneof(fc.array(fc.oneof(fc.webUrl(), fc.string(), anyValue)), anyValue),
				callerNumber: anyValue,
				calleeNumber: anyValue,
				startTime: fc.oneof(fc.integer(), anyValue),
				endTime: fc.oneof(fc.integer(), anyValue),
				talkTime: fc.oneof(fc.nat(), anyValue),
				waitTime: fc.oneof(fc.nat(), fc.constant(null), anyValue),
				agentId: anyValue,
				agentName: anyValue,
			},
			{ requiredKeys: [] },
		);
		fc.assert(
			fc.property(body, (value) => {
				const problem = recordingProblem(value as IDataObject);
				if (problem !== undefined) return typeof problem === 'string' && problem.length > 0;
				const fields = recordingFields(value as IDataObject, 'acme', '46');
				expect(typeof fields.callId).toBe('string');
				expect(fields.recordingCount).toBeGreaterThan(0);
				return true;
			}),
			{ numRuns: 2000 },
		);
	});
});
