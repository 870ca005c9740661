import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import {
	answeredWebhook,
	manualWebhookMethods,
	rawBodyProperty,
	withDerivedFields,
} from '../shared/webhook';
import { authenticationProperty, receiveChatVolt, redactHeaders, webhookHeaderMethods } from './headerAuth';
import { userIdentifiers } from './userInfo';

export class ChatVoltUserInfoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatVolt User Info Trigger',
		name: 'chatVoltUserInfoTrigger',
		icon: { light: 'file:chatvolt.svg', dark: 'file:chatvolt.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'User information lookup',
		description:
			'Answers ChatVolt\'s "fetch external user information" request with details from your own systems',
		defaults: { name: 'ChatVolt User Info Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'chatVoltWebhookApi',
				required: true,
				testedBy: 'chatVoltWebhookHeaderTest',
				displayOptions: { show: { authentication: ['headerAuth'] } },
			},
		],
		webhooks: [answeredWebhook('user-info', 'GET'), answeredWebhook('user-info', 'POST')],
		properties: [
			{
				displayName:
					'In ChatVolt open Agents > your agent > Settings > WebHook > Fetch External User Information and paste this node\'s Production URL. End the workflow with a "ChatVolt User Info Response" node: its answer is what the Inbox shows. Answer quickly; ChatVolt waits for it.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			authenticationProperty,
			{
				displayName:
					'ChatVolt does not document this request, so the item holds all of it (method, query, body, headers) plus phone, email, conversationId and contactId when any of the usual field names carries them. GET and POST (JSON or form body) are both accepted.',
				name: 'outputNotice',
				type: 'notice',
				default: '',
			},
			rawBodyProperty,
		],
	};

	methods = webhookHeaderMethods;

	webhookMethods = manualWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const { secrets, received } = await receiveChatVolt(this, true);
		if (!received.ok) return received.response;

		const { request } = received;
		const body = received.body as IDataObject;
		const query = (request.query ?? {}) as IDataObject;
		const json = withDerivedFields(
			{
				method: (request.method ?? 'GET').toUpperCase(),
				query,
				body,
				headers: redactHeaders(request.headers as IDataObject, secrets),
			},
			userIdentifiers(body, query),
		);
		return { workflowData: [[{ json }]] };
	}
}
