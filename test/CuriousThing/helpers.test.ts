// The small rules behind the Curious Thing Trigger: the secret check, the node's
// description, and a 1,000-event batch split in order.
import type { IDataObject, ICredentialTestFunctions } from 'n8n-workflow';

import { CuriousThingTrigger } from '../../nodes/CuriousThing/CuriousThingTrigger.node';
import { inferEventType, statusGroupOf } from '../../nodes/CuriousThing/events';
import { humanSupportRequestedIn } from '../../nodes/CuriousThing/derived';
import { acknowledgeProperty, acknowledgedWebhook } from '../../nodes/shared/webhook';
import { fakeWebhookContext } from '../helpers/webhookContext';
import { CuriousThingWebhookApi } from '../../credentials/CuriousThingWebhookApi.credentials';
import { fixture } from './fixtures';

describe('event type, status group and human-support rules', () => {
	test('inference from the fields', () => {
		expect(inferEventType({ data: { status: 'Complete' } })).toBe('CallComplete');
		expect(inferEventType({ phone: '1', status: 'failed' })).toBe('CallAttempted');
		expect(inferEventType({ phone: '1', type: 'inbound' })).toBe('CallReceived');
		expect(inferEventType({ from: '1', to: '2', message: 'hi' })).toBe('SMS');
		expect(inferEventType({ something: 'else' })).toBeUndefined();
	});

	test('status groups: Complete and Partial are Complete, anything else is Failed', () => {
		expect(['Complete', 'Partial', 'partial', 'Not Complete', 'Voicemail', '', undefined].map(statusGroupOf)).toEqual([
			'Complete',
			'Complete',
			'Complete',
			'Failed',
			'Failed',
			undefined,
			undefined,
		]);
	});

	test('human support flags as strings or objects', () => {
		expect(humanSupportRequestedIn(['humanSupportRequest'])).toBe(true);
		expect(humanSupportRequestedIn(['HUMAN_SUPPORT_REQUESTED'])).toBe(true);
		expect(humanSupportRequestedIn([{ type: 'humanSupportRequest' }])).toBe(true);
		expect(humanSupportRequestedIn(['callbackRequest'])).toBe(false);
		expect(humanSupportRequestedIn([])).toBe(false);
		expect(humanSupportRequestedIn('humanSupportRequest')).toBe(false);
	});
});

describe('webhook secret credential', () => {
	test('the credential has a secret (password) and a header name', () => {
		const credential = new CuriousThingWebhookApi();
		const secret = credential.properties.find((p) => p.name === 'secret');
		expect(secret?.typeOptions?.password).toBe(true);
		expect(credential.properties.find((p) => p.name === 'headerName')?.default).toBe('X-Webhook-Secret');
	});

	test('a long URL-safe secret passes the node credential test, others do not', async () => {
		const check = new CuriousThingTrigger().methods.credentialTest.curiousThingWebhookApiTest;
		const run = async (data: Record<string, string>) =>
			await check.call({} as ICredentialTestFunctions, { id: '1', name: 'x', type: 'curiousThingWebhookApi', data });
		expect((await run({ secret: 'abcdefghijklmnop_-12', headerName: 'X-Webhook-Secret' })).status).toBe('OK');
		expect((await run({ secret: 'abcdefghijklmnop_-12', headerName: '' })).status).toBe('OK');
		expect((await run({ secret: 'x' })).status).toBe('Error');
		expect((await run({ secret: 'has spaces in it, sixteen+' })).status).toBe('Error');
	});
});

describe('node description', () => {
	const { description } = new CuriousThingTrigger();

	test('follows the trigger conventions', () => {
		expect(description.name).toBe('curiousThingTrigger');
		expect(description.group).toEqual(['trigger']);
		expect(description.inputs).toEqual([]);
		expect(description).not.toHaveProperty('usableAsTool');
		expect(description.webhooks?.[0]).toMatchObject({ httpMethod: 'POST', isFullPath: true });
		expect(description.webhooks?.[0].responseMode).toBe(acknowledgedWebhook('x').responseMode);
		expect(description.properties).toContainEqual(acknowledgeProperty);
		expect(description.credentials?.[0]).toMatchObject({ name: 'curiousThingWebhookApi', testedBy: 'curiousThingWebhookApiTest' });
	});

	test('keeps n8n from parsing the body (raw body option) and defaults to no authentication', () => {
		const raw = description.properties.find((p) => p.name === 'options');
		expect(raw).toMatchObject({ type: 'hidden', default: { binaryData: true } });
		expect(description.properties.find((p) => p.name === 'authentication')?.default).toBe('none');
	});
});

describe('large batches', () => {
	// How fast: bench/curiousThingSplit.ts prints it (speed lives in benchmarks, not in tests).
	test('a 1,000-event batch becomes 1,000 items, in order', async () => {
		const seeds = [...fixture('CallComplete'), ...fixture('CallAttempted'), ...fixture('SMSReceived')];
		const batch = Array.from({ length: 1000 }, (_, i) => ({ ...seeds[i % seeds.length], id: `event-${i}` }));
		const parameters = { authentication: 'none', events: ['*'], untypedEventType: '', additionalOptions: {} };
		const { context } = fakeWebhookContext({ body: batch }, { parameters });
		const items = ((await new CuriousThingTrigger().webhook.call(context)).workflowData?.[0] ?? []).map((item) => item.json);
		expect(items).toHaveLength(1000);
		expect((items as IDataObject[]).map((item) => item.batchIndex)).toEqual(batch.map((_, i) => i));
		expect(items[999].eventId).toMatch(/^\w+:event-999$/);
	});
});
