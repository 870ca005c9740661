import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The shared secret the Hipcall Trigger checks. Hipcall signs nothing, so this secret is the only
 * proof that a delivery comes from your Hipcall account: it travels in the webhook URL or in a header.
 */
export class HipcallWebhookApi implements ICredentialType {
	name = 'hipcallWebhookApi';

	displayName = 'Hipcall Webhook Secret API';

	icon: Icon = { light: 'file:../nodes/Hipcall/hipcall.svg', dark: 'file:../nodes/Hipcall/hipcall.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/Hipcall.md#trigger-secret';

	properties: INodeProperties[] = [
		{
			displayName: 'Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A long random value that only you and Hipcall know. Use letters, digits, "-" and "_" only, so that it can sit in a URL.',
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'X-Hipcall-Secret',
			description:
				'The header that carries the secret when the trigger checks a header (for example added by a proxy in front of n8n)',
		},
	];
}
