import type { INodeProperties, IWebhookDescription } from 'n8n-workflow';

import {
	acknowledgeProperty,
	acknowledgedWebhook,
	eventFilterProperty,
	rawBodyProperty,
	SECRET_SEGMENT_PARAM,
	secretSegmentPath,
} from '../../shared/webhook';
import { KNOWN_EVENTS } from './events';

/** How the trigger tells Hipcall's deliveries from anyone else's. */
export const CHECK_NONE = 'none';
export const CHECK_URL = 'urlSecret';
export const CHECK_HEADER = 'headerSecret';
export const CHECK_BOTH = 'urlAndHeaderSecret';
export const CHECKS_WITH_URL_SECRET = [CHECK_URL, CHECK_BOTH];
export const CHECKS_WITH_CREDENTIAL = [CHECK_URL, CHECK_HEADER, CHECK_BOTH];

/** The name of the path segment that holds the secret. */
export const SECRET_PARAM = SECRET_SEGMENT_PARAM;

/** /webhook/<webhookId>/hipcall, or /webhook/<webhookId>/<secret> with a URL secret. */
const { path, isFullPath } = secretSegmentPath('hipcall', CHECKS_WITH_URL_SECRET);
export const hipcallWebhook: IWebhookDescription = { ...acknowledgedWebhook(path, 'POST'), isFullPath };

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			'In Hipcall, open the webhook settings (Integrations > Webhooks), add a webhook, paste this node\'s <b>Production URL</b> and pick the events to send. The Production URL works once the workflow is published/active; the Test URL only while you click "Listen for test event".',
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Delivery Check',
		name: 'authentication',
		type: 'options',
		options: [
			{
				name: 'None',
				value: CHECK_NONE,
				description: 'Accept every delivery to the URL (Hipcall signs nothing)',
			},
			{
				name: 'Secret in URL',
				value: CHECK_URL,
				description: 'The URL ends with a secret: replace ":secret" with it before pasting the URL in Hipcall',
			},
			{
				name: 'Secret Header',
				value: CHECK_HEADER,
				description: 'Each delivery must carry the secret in a header (needs a proxy or gateway that adds it)',
			},
			{
				name: 'Secret in URL and Header',
				value: CHECK_BOTH,
				description: 'Both checks',
			},
		],
		default: CHECK_NONE,
		description: 'How the trigger makes sure a delivery comes from your Hipcall account',
	},
	{
		displayName:
			'Hipcall does not sign its webhooks: anyone who learns this URL can send fake events. Choose "Secret in URL" to make the URL itself secret.',
		name: 'unsignedNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { authentication: [CHECK_NONE] } },
	},
	{
		displayName:
			'The Production URL ends with ":secret". Replace ":secret" with the Secret from the credential before pasting the URL in Hipcall. Requests with a wrong secret get 403, requests without the segment 404 (no such URL); neither starts anything.',
		name: 'urlSecretNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { authentication: CHECKS_WITH_URL_SECRET } },
	},
	{
		displayName:
			'Hipcall\'s webhook form is not known to send custom headers: use this check only when a proxy or API gateway in front of n8n adds the header with the secret.',
		name: 'headerNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { authentication: [CHECK_HEADER, CHECK_BOTH] } },
	},
	eventFilterProperty(KNOWN_EVENTS, {
		description:
			'Which Hipcall events start the workflow. Company, contact, task and deal events have no documented names: they come through with "All Events" or "Any Other Event Type". Other events are answered 200 and ignored.',
	}),
	{
		displayName: 'Call Direction',
		name: 'direction',
		type: 'options',
		options: [
			{ name: 'Any', value: 'any', description: 'Inbound and outbound calls' },
			{ name: 'Inbound', value: 'inbound', description: 'Calls from customers to you' },
			{ name: 'Outbound', value: 'outbound', description: 'Calls from you to customers' },
		],
		default: 'any',
		description:
			'Only calls in this direction start the workflow. Events without a direction (company, contact, task, deal) are not affected.',
	},
	{
		displayName:
			'Each item holds Hipcall\'s <code>event</code> and <code>data</code> untouched, plus: <code>callId</code> (data.uuid, for Push Card), <code>customerNumber</code> (callee_number on outbound calls, caller_number on inbound ones), <code>customerNumberDigits</code> (the same, digits only, to look it up), <code>companyNumber</code> (your side), <code>direction</code> and <code>eventId</code> (the same for every retry of one event: use it in Remove Duplicates).',
		name: 'outputNotice',
		type: 'notice',
		default: '',
	},
	acknowledgeProperty,
	rawBodyProperty,
];
