import type { IDataObject, IDisplayOptions, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	answerOrSuccess,
	dateRangeFields,
	limitField,
	listIn,
	listLimit,
	on,
	pagingFields,
	recordOf,
	requiredLocator,
	requiredText,
	segment,
	simplifyField,
	simplifyRecords,
	versionedLocator,
	type DateRange,
	type Handler,
	type ResourceModule,
} from '../../shared/action';
import { compact } from '../../shared/object';
import { chatVolt } from './api';
import { CONVERSATION, CONVERSATION_LIST_KEYS, chatVoltDate } from './locators';
import { CONVERSATION_FIELDS } from './simplified';

const R = 'conversation';

/** A conversation's priorities and statuses, for Set Priority / Set Status and Get Many's filters alike. */
const PRIORITIES: INodePropertyOptions[] = [
	{ name: 'High', value: 'HIGH' },
	{ name: 'Low', value: 'LOW' },
	{ name: 'Medium', value: 'MEDIUM' },
];
const STATUSES: INodePropertyOptions[] = [
	{ name: 'Human Requested', value: 'HUMAN_REQUESTED' },
	{ name: 'Resolved', value: 'RESOLVED' },
	{ name: 'Unresolved', value: 'UNRESOLVED' },
];

/** Get Many's creation filter, sent under these names (ChatVolt's query parameters). */
const CREATED: DateRange = { event: 'Created', after: 'createdAt', before: 'endDate' };

/** A conversation change acknowledged by ChatVolt, reported with the conversation it concerns. */
async function changeConversation(context: IExecuteFunctions, i: number, action: string, body: IDataObject) {
	const conversationId = requiredLocator(context, CONVERSATION, i);
	const answer = await chatVolt.request(context, 'POST', `/conversations/${segment(conversationId)}/${action}`, { body });
	return answerOrSuccess(answer, { conversationId });
}

const setAi = (enabled: boolean): Handler => async (context, i) =>
	await changeConversation(context, i, 'set-ai-enabled', { enabled });

/** Version 1's Conversation ID text field, and the conversation picker from version 2 on. */
function conversationIdField(displayOptions: IDisplayOptions): INodeProperties[] {
	return versionedLocator(
		CONVERSATION,
		{
			displayName: 'Conversation ID',
			name: 'conversationId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. {{ $json.conversationId }}',
			displayOptions,
		},
		{ description: 'Pick one of the last 30 days, or give its ID (map conversationId of the ChatVolt Trigger)' },
	);
}

const SEND_TO_LABELS: Record<string, string> = { conversationId: 'Conversation ID', phone: 'Phone Number', email: 'Email' };

