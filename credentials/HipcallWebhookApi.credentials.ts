import type { Icon, ICredentialType } from 'n8n-workflow';

import { webhookSecret } from '../nodes/shared/webhook/webhookSecret';

/**
 * The shared secret the Hipcall Trigger checks. Hipcall signs nothing, so this secret is the only
 * proof that a delivery comes from your Hipcall account: it travels in the webhook URL or in a header.
 */
export const hipcallWebhookSecret = webhookSecret({
	name: 'hipcallWebhookApi',
	minLength: 16,
	urlSafe: true,
	okMessage: 'The secret is usable',
	header: {
		default: 'X-Hipcall-Secret',
		required: false,
		description:
			'The header that carries the secret when the trigger checks a header (for example added by a proxy in front of n8n)',
	},
	secret: {
		description:
			'A long random value that only you and Hipcall know. Use letters, digits, "-" and "_" only, so that it can sit in a URL.',
	},
});

export class HipcallWebhookApi implements ICredentialType {
	name = 'hipcallWebhookApi';

	displayName = 'Hipcall Webhook Secret API';

	icon: Icon = { light: 'file:../nodes/Hipcall/hipcall.svg', dark: 'file:../nodes/Hipcall/hipcall.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/Hipcall.md#trigger-secret';

	properties = hipcallWebhookSecret.properties;
}
