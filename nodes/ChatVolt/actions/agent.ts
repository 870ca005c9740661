import type { IDataObject } from 'n8n-workflow';

import {
	answerOrSuccess,
	listIn,
	listLimit,
	locatorValue,
	on,
	pagingFields,
	recordOf,
	requiredLocator,
	requiredText,
	segment,
	simplifyField,
	simplifyRecords,
	versionedLocator,
	type ResourceModule,
} from '../../shared/action';
import { compact } from '../../shared/object';
import { chatVolt } from './api';
import { AGENT, AGENT_LIST_KEYS, CONVERSATION } from './locators';
import { AGENT_FIELDS } from './simplified';

const R = 'agent';

export const agentResource: ResourceModule = {
	resource: { name: 'Agent', value: R },
	operations: [
		{ name: 'Get', value: 'get', description: "Get an agent's settings", action: 'Get an agent' },
		{ name: 'Get Many', value: 'getMany', description: 'List the agents of your organization', action: 'Get many agents' },
		{ name: 'Query', value: 'query', description: 'Ask an agent a question and get its answer', action: 'Ask an agent' },
	],
	defaultOperation: 'query',
	fields: [
		...versionedLocator(
			AGENT,
			{
				displayName: 'Agent ID',
				name: 'agentId',
				type: 'string',
				required: true,
				default: '',
				displayOptions: on(R, ['query', 'get']),
				description: 'In ChatVolt open the agent: the ID is in the address bar and in Settings',
			},
			{ description: 'The ChatVolt agent: pick it from the list, paste the link of its page in ChatVolt, or give its ID' },
		),
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
		...versionedLocator(
			CONVERSATION,
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
				required: false,
				description:
					"Continue an existing conversation (the list shows the agent's last 30 days). Leave empty on the first question: ChatVolt creates a conversation and returns its conversationId for the next ones.",
			},
		),
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
		...pagingFields(R, 'getMany'),
		simplifyField(R, ['get', 'getMany']),
	],
	handlers: {
		async get(context, i) {
			const agent = recordOf(await chatVolt.request(context, 'GET', `/agents/${segment(requiredLocator(context, AGENT, i))}`));
			return simplifyRecords(context, i, agent, AGENT_FIELDS);
		},
		async getMany(context, i) {
			// ChatVolt answers every agent at once: Limit is applied here.
			const agents = listIn(await chatVolt.request<unknown>(context, 'GET', '/agents'), AGENT_LIST_KEYS) ?? [];
			const limit = listLimit(context, i);
			return simplifyRecords(context, i, limit === undefined ? agents : agents.slice(0, limit), AGENT_FIELDS);
		},
		async query(context, i) {
			const agentId = requiredLocator(context, AGENT, i);
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
				conversationId: locatorValue(context, CONVERSATION, i),
				visitorId: extra.visitorId,
			});
			if (Object.keys(contact).length) body.contact = contact;
			return answerOrSuccess(await chatVolt.request(context, 'POST', `/agents/${segment(agentId)}/query`, { body }));
		},
	},
};
