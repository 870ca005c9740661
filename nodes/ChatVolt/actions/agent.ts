import type { IDataObject } from 'n8n-workflow';

import { answerOrSuccess, on, requiredText, segment, textParameter, type ResourceModule } from '../../shared/action';
import { compact } from '../../shared/object';
import { chatVolt } from './api';

const R = 'agent';

export const agentResource: ResourceModule = {
	resource: { name: 'Agent', value: R },
	operations: [
		{ name: 'Query', value: 'query', description: 'Ask an agent a question and get its answer', action: 'Ask an agent' },
	],
	defaultOperation: 'query',
	fields: [
		{
			displayName: 'Agent ID',
			name: 'agentId',
			type: 'string',
			required: true,
			default: '',
			displayOptions: on(R, 'query'),
			description: 'In ChatVolt open the agent: the ID is in the address bar and in Settings',
		},
		{
			displayName: 'Question',
			name: 'query',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			displayOptions: on(R, 'query'),
			description: 'What to ask the agent',
		},
		{
			displayName: 'Conversation ID',
			name: 'conversationId',
			type: 'string',
			default: '',
			displayOptions: on(R, 'query'),
			description:
				'Continue an existing conversation. Leave empty on the first question: ChatVolt creates a conversation and returns its conversationId for the next ones.',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: on(R, 'query'),
			options: [
				{ displayName: 'Contact Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Links the conversation to the contact with this email (created if new)' },
				{ displayName: 'Contact First Name', name: 'firstName', type: 'string', default: '' },
				{ displayName: 'Contact Last Name', name: 'lastName', type: 'string', default: '' },
				{ displayName: 'Contact Phone Number', name: 'phoneNumber', type: 'string', default: '', placeholder: 'e.g. 5511988887777', description: 'With country code, digits only' },
				{ displayName: 'Visitor ID', name: 'visitorId', type: 'string', default: '', description: 'Your own identifier of the person asking' },
			],
		},
	],
	handlers: {
		async query(context, i) {
			const agentId = requiredText(context, 'agentId', i, 'Agent ID is empty');
			const extra = context.getNodeParameter('additionalFields', i, {}) as IDataObject;
			const contact = compact({
				email: extra.email,
				phoneNumber: extra.phoneNumber,
				firstName: extra.firstName,
				lastName: extra.lastName,
			});
			const body = compact({
				query: requiredText(context, 'query', i, 'Question is empty'),
				streaming: false,
				conversationId: textParameter(context, 'conversationId', i),
				visitorId: extra.visitorId,
			});
			if (Object.keys(contact).length) body.contact = contact;
			return answerOrSuccess(await chatVolt.request(context, 'POST', `/agents/${segment(agentId)}/query`, { body }));
		},
	},
};
