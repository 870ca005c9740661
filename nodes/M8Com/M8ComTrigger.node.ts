import { NodeConnectionTypes, type INodeType, type INodeTypeDescription, type IWebhookDescription } from 'n8n-workflow';

import { descriptionFields, nestedDeeperThan, triggerNode, triggerParts, type TriggerDeclaration } from '../shared/webhook';
import { m8ComWebhookSecret } from '../../credentials/M8ComWebhookApi.credentials';
import { isPlainObject } from '../shared/object';
import { callLogFields, callLogKey, callLogProblem } from './callLog';
import { CUSTOM_ID_FALLBACKS, LOOKUP_PAIR, lookupEvents } from './lookup';
import { FILE_URL_MINUTES, recordingFields, recordingKey, recordingProblem } from './recording';

/** The node's "Event" choice; it is also the items' event type (`callLog:<digest>` event ids). */
export type M8ComEvent = 'numberLookup' | 'customIdLookup' | 'callLog' | 'callRecording';

/** The events M8Com POSTs a JSON object for, acknowledged at once; lookups are GETs answered by a response node. */
const POSTED: M8ComEvent[] = ['callLog', 'callRecording'];

interface Settings {
	event: M8ComEvent;
	/** The URL's last segment, decoded: which M8Com customer asks. */
	customerId: string | undefined;
	customIdParameter: string;
	/** For numbers typed with a national trunk 0 (a number search), to write them in E.164. */
	defaultCountryCode: string;
}

/** M8Com is a Swedish service: numbers typed without a country code are most likely Swedish. */
const DEFAULT_COUNTRY_CODE = '46';

/** The route param of the URL's last segment, and the start of its name in current URLs. */
const CUSTOMER_ID = 'customerId';

const isPosted = `${JSON.stringify(POSTED)}.includes($parameter["event"])`;
const SEGMENTS: Record<M8ComEvent, string> = {
	numberLookup: 'lookup',
	customIdLookup: 'custom-id-lookup',
	callLog: 'call-log',
	callRecording: 'call-recording',
};
const segment = `{{ ${JSON.stringify(SEGMENTS)}[$parameter["event"]] || "lookup" }}`;

/**
 * One URL per node: /webhook/<webhookId>/<event>/<customerId>. The last segment is what lets one
 * workflow serve several M8Com customers. n8n routes a URL with a `:param` by its first segment (the
 * node's webhook id) but stores the path after it as the row's key, which must differ between
 * workflows: the webhook id is therefore in the param's name (`:customerId-<webhookId>`), which no
 * URL shows.
 */
const m8ComWebhook: IWebhookDescription = {
	name: 'default',
	// Read without n8n's expression engine (n8n 2.x); the path cannot be, it holds the webhook id.
	...descriptionFields({
		httpMethod: {
			template: `={{ ${isPosted} ? "POST" : "GET" }}`,
			resolve: (parameters) => (POSTED.includes(parameters.event as M8ComEvent) ? 'POST' : 'GET'),
		},
		responseMode: {
			template: `={{ ${isPosted} ? "onReceived" : "responseNode" }}`,
			resolve: (parameters) => (POSTED.includes(parameters.event as M8ComEvent) ? 'onReceived' : 'responseNode'),
		},
	}),
	responseData: '',
	isFullPath: true,
	path: `=${segment}/:${CUSTOMER_ID}-{{ $webhookId }}`,
};

/**
 * The customer id from the URL, decoded. A URL made by replacing only ":customerId" of the shown
 * ":customerId-<webhookId>" still ends with "-<webhookId>": that part is dropped.
 */
