// What the M8Com Trigger shows in the editor, and the URLs it registers.
import type { INodeProperties, IWebhookDescription } from 'n8n-workflow';

import { rawBodyProperty } from '../shared/webhook';
import { CUSTOM_ID_FALLBACKS } from './lookup';

export const CREDENTIAL_TYPE = 'm8ComWebhookApi';

export const EVENTS = {
	numberLookup: { segment: 'lookup', method: 'GET' },
	customIdLookup: { segment: 'custom-id-lookup', method: 'GET' },
	callLog: { segment: 'call-log', method: 'POST' },
} as const;

export type M8ComEvent = keyof typeof EVENTS;

const isCallLog = '$parameter["event"] === "callLog"';
const segment = `{{ ${isCallLog} ? "${EVENTS.callLog.segment}" : ($parameter["event"] === "customIdLookup" ? "${EVENTS.customIdLookup.segment}" : "${EVENTS.numberLookup.segment}") }}`;

/**
 * One URL per node: /webhook/<webhookId>/<event>/<webhookId>/<customerId>. The `:customerId`
 * segment is what lets one workflow serve several M8Com customers. n8n routes such dynamic paths by
 * their first segment (the node's webhook id) and stores them by the rest, which must be unique
 * across workflows: hence the webhook id inside the path too.
 */
export const m8ComWebhook: IWebhookDescription = {
	name: 'default',
	httpMethod: `={{ ${isCallLog} ? "POST" : "GET" }}`,
	responseMode: `={{ ${isCallLog} ? "onReceived" : "responseNode" }}`,
	responseData: '',
	isFullPath: true,
	path: `=${segment}/{{ $webhookId }}/:customerId`,
};

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			'Copy the Production URL below, replace <b>:customerId</b> with an ID of your choice for this M8Com customer (for example <code>acme</code>), and send it with the webhook secret to M8Com Customer Care: they add it to the customer\'s Insights settings. Each event has its own URL, so use one trigger per event.',
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		default: 'numberLookup',
		options: [
			{
				name: 'Number Lookup',
				value: 'numberLookup',
				description:
					'M8Com asks who a number belongs to (incoming call, number search, call log item). Answer with the M8Com Lookup Response node within 3 seconds.',
			},
			{
				name: 'Custom ID Lookup',
				value: 'customIdLookup',
				description:
					'M8Com asks who a numeric ID typed by a caller in an IVR belongs to. Answer with the M8Com Lookup Response node within 3 seconds.',
			},
			{
				name: 'Call Logged',
				value: 'callLog',
				description: 'Automatic call logging: M8Com posts each new call log item. Acknowledged at once.',
			},
		],
	},
	{
		displayName:
			'M8Com gives up after 3 seconds and then shows no Caller Insights. Keep the path to the M8Com Lookup Response node short: one fast lookup (a Data Table or an indexed database query), no waits, no slow APIs.',
		name: 'lookupNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { event: ['numberLookup', 'customIdLookup'] } },
	},
	{
		displayName:
			'Each item carries an <b>eventId</b> that is the same for every retry of the same call: add a Remove Duplicates node (Remove Items Processed in Previous Executions, on eventId) to store each call once.',
		name: 'callLogNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { event: ['callLog'] } },
	},
	{
		displayName: 'Options',
		name: 'lookupOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: { show: { event: ['customIdLookup'] } },
		options: [
			{
				displayName: 'Custom ID Parameter',
				name: 'customIdParameter',
				type: 'string',
				default: 'customId',
				description: `The query parameter that holds the ID. The exact name M8Com uses is not documented; when this one is absent, ${CUSTOM_ID_FALLBACKS.join(', ')} are tried.`,
			},
		],
	},
	rawBodyProperty,
];
