import type { IDataObject } from 'n8n-workflow';

import { triggerNode, type TriggerDeclaration } from '../shared/webhook';
import { chatVoltTriggerBase } from './events';
import { userIdentifiers, userInfoRequest } from './userInfo';

export const chatVoltUserInfoTrigger: TriggerDeclaration = {
	...chatVoltTriggerBase,
	name: 'chatVoltUserInfoTrigger',
	displayName: 'ChatVolt User Info Trigger',
	description: 'Answers ChatVolt\'s "fetch external user information" request with details from your own systems',
	subtitle: 'User information lookup',
	setup:
		'In ChatVolt open Agents > your agent > Settings > WebHook > Fetch External User Information and paste this node\'s Production URL. End the workflow with a "ChatVolt User Info Response" node: its answer is what the Inbox shows. Answer quickly; ChatVolt waits for it.',
	webhook: { path: 'user-info', methods: ['GET', 'POST'], answer: 'responseNode' },
	properties: [
		{
			displayName:
				'ChatVolt does not document this request, so the item holds all of it (method, query, body, headers) plus phone, email, conversationId and contactId when any of the usual field names carries them. GET and POST (JSON or form body) are both accepted.',
			name: 'outputNotice',
			type: 'notice',
			default: '',
		},
	],
	// A GET has no body; a POST may send JSON or a form.
	body: { shape: 'object', allowEmpty: true, acceptForm: true },
	source: {
		events: userInfoRequest,
		derive: (request) => userIdentifiers(request.body as IDataObject, request.query as IDataObject),
	},
};

export class ChatVoltUserInfoTrigger extends triggerNode(chatVoltUserInfoTrigger) {}
