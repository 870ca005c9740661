import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class HipcallApi implements ICredentialType {
	name = 'hipcallApi';

	displayName = 'Hipcall API';

	icon: Icon = { light: 'file:../nodes/Hipcall/hipcall.svg', dark: 'file:../nodes/Hipcall/hipcall.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/Hipcall.md';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A Hipcall API token. In Hipcall, open Settings > API Keys (an administrator can create one) and copy the token.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'Global (use.hipcall.com)', value: 'global' },
				{ name: 'Turkey (use.hipcall.com.tr)', value: 'turkey' },
				{ name: 'Custom Base URL', value: 'custom' },
			],
			default: 'global',
			description: 'Where your Hipcall account lives: the address you sign in at',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://use.hipcall.com/api/v3',
			required: true,
			description: 'The API address up to and including /api/v3, for a private Hipcall node or a test stand-in',
			displayOptions: { show: { region: ['custom'] } },
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiToken}}',
				Accept: 'application/json',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{ $credentials.region === "custom" ? String($credentials.baseUrl).replace(/\\/+$/, "") : ($credentials.region === "turkey" ? "https://use.hipcall.com.tr/api/v3" : "https://use.hipcall.com/api/v3") }}',
			url: '/users',
			qs: { limit: 1 },
		},
	};
}
