import type { ICredentialType } from 'n8n-workflow';

import { webhookSecret } from '../nodes/shared/webhook/webhookSecret';

/**
 * The custom header that a Bambuser webhook subscription sends back on every delivery. Bambuser
 * signs nothing: this header, set by you when you create the webhook, is the only proof that a
 * delivery comes from your Bambuser workspace.
 */
export const bambuserWebhookSecret = webhookSecret({
	name: 'bambuserWebhookApi',
	minLength: 16,
	okMessage: 'The header is well formed. Set the same name and value on the Bambuser webhook.',
	notice:
		'Enter the same header name and value in the Bambuser webhook (BamHub -> Settings -> Integrations -> Webhooks, or the "headers" of the webhook you create through the Bambuser API). The trigger rejects every delivery that does not carry them.',
	header: {
		default: 'X-Bambuser-Webhook-Secret',
		required: true,
		description: 'Name of the custom header that Bambuser sends with every delivery (not case-sensitive)',
	},
	secret: {
		displayName: 'Header Value (Secret)',
		description:
			'The secret value of that header. Use a long random string, e.g. the output of "openssl rand -hex 32".',
	},
});

export class BambuserWebhookApi implements ICredentialType {
	name = 'bambuserWebhookApi';

	displayName = 'Bambuser Webhook API';

	icon = { light: 'file:../nodes/Bambuser/bambuser.svg', dark: 'file:../nodes/Bambuser/bambuser.dark.svg' } as const;

	documentationUrl =
		'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/Bambuser.md#1-create-the-credential';

	properties = bambuserWebhookSecret.properties;
}
