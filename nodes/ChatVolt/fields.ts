import type { INodeProperties } from 'n8n-workflow';

/** Show a property only for these operations of this resource. */
function on(resource: string, operation: string[]): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation } };
}

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Agent', value: 'agent' },
		{ name: 'Contact', value: 'contact' },
		{ name: 'Conversation', value: 'conversation' },
	],
	default: 'conversation',
};

export const operationProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['agent'] } },
		options: [
			{ name: 'Query', value: 'query', description: 'Ask an agent a question and get its answer', action: 'Ask an agent' },
		],
		default: 'query',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conversation'] } },
		options: [
			{ name: 'Assign', value: 'assign', description: 'Assign a conversation to a team member', action: 'Assign a conversation' },
			{ name: 'Disable AI', value: 'disableAi', description: 'Stop the AI agent answering in a conversation', action: 'Disable AI in a conversation' },
			{ name: 'Enable AI', value: 'enableAi', description: 'Let the AI agent answer in a conversation again', action: 'Enable AI in a conversation' },
			{ name: 'Get Messages', value: 'getMessages', description: 'Get the latest messages of a conversation', action: 'Get messages of a conversation' },
			{ name: 'Send Message', value: 'sendMessage', description: 'Send a message to a user', action: 'Send a message' },
			{ name: 'Set Priority', value: 'setPriority', description: 'Set the priority of a conversation', action: 'Set the priority of a conversation' },
			{ name: 'Set Status', value: 'setStatus', description: 'Resolve, reopen or hand a conversation to a human', action: 'Set the status of a conversation' },
		],
		default: 'sendMessage',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{ name: 'Create or Update', value: 'upsert', description: 'Create a new record, or update the current one if it already exists (upsert)', action: 'Create or update a contact' },
			{ name: 'Delete', value: 'delete', description: 'Delete a contact', action: 'Delete a contact' },
			{ name: 'Get Many', value: 'getAll', description: 'List contacts', action: 'Get many contacts' },
		],
		default: 'getAll',
	},
];

const agentFields: INodeProperties[] = [
	{
		displayName: 'Agent ID',
		name: 'agentId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: on('agent', ['query']),
		description: 'In ChatVolt open the agent: the ID is in the address bar and in Settings',
	},
	{
		displayName: 'Question',
		name: 'query',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		displayOptions: on('agent', ['query']),
		description: 'What to ask the agent',
	},
	{
		displayName: 'Conversation ID',
		name: 'conversationId',
		type: 'string',
		default: '',
		displayOptions: on('agent', ['query']),
		description:
			'Continue an existing conversation. Leave empty on the first question: ChatVolt creates a conversation and returns its conversationId for the next ones.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: on('agent', ['query']),
		options: [
			{ displayName: 'Contact Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Links the conversation to the contact with this email (created if new)' },
			{ displayName: 'Contact First Name', name: 'firstName', type: 'string', default: '' },
			{ displayName: 'Contact Last Name', name: 'lastName', type: 'string', default: '' },
			{ displayName: 'Contact Phone Number', name: 'phoneNumber', type: 'string', default: '', placeholder: 'e.g. 5511988887777', description: 'With country code, digits only' },
			{ displayName: 'Visitor ID', name: 'visitorId', type: 'string', default: '', description: 'Your own identifier of the person asking' },
		],
	},
];

