import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { baseUrlExpression, DEFAULT_REGION, EXAMPLE_BASE_URL, regionOptions } from '../nodes/Hipcall/apiUrl';

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
			options: regionOptions,
			default: DEFAULT_REGION,
			description: 'Where your Hipcall account lives: the address you sign in at',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: EXAMPLE_BASE_URL,
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
			baseURL: baseUrlExpression,
			url: '/users',
			qs: { limit: 1 },
		},
	};
}
