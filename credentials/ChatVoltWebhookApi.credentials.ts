import type { Icon, ICredentialType } from 'n8n-workflow';

import { webhookSecret } from '../nodes/shared/webhook/webhookSecret';

/**
 * The authentication header ChatVolt sends with its webhooks (Agents > your agent > Settings >
 * WebHook > Header). The ChatVolt triggers compare it in constant time and answer 401/403 when it
 * is missing or wrong, so no workflow runs for requests that do not come from your agent.
 */
export const chatVoltWebhookSecret = webhookSecret({
	name: 'chatVoltWebhookApi',
	minLength: 8,
	okMessage: 'Requests must carry this header with this value: enter both in the agent\'s WebHook settings in ChatVolt',
	header: {
		default: 'Authorization',
		required: true,
		description:
			'The name of the header ChatVolt sends. ChatVolt does not document it; Authorization is the usual one. If requests are refused with "Missing header", look at a delivery in ChatVolt\'s logs and put its header name here.',
	},
	secret: {
		displayName: 'Header Value',
		description:
			'Exactly what you typed in the Header field of the agent\'s WebHook settings (for example "Bearer 7f3c…"). Use a long random value.',
	},
});

export class ChatVoltWebhookApi implements ICredentialType {
	name = 'chatVoltWebhookApi';

	displayName = 'ChatVolt Webhook Header API';

	icon: Icon = { light: 'file:../nodes/ChatVolt/chatvolt.svg', dark: 'file:../nodes/ChatVolt/chatvolt.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/ChatVolt.md#webhook-header';

	properties = chatVoltWebhookSecret.properties;
}