const conversationFields: INodeProperties[] = [
	{
		displayName: 'Send To',
		name: 'sendBy',
		type: 'options',
		displayOptions: on('conversation', ['sendMessage']),
		options: [
			{ name: 'Conversation ID', value: 'conversationId', description: 'Reply in an existing conversation' },
			{ name: 'Email', value: 'email', description: 'The contact with this email' },
			{ name: 'Phone Number', value: 'phone', description: 'The contact with this phone number (WhatsApp and similar channels)' },
		],
		default: 'conversationId',
	},
	{
		displayName: 'Conversation ID',
		name: 'conversationId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. {{ $json.conversationId }}',
		displayOptions: { show: { resource: ['conversation'], operation: ['sendMessage'], sendBy: ['conversationId'] } },
	},
	{
		displayName: 'Phone Number',
		name: 'phone',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 5511988887777',
		description: 'With country code, digits only',
		displayOptions: { show: { resource: ['conversation'], operation: ['sendMessage'], sendBy: ['phone'] } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'name@email.com',
		displayOptions: { show: { resource: ['conversation'], operation: ['sendMessage'], sendBy: ['email'] } },
	},
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		displayOptions: on('conversation', ['sendMessage']),
	},
	{
		displayName: 'Options',
		name: 'messageOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: on('conversation', ['sendMessage']),
		options: [
			{ displayName: 'Agent ID', name: 'agentId', type: 'string', default: '', description: 'The agent that sends the message (needed when sending by phone or email)' },
			{
				displayName: 'Attachments',
				name: 'attachments',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Attachment',
				default: {},
				options: [
					{
						displayName: 'Attachment',
						name: 'attachment',
						values: [
							{ displayName: 'URL', name: 'url', type: 'string', default: '', description: 'A public link to the file' },
							{ displayName: 'File Name', name: 'name', type: 'string', default: '' },
							{ displayName: 'MIME Type', name: 'mimeType', type: 'string', default: '', placeholder: 'e.g. image/png' },
						],
					},
				],
			},
			{
				displayName: 'Channel',
				name: 'channel',
				type: 'string',
				default: '',
				placeholder: 'e.g. whatsapp',
				description: 'The channel to send on (for example whatsapp, instagram, telegram, email). Empty lets ChatVolt use the conversation\'s channel.',
			},
		],
	},
	{
		displayName: 'Conversation ID',
		name: 'conversationId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. {{ $json.conversationId }}',
		displayOptions: on('conversation', ['getMessages', 'setStatus', 'assign', 'setPriority', 'enableAi', 'disableAi']),
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: on('conversation', ['getMessages']),
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		displayOptions: on('conversation', ['setStatus']),
		options: [
			{ name: 'Human Requested', value: 'HUMAN_REQUESTED' },
			{ name: 'Resolved', value: 'RESOLVED' },
			{ name: 'Unresolved', value: 'UNRESOLVED' },
		],
		default: 'RESOLVED',
	},
	{
		displayName: 'Assign By',
		name: 'assignBy',
		type: 'options',
		displayOptions: on('conversation', ['assign']),
		options: [
			{ name: 'Email', value: 'email', description: 'The team member\'s login email' },
			{ name: 'Membership ID', value: 'membershipId' },
			{ name: 'User ID', value: 'id' },
		],
		default: 'email',
	},
	{
		displayName: 'Team Member',
		name: 'assignee',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. agent@company.com',
		description: 'The email, user ID or membership ID of the person who takes over',
		displayOptions: on('conversation', ['assign']),
	},
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		displayOptions: on('conversation', ['setPriority']),
		options: [
			{ name: 'High', value: 'HIGH' },
			{ name: 'Low', value: 'LOW' },
			{ name: 'Medium', value: 'MEDIUM' },
		],
		default: 'HIGH',
	},
];

const contactFields: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: on('contact', ['getAll']),
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { resource: ['contact'], operation: ['getAll'], returnAll: [false] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: on('contact', ['getAll']),
		options: [
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
			{ displayName: 'Phone Number', name: 'phoneNumber', type: 'string', default: '' },
		],
	},
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: on('contact', ['delete']),
	},
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		default: '',
		description: 'Set to update that contact; leave empty to update the contact with the same email (else phone number), or create one',
		displayOptions: on('contact', ['upsert']),
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		displayOptions: on('contact', ['upsert']),
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. 5511988887777',
		description: 'With country code, digits only',
		displayOptions: on('contact', ['upsert']),
	},
	{
		displayName: 'Additional Fields',
		name: 'contactFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: on('contact', ['upsert']),
		options: [
			{ displayName: 'External ID', name: 'externalId', type: 'string', default: '', description: 'Your own ID of this contact' },
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
		],
	},
];

export const chatVoltProperties: INodeProperties[] = [
	resourceProperty,
	...operationProperties,
	...agentFields,
	...conversationFields,
	...contactFields,
];
