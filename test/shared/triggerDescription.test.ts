// What the toolkit builds from a declaration: the panel (authentication, notices, filter, options),
// the credentials entry and its test, the webhooks, and the versions.
import type { INodeTypeDescription } from 'n8n-workflow';

import {
	eventFilter,
	rawBodyProperty,
	triggerCredentials,
	triggerNode,
	triggerParts,
	webhookSecret,
	type TriggerDeclaration,
} from '../../nodes/shared/webhook';

const credential = webhookSecret({
	name: 'acmeWebhookApi',
	minLength: 16,
	urlSafe: true,
	okMessage: 'ok',
	header: { default: 'X-Acme-Secret', required: false, description: 'The header' },
	secret: { description: 'The secret' },
});

const declaration: TriggerDeclaration = {
	vendor: 'Acme',
	setup: 'Paste the URL in Acme.',
	credential,
	checks: { offered: ['none', 'urlSecret', 'headerSecret'], default: 'urlSecret' },
	webhook: { path: 'acme', methods: ['GET', 'POST'], answer: 'responseNode' },
	events: eventFilter([{ value: 'ping', name: 'Ping', description: 'A ping' }], { vendor: 'Acme' }),
	body: { shape: 'object' },
	source: {},
};

describe('triggerParts and triggerCredentials', () => {
	const description = triggerParts(declaration);
	const names = description.properties.map((property) => property.name);

	test('the panel: set-up notice, authentication and its notices, event filter, raw body', () => {
		expect(names).toEqual(['setupNotice', 'authentication', 'noneNotice', 'urlSecretNotice', 'headerSecretNotice', 'events', 'options']);
		const authentication = description.properties[1];
		expect(authentication.default).toBe('urlSecret');
		expect(authentication.options).toEqual([
			expect.objectContaining({ name: 'None', value: 'none' }),
			expect.objectContaining({ name: 'Secret in URL (Recommended)', value: 'urlSecret' }),
			expect.objectContaining({ name: 'Secret Header', value: 'headerSecret' }),
		]);
		expect(description.properties.find((p) => p.name === 'headerSecretNotice')?.displayName).toContain('X-Acme-Secret');
		expect(description.properties.at(-1)).toEqual(rawBodyProperty);
	});

	test('the credential is required for every choice but None, and tested by the credential\'s own test', () => {
		expect(triggerCredentials(declaration)).toEqual([
			{ name: 'acmeWebhookApi', required: true, testedBy: 'acmeWebhookApiTest', displayOptions: { show: { authentication: ['urlSecret', 'headerSecret'] } } },
		]);
		class AcmeTrigger extends triggerNode(declaration) {
			description = { ...triggerParts(declaration) } as INodeTypeDescription;
		}
		const node = new AcmeTrigger();
		expect(node.methods.credentialTest.acmeWebhookApiTest).toBe(credential.test);
	});

	test('one webhook per method, with the secret as the last URL segment when a URL check is offered', () => {
		expect(description.webhooks).toHaveLength(2);
		expect(description.webhooks?.map((webhook) => webhook.httpMethod)).toEqual(['GET', 'POST']);
		for (const webhook of description.webhooks ?? []) {
			expect(webhook).toMatchObject({ responseMode: 'responseNode', isFullPath: true });
			expect(webhook.path).toContain('/:secret');
			expect(webhook.path).toContain('"/acme"');
		}
	});

	test('a single check shows no choice; the credential is then always required', () => {
		const single = { ...declaration, checks: { offered: ['bearer' as const], default: 'bearer' as const } };
		const bearer = triggerParts(single);
		expect(bearer.properties.map((p) => p.name)).not.toContain('authentication');
		expect(triggerCredentials(single)).toEqual([{ name: 'acmeWebhookApi', required: true, testedBy: 'acmeWebhookApiTest' }]);
		expect(bearer.webhooks?.[0].path).toBe('acme');
	});

	test('the version is the declaration\'s; with several, the raw body stays on version 1 only', () => {
		expect(description.version).toBe(1);
		const two = triggerParts({ ...declaration, version: [1, 2] });
		expect(two).toMatchObject({ version: [1, 2], defaultVersion: 2 });
		expect(two.properties.find((p) => p.name === 'options')?.displayOptions).toEqual({ show: { '@version': [1] } });
		const onlyTwo = triggerParts({ ...declaration, version: 2 });
		expect(onlyTwo.properties.map((p) => p.name)).not.toContain('options');
	});
});
