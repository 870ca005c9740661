import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The authentication header ChatVolt sends with its webhooks (Agents > your agent > Settings >
 * WebHook > Header). The ChatVolt triggers compare it in constant time and answer 401/403 when it
 * is missing or wrong, so no workflow runs for requests that do not come from your agent.
 */
export class ChatVoltWebhookApi implements ICredentialType {
	name = 'chatVoltWebhookApi';

	displayName = 'ChatVolt Webhook Header API';

	icon: Icon = { light: 'file:../nodes/ChatVolt/chatvolt.svg', dark: 'file:../nodes/ChatVolt/chatvolt.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/ChatVolt.md#webhook-header';

	properties: INodeProperties[] = [
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'Authorization',
			required: true,
			description:
				'The name of the header ChatVolt sends. ChatVolt does not document it; Authorization is the usual one. If requests are refused with "Missing header", look at a delivery in ChatVolt\'s logs and put its header name here.',
		},
		{
			displayName: 'Header Value',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Exactly what you typed in the Header field of the agent\'s WebHook settings (for example "Bearer 7f3c…"). Use a long random value.',
		},
	];
}
