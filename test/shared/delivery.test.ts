// receiveDelivery with a minimal declaration: what the toolkit itself does with a delivery.
import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { receiveDelivery, webhookSecret, type TriggerDeclaration } from '../../nodes/shared/webhook';
import { fakeWebhookContext } from '../helpers/webhookContext';

const declaration: TriggerDeclaration = {
	vendor: 'Acme',
	setup: 'Paste the URL in Acme.',
	credential: webhookSecret({ name: 'acmeWebhookApi', minLength: 16, okMessage: 'ok', secret: {} }),
	checks: { offered: ['none'], default: 'none' },
	webhook: { path: 'acme', answer: 'received' },
	body: { shape: 'objectOrArray' },
	source: {
		eventType: (event) => String(event.type),
		eventKey: (event) => (event.id === undefined ? undefined : [event.id]),
		derive: (event) => {
			if (event.explode) throw new Error('boom');
			return {};
		},
	},
};

async function deliver(body: unknown, source: Partial<TriggerDeclaration['source']> = {}) {
	const { context, response } = fakeWebhookContext({ body });
	const result: IWebhookResponseData = await receiveDelivery(context, { ...declaration, source: { ...declaration.source, ...source } });
	return { result, response, items: (result.workflowData?.[0] ?? []).map((item) => item.json) };
}

test('identical events without a key of their own are numbered in order; a retry numbers them the same', async () => {
	const sms = { type: 'sms', text: 'hi' };
	const { items } = await deliver([sms, { type: 'sms', text: 'other' }, sms, sms]);
	const [first, , second, third] = items.map((item) => item.eventId as string);
	expect(first).toMatch(/^sms:[0-9a-f]{32}$/);
	expect([second, third]).toEqual([`${first}:2`, `${first}:3`]);
	expect((await deliver([sms, { type: 'sms', text: 'other' }, sms, sms])).items.map((item) => item.eventId)).toEqual(
		items.map((item) => item.eventId),
	);
	expect((await deliver(sms)).items[0].eventId).toBe(first);
});

test('events with the same key are the same event, and keep the same id', async () => {
	const { items } = await deliver([{ type: 'call', id: 7 }, { type: 'call', id: 7, retried: true }]);
	expect(items.map((item) => item.eventId)).toEqual(['call:7', 'call:7']);
});

test('a hook that throws on one event leaves that event out and names it; the others go on', async () => {
	const { items, result } = await deliver([{ type: 'a', id: 1 }, { type: 'a', id: 2, explode: true }, { type: 'a', id: 3 }]);
	expect(items.map((item) => item.id)).toEqual([1, 3]);
	expect(result.webhookResponse).toEqual({ received: true, rejected: [{ index: 1, problem: 'could not be processed (boom)' }] });
	const alone = await deliver({ type: 'a', explode: true });
	expect(alone.response.statusCode).toBe(400);
	expect(alone.response.body).toEqual({ error: 'Not a Acme event: the body could not be processed (boom)' });
});

test('an events hook that throws is a 400 for the request, never a thrown error', async () => {
	const { response, result } = await deliver({ type: 'a' }, {
		events: () => {
			throw new Error('unreadable');
		},
	});
	expect(result.workflowData).toBeUndefined();
	expect(response.statusCode).toBe(400);
	expect((response.body as IDataObject).error).toBe('The request could not be processed (unreadable)');
});

test('an empty batch starts nothing and says so', async () => {
	const { result } = await deliver([]);
	expect(result).toEqual({ webhookResponse: { received: true, ignored: 'The batch is empty' } });
});