export const conversationResource: ResourceModule = {
	resource: { name: 'Conversation', value: R },
	operations: [
		{ name: 'Assign', value: 'assign', description: 'Assign a conversation to a team member', action: 'Assign a conversation' },
		{ name: 'Disable AI', value: 'disableAi', description: 'Stop the AI agent answering in a conversation', action: 'Disable AI in a conversation' },
		{ name: 'Enable AI', value: 'enableAi', description: 'Let the AI agent answer in a conversation again', action: 'Enable AI in a conversation' },
		{ name: 'Get', value: 'get', description: 'Get a conversation: its status, channel, agent and assignees', action: 'Get a conversation' },
		{ name: 'Get Many', value: 'getMany', description: 'List conversations by date, agent, status and more', action: 'Get many conversations' },
		{ name: 'Get Messages', value: 'getMessages', description: 'Get the latest messages of a conversation', action: 'Get messages of a conversation' },
		{ name: 'Send Message', value: 'sendMessage', description: 'Send a message to a user', action: 'Send a message' },
		{ name: 'Set Priority', value: 'setPriority', description: 'Set the priority of a conversation', action: 'Set the priority of a conversation' },
		{ name: 'Set Status', value: 'setStatus', description: 'Resolve, reopen or hand a conversation to a human', action: 'Set the status of a conversation' },
	],
	defaultOperation: 'sendMessage',
	fields: [
		{
			displayName: 'Send To',
			name: 'sendBy',
			type: 'options',
			displayOptions: on(R, 'sendMessage'),
			options: [
				{ name: 'Conversation ID', value: 'conversationId', description: 'Reply in an existing conversation' },
				{ name: 'Email', value: 'email', description: 'The contact with this email' },
				{ name: 'Phone Number', value: 'phone', description: 'The contact with this phone number (WhatsApp and similar channels)' },
			],
			default: 'conversationId',
		},
		...conversationIdField(on(R, 'sendMessage', { sendBy: ['conversationId'] })),
		{
			displayName: 'Phone Number',
			name: 'phone',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 5511988887777',
			description: 'With country code, digits only',
			displayOptions: on(R, 'sendMessage', { sendBy: ['phone'] }),
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'name@email.com',
			displayOptions: on(R, 'sendMessage', { sendBy: ['email'] }),
		},
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			displayOptions: on(R, 'sendMessage'),
		},
		{
			displayName: 'Options',
			name: 'messageOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: on(R, 'sendMessage'),
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
		...conversationIdField(on(R, ['get', 'getMessages', 'setStatus', 'assign', 'setPriority', 'enableAi', 'disableAi'])),
		...pagingFields(R, 'getMany'),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: on(R, 'getMany'),
			options: [
				{ displayName: 'Agent ID', name: 'agentId', type: 'string', default: '', description: 'Only the conversations of this agent' },
				{ displayName: 'Assignee Membership ID', name: 'assigneeId', type: 'string', default: '', description: 'A team member\'s membership ID, or "unassigned"' },
				{ displayName: 'Channel', name: 'channel', type: 'string', default: '', placeholder: 'e.g. whatsapp' },
				...dateRangeFields(CREATED),
				{
					displayName: 'Priority',
					name: 'priority',
					type: 'options',
					options: PRIORITIES,
					default: 'HIGH',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: STATUSES,
					default: 'UNRESOLVED',
				},
				{ displayName: 'Unread Only', name: 'unread', type: 'boolean', default: false, description: 'Whether to list only conversations with unread messages' },
			],
		},
		simplifyField(R, ['get', 'getMany']),
		limitField(on(R, 'getMessages')),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			displayOptions: on(R, 'setStatus'),
			options: STATUSES,
			default: 'RESOLVED',
		},
		{
			displayName: 'Assign By',
			name: 'assignBy',
			type: 'options',
			displayOptions: on(R, 'assign'),
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
			displayOptions: on(R, 'assign'),
		},
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'options',
			displayOptions: on(R, 'setPriority'),
			options: PRIORITIES,
			default: 'HIGH',
		},
	],
	handlers: {
		async sendMessage(context, i) {
			const sendBy = context.getNodeParameter('sendBy', i, 'conversationId') as string;
			const target =
				sendBy === 'conversationId'
					? requiredLocator(context, CONVERSATION, i)
					: requiredText(context, sendBy, i, `${SEND_TO_LABELS[sendBy] ?? sendBy} is empty`);
			const options = context.getNodeParameter('messageOptions', i, {}) as IDataObject;
			const attachments = ((options.attachments as IDataObject | undefined)?.attachment as IDataObject[] | undefined) ?? [];
			const body = compact({
				message: requiredText(context, 'message', i, 'Message is empty'),
				agentId: options.agentId,
				channel: options.channel,
			});
			const files = attachments.map(compact).filter((file) => file.url);
			if (files.length) body.attachments = files;
			const path = `/conversation/message/${sendBy}/${segment(target)}`;
			return answerOrSuccess(await chatVolt.request(context, 'POST', path, { body }));
		},
		async get(context, i) {
			const path = `/conversation/${segment(requiredLocator(context, CONVERSATION, i))}`;
			return simplifyRecords(context, i, recordOf(await chatVolt.request(context, 'GET', path)), CONVERSATION_FIELDS);
		},
		async getMany(context, i) {
			const filters = compact(context.getNodeParameter('filters', i, {}) as IDataObject);
			for (const key of [CREATED.after, CREATED.before]) {
				if (filters[key] !== undefined) filters[key] = chatVoltDate(new Date(String(filters[key])));
			}
			if (filters.unread === false) delete filters.unread;
			// ChatVolt answers the whole list at once: Limit is applied here.
			const answer = await chatVolt.request<unknown>(context, 'GET', '/conversation', { qs: filters });
			const conversations = listIn(answer, CONVERSATION_LIST_KEYS) ?? [];
			const limit = listLimit(context, i);
			return simplifyRecords(context, i, limit === undefined ? conversations : conversations.slice(0, limit), CONVERSATION_FIELDS);
		},
		async getMessages(context, i) {
			const conversationId = requiredLocator(context, CONVERSATION, i);
			const count = Math.max(1, Math.floor(Number(context.getNodeParameter('limit', i, 50))));
			const answer = await chatVolt.request<unknown>(context, 'GET', `/conversation/${segment(conversationId)}/messages/${count}`);
			return listIn(answer, ['messages', 'data']) ?? [answerOrSuccess(answer)];
		},
		setStatus: async (context, i) =>
			await changeConversation(context, i, 'set-status', { status: context.getNodeParameter('status', i) as string }),
		setPriority: async (context, i) =>
			await changeConversation(context, i, 'set-priority', { priority: context.getNodeParameter('priority', i) as string }),
		async assign(context, i) {
			const assignBy = context.getNodeParameter('assignBy', i, 'email') as string;
			const assignee = requiredText(context, 'assignee', i, 'Team Member is empty');
			return await changeConversation(context, i, 'assign', { [assignBy]: assignee });
		},
		enableAi: setAi(true),
		disableAi: setAi(false),
	},
};
