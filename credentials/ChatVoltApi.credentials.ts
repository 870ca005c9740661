import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { DEFAULT_BASE_URL } from '../nodes/ChatVolt/apiUrl';

/** ChatVolt's REST API: an API key sent as a bearer token. */
export class ChatVoltApi implements ICredentialType {
	name = 'chatVoltApi';

	displayName = 'ChatVolt API';

	icon: Icon = { light: 'file:../nodes/ChatVolt/chatvolt.svg', dark: 'file:../nodes/ChatVolt/chatvolt.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/ChatVolt.md#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Create one in ChatVolt under Settings > API Keys',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			required: true,
			description: 'Leave as it is unless ChatVolt gave you another API address',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/contacts',
			qs: { limit: 1 },
		},
	};
}
