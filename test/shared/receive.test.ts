import { RECEIVED, acknowledgeIgnored, receiveJson } from '../../nodes/shared/webhook';
import { fakeWebhookContext } from '../helpers/webhookContext';

const secrets = [{ kind: 'header' as const, headerName: 'x-secret', value: 'right' }];

describe('receiveJson', () => {
	test('a good delivery yields the parsed body and sends nothing yet', async () => {
		const { context, response } = fakeWebhookContext({ headers: { 'X-Secret': 'right' }, body: [{ a: 1 }] });
		const received = await receiveJson(context, { secrets, shape: 'objectOrArray' });
		expect(received).toMatchObject({ ok: true, body: [{ a: 1 }] });
		expect(response.ended).toBe(false);
	});

	test('the secret is checked before the body is read: 401/403, no execution', async () => {
		for (const [headers, status] of [[{}, 401], [{ 'x-secret': 'wrong' }, 403]] as const) {
			const { context, response } = fakeWebhookContext({ headers, body: '{not json' });
			const received = await receiveJson(context, { secrets, shape: 'object' });
			expect(received).toEqual({ ok: false, response: { noWebhookResponse: true } });
			expect(response.statusCode).toBe(status);
			expect(response.body).toEqual({ error: expect.any(String) });
		}
	});

	test('malformed JSON and a wrong shape are answered 400 with what is wrong', async () => {
		const malformed = fakeWebhookContext({ headers: { 'x-secret': 'right' }, body: '{"a":1,,}' });
		expect(await receiveJson(malformed.context, { secrets, shape: 'object' })).toEqual({
			ok: false,
			response: { noWebhookResponse: true },
		});
		expect(malformed.response).toMatchObject({ statusCode: 400, body: { error: expect.stringMatching(/not valid JSON/) } });

		const wrongShape = fakeWebhookContext({ headers: { 'x-secret': 'right' }, body: [1, 2] });
		await receiveJson(wrongShape.context, { secrets, shape: 'object' });
		expect(wrongShape.response).toMatchObject({ statusCode: 400, body: { error: 'Expected a JSON object, got an array' } });
	});

	test('ignored deliveries are acknowledged without an execution', () => {
		expect(acknowledgeIgnored('event not selected')).toEqual({
			webhookResponse: { received: true, ignored: 'event not selected' },
		});
		expect(RECEIVED).toEqual({ received: true });
	});
});
