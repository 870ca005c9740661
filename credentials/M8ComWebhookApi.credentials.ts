import type { ICredentialType } from 'n8n-workflow';

import { webhookSecret } from '../nodes/shared/webhook/webhookSecret';

/**
 * The secret of an M8Com Insights webhook integration. M8Com (v2) sends it on every lookup and
 * call-log request as "Authorization: Bearer <secret>"; M8Com has no API this secret opens.
 */
export const m8ComWebhookSecret = webhookSecret({
	name: 'm8ComWebhookApi',
	minLength: 16,
	bearer: true,
	okMessage: 'The secret can be used; M8Com will send it as a bearer token',
	notice:
		'M8Com sends this secret as "Authorization: Bearer &lt;secret&gt;" on every request. Choose a long random value and give the same value to M8Com Customer Care when they set up the webhook integration.',
	secret: {
		displayName: 'Webhook Secret',
		description: 'The secret of the webhook integration in M8Com (without the word "Bearer")',
	},
});

export class M8ComWebhookApi implements ICredentialType {
	name = 'm8ComWebhookApi';

	displayName = 'M8Com Webhook API';

	icon = { light: 'file:../nodes/M8Com/m8com.svg', dark: 'file:../nodes/M8Com/m8com.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/M8Com.md';

	properties = m8ComWebhookSecret.properties;
}