function customerIdOf(params: Record<string, string | undefined>): string | undefined {
	const [name, value] = Object.entries(params).find(([key]) => key.startsWith(CUSTOMER_ID)) ?? [];
	if (name === undefined || value === undefined) return undefined;
	const suffix = name.slice(CUSTOMER_ID.length);
	const raw = suffix !== '' && value.endsWith(suffix) && value !== suffix ? value.slice(0, -suffix.length) : value;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

export const m8ComTrigger: TriggerDeclaration<Settings> = {
	vendor: 'M8Com',
	setup:
		'Copy the Production URL below, replace its last segment (<b>:customerId-…</b>) with an ID of your choice for this M8Com customer (for example <code>acme</code>, giving <code>…/lookup/acme</code>), and send it with the webhook secret to M8Com Customer Care: they add it to the customer\'s Insights settings. Each event has its own URL, so use one trigger per event.',
	pasteUrlIn: 'the customer\'s Insights settings by M8Com Customer Care (send them the URL with its last segment replaced by your customer ID)',
	answeredBy: LOOKUP_PAIR,
	// Pre-signed links to a call recording's audio: whoever has one can download the call for 30 minutes.
	sensitiveOutputFields: ['fileUrls'],
	credential: m8ComWebhookSecret,
	checks: { offered: ['bearer'], default: 'bearer' },
	// The URL, method and answer depend on the Event.
	webhook: {
		descriptions: [m8ComWebhook],
		answer: (settings) => (POSTED.includes(settings.event) ? 'received' : 'responseNode'),
	},
	properties: [
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
					action: 'On a number lookup (answer with a caller card)',
					description:
						'M8Com asks who a number belongs to (incoming call, number search, call log item). Answer with the M8Com Lookup Response node within 3 seconds.',
				},
				{
					name: 'Custom ID Lookup',
					value: 'customIdLookup',
					action: 'On a custom ID lookup (an ID typed in an IVR)',
					description:
						'M8Com asks who a numeric ID typed by a caller in an IVR belongs to. Answer with the M8Com Lookup Response node within 3 seconds.',
				},
				{
					name: 'Call Logged',
					value: 'callLog',
					action: 'On a call logged',
					description: 'Automatic call logging: M8Com posts each new call log item. Acknowledged at once.',
				},
				{
					name: 'Call Recorded',
					value: 'callRecording',
					action: 'On a call recorded (links to the audio)',
					description: `The call recording webhook: M8Com posts each finished recording with links to the audio that expire after ${FILE_URL_MINUTES} minutes. Acknowledged at once.`,
				},
			],
		},
		{
			displayName:
				'M8Com gives up after 3 seconds and then shows no Caller Insights. Keep the path to the M8Com Lookup Response node short: one fast lookup (a Data Table or an indexed database query), no waits, no slow APIs. Look the number up by <b>customerNumberE164</b> (e.g. +46701234567): it is the same however M8Com or the URL wrote the number.',
			name: 'lookupNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { event: ['numberLookup', 'customIdLookup'] } },
		},
		{
			displayName:
				'Each item carries an <b>eventId</b> that is the same for every retry of the same call: add a Remove Duplicates node (Remove Items Processed in Previous Executions, on eventId) to store each call once. A call log without fromNumber, toNumber or a readable startTime is refused (400) and starts nothing.',
			name: 'callLogNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { event: ['callLog'] } },
		},
		{
			displayName: `Each item carries M8Com's fields untouched (<b>fileUrls</b>, callerNumber, calleeNumber, talkTime, agentName, summary…) plus callId, customerNumberE164, talkSeconds, waitSeconds, startTimeIso, endTimeIso, agent and an <b>eventId</b> for Remove Duplicates. The links expire after ${FILE_URL_MINUTES} minutes: add the <b>M8Com</b> node (Call Recording > Download) right after this one to get the audio as a file. A delivery without id or fileUrls is refused (400) and starts nothing.`,
			name: 'callRecordingNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { event: ['callRecording'] } },
		},
		{
			displayName: 'Options',
			name: 'lookupOptions',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'Custom ID Parameter',
					name: 'customIdParameter',
					type: 'string',
					default: 'customId',
					description: `The query parameter that holds the ID. The exact name M8Com uses is not documented; when this one is absent, ${CUSTOM_ID_FALLBACKS.join(', ')} are tried.`,
					displayOptions: { show: { '/event': ['customIdLookup'] } },
				},
				{
					displayName: 'Default Country Calling Code',
					name: 'defaultCountryCode',
					type: 'string',
					default: DEFAULT_COUNTRY_CODE,
					placeholder: DEFAULT_COUNTRY_CODE,
					description:
						'Used only for numbers written with a national leading 0 (e.g. 070 123 45 67 typed in a number search) to fill in customerNumberE164. Numbers M8Com sends with their country code (+46 70 123 45 67) do not need it.',
				},
			],
		},
	],
	// Lookups are GET requests whose query is the content; call logs POST one JSON object.
	body: (settings) => (POSTED.includes(settings.event) ? { shape: 'object' } : { shape: 'none' }),
	settings: (context, request) => ({
		event: context.getNodeParameter('event', 'numberLookup') as M8ComEvent,
		customerId: customerIdOf(request.params),
		customIdParameter: context.getNodeParameter('lookupOptions.customIdParameter', 'customId') as string,
		defaultCountryCode: String(context.getNodeParameter('lookupOptions.defaultCountryCode', DEFAULT_COUNTRY_CODE) ?? ''),
	}),
	source: {
		// A call log is checked here rather than in the "problem" hook, which cannot tell a call log
		// from a lookup (it is given the event only); either way the answer is a 400 with the message.
		// What is no object, or too deep to walk, is left to the toolkit's own checks and messages.
		events: ({ body, request, settings }) => {
			if (POSTED.includes(settings.event)) {
				const check = settings.event === 'callLog' ? callLogProblem : recordingProblem;
				const problem = isPlainObject(body) && !nestedDeeperThan(body) ? check(body) : undefined;
				return problem ? { problem } : [body];
			}
			return lookupEvents(request.query, {
				kind: settings.event === 'customIdLookup' ? 'customId' : 'number',
				customerId: settings.customerId,
				customIdParameter: settings.customIdParameter,
				defaultCountryCode: settings.defaultCountryCode,
			});
		},
		eventType: (_event, settings) => settings.event,
		eventKey: (event, { settings }) => {
			if (settings.event === 'callLog') return callLogKey(settings.customerId, event);
			return settings.event === 'callRecording' ? recordingKey(settings.customerId, event) : undefined;
		},
		// A lookup event already holds its derived fields (see lookupEvents).
		derive: (event, { settings }) => {
			if (settings.event === 'callLog') return callLogFields(event, settings.customerId, settings.defaultCountryCode);
			return settings.event === 'callRecording' ? recordingFields(event, settings.customerId, settings.defaultCountryCode) : {};
		},
	},
};

export class M8ComTrigger extends triggerNode(m8ComTrigger) implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'M8Com Trigger',
		name: 'm8ComTrigger',
		icon: { light: 'file:m8com.svg', dark: 'file:m8com.dark.svg' },
		group: ['trigger'],
		subtitle: '={{ {"numberLookup": "Number Lookup", "customIdLookup": "Custom ID Lookup", "callLog": "Call Logged", "callRecording": "Call Recorded"}[$parameter["event"]] }}',
		description: 'Answer M8Com Caller Insights lookups and receive M8Com call logs and call recordings',
		defaults: { name: 'M8Com Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Spelled out here, where n8n's verification scanner reads it; the contract test checks it
		// against what the declaration's checks call for (bearer only: always required).
		credentials: [{ name: 'm8ComWebhookApi', required: true, testedBy: 'm8ComWebhookApiTest' }],
		...triggerParts(m8ComTrigger),
	};
}
