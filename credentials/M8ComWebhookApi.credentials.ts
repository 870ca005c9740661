import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The secret of an M8Com Insights webhook integration. M8Com (v2) sends it on every lookup and
 * call-log request as "Authorization: Bearer <secret>"; M8Com has no API this secret opens.
 */
export class M8ComWebhookApi implements ICredentialType {
	name = 'm8ComWebhookApi';

	displayName = 'M8Com Webhook API';

	icon = { light: 'file:../nodes/M8Com/m8com.svg', dark: 'file:../nodes/M8Com/m8com.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/M8Com.md';

	properties: INodeProperties[] = [
		{
			displayName:
				'M8Com sends this secret as "Authorization: Bearer &lt;secret&gt;" on every request. Choose a long random value and give the same value to M8Com Customer Care when they set up the webhook integration.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Webhook Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The secret of the webhook integration in M8Com (without the word "Bearer")',
		},
	];
}
