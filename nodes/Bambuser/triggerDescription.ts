import type { INodeProperties } from 'n8n-workflow';

import { acknowledgeProperty, rawBodyProperty } from '../shared/webhook';
import { actionsProperty, collectionsProperty } from './events';

export const WEBHOOK_PATH = 'bambuser';

const setupNotice: INodeProperties = {
	displayName:
		'In BamHub open Settings -> Integrations -> Webhooks, add a webhook, paste this node’s <b>Production URL</b> (see Webhook URLs above) and subscribe it to the "call-summary" collection. Add a custom header with the name and value from this node’s credential. Activate the workflow: Bambuser calls the Production URL only while it is active; the Test URL works only while you click "Listen for test event" here. A call summary is sent when an agent opens a call in the call history and presses <b>Send</b>.',
	name: 'setupNotice',
	type: 'notice',
	default: '',
};

const noAuthNotice: INodeProperties = {
	displayName:
		'Without a secret header anyone who learns the URL can start this workflow. We recommend "Header Auth": Bambuser sends the header back on every delivery.',
	name: 'noAuthNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { authentication: ['none'] } },
};

export const triggerProperties: INodeProperties[] = [
	setupNotice,
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{
				name: 'Header Auth (Recommended)',
				value: 'headerAuth',
				description: 'Accept only deliveries that carry the custom header set on the Bambuser webhook',
			},
			{ name: 'None', value: 'none', description: 'Accept every delivery to the URL' },
		],
		default: 'headerAuth',
		description: 'How the node checks that a delivery comes from your Bambuser workspace',
	},
	noAuthNotice,
	collectionsProperty,
	actionsProperty,
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{
				name: 'One Item per Delivery',
				value: 'delivery',
				description:
					'The delivery as Bambuser sent it (collection, action, eventId, payload), e.g. to build a call-summary email',
			},
			{
				name: 'One Item per Product',
				value: 'products',
				description: 'Each product shown in the call, with the call, client and agent attached',
			},
			{
				name: 'One Item per Chat Message',
				value: 'chat',
				description: 'Each chat message of the call, with the call, client and agent attached',
			},
		],
		default: 'delivery',
		description: 'How each delivery is turned into items',
	},
	{
		displayName:
			'A delivery without products (or without chat messages) produces no items in this mode: Bambuser gets its 200 and the workflow does not run. Remove duplicates on the "itemKey" field here: "eventId" is the same for every item of a delivery.',
		name: 'splitNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { output: ['products', 'chat'] } },
	},
	acknowledgeProperty,
	rawBodyProperty,
];
