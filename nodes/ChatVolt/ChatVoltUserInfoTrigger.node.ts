import { NodeConnectionTypes, type IDataObject, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { contentDigest, triggerNode, triggerParts, type TriggerDeclaration } from '../shared/webhook';
import { chatVoltTriggerBase } from './events';
import { USER_INFO_PAIR, userIdentifiers, userInfoRequest } from './userInfo';

export const chatVoltUserInfoTrigger: TriggerDeclaration = {
	...chatVoltTriggerBase,
	setup:
		'In ChatVolt open Agents > your agent > Settings > WebHook > Fetch External User Information and paste this node\'s Production URL. End the workflow with a "ChatVolt User Info Response" node: its answer is what the Inbox shows. Answer quickly; ChatVolt waits for it.',
	pasteUrlIn: 'ChatVolt under Agents > your agent > Settings > WebHook > Fetch External User Information',
	answeredBy: USER_INFO_PAIR,
	// The item holds the request's headers: with Authentication "None" they may carry a token.
	sensitiveOutputFields: ['headers.authorization', 'headers.cookie'],
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
		eventType: () => 'userInfoRequest',
		// What was asked, not how: headers (host, tracing, lengths) differ between two sends of one request.
		eventKey: (request) => [contentDigest([request.method, request.query, request.body])],
		derive: (request) => userIdentifiers(request.body as IDataObject, request.query as IDataObject),
	},
};

export class ChatVoltUserInfoTrigger extends triggerNode(chatVoltUserInfoTrigger) implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatVolt User Info Trigger',
		name: 'chatVoltUserInfoTrigger',
		icon: { light: 'file:chatvolt.svg', dark: 'file:chatvolt.dark.svg' },
		group: ['trigger'],
		subtitle: 'User information lookup',
		description: 'Answers ChatVolt\'s "fetch external user information" request with details from your own systems',
		defaults: { name: 'ChatVolt User Info Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Spelled out where n8n's verification scanner reads it; the contract test checks it.
		credentials: [
			{
				name: 'chatVoltWebhookApi',
				required: true,
				testedBy: 'chatVoltWebhookApiTest',
				displayOptions: { show: { authentication: ['headerSecret'] } },
			},
		],
		...triggerParts(chatVoltUserInfoTrigger),
	};
}
