// One good delivery per trigger (per mode where a trigger has several), for the contract every
// trigger gets (contract.test.ts). A new trigger adds its row here; the suite fails until it does.
import type { IDataObject } from 'n8n-workflow';

import { fixtureFile } from '../helpers/fixtures';

export interface TriggerSample {
	/** The node class's name, e.g. "HipcallTrigger". */
	trigger: string;
	label: string;
	/** Parameters that let every event through; the authentication choice is set by the suite. */
	parameters: IDataObject;
	method?: string;
	/** The delivery: a body (JSON) or, for GET lookups, a query. */
	body?: unknown;
	query?: IDataObject;
	/** The field that holds the event type, when the trigger filters on one. */
	typeField?: string;
	/** On real n8n: the URL after /webhook/<webhookId>/ (default: the declaration's path). */
	urlPath?: string;
	/** On real n8n: the response node an answering trigger needs, set to answer 200. */
	responder?: { type: string; parameters: IDataObject };
}

const json = (file: string): unknown => JSON.parse(fixtureFile(file)) as unknown;

export const samples: TriggerSample[] = [
	{
		trigger: 'BambuserTrigger',
		label: 'call summary',
		parameters: { collections: ['*'], actions: ['*'], output: 'delivery' },
		body: json('Bambuser/call-summary.json'),
		typeField: 'collection',
	},
	{
		trigger: 'ChatVoltTrigger',
		label: 'agent answered a user',
		parameters: { events: ['*'], additionalOptions: {} },
		body: json('ChatVolt/AGENT_USER_MESSAGE.json'),
		typeField: 'eventType',
	},
	{
		trigger: 'ChatVoltUserInfoTrigger',
		label: 'user info request',
		parameters: {},
		body: json('ChatVolt/user-info-request.json'),
		responder: { type: 'chatVoltUserInfoResponse', parameters: { respondWith: 'notFound', notFoundAnswer: 'emptyObject' } },
	},
	{
		trigger: 'CuriousThingTrigger',
		label: 'CallComplete batch',
		parameters: { events: ['*'], untypedEventType: '', additionalOptions: {} },
		body: json('CuriousThing/CallComplete.json'),
		typeField: 'eventType',
	},
	{
		trigger: 'HipcallTrigger',
		label: 'call_init',
		parameters: { events: ['*'], direction: 'any' },
		body: json('Hipcall/call_init.json'),
		typeField: 'event',
	},
	{
		trigger: 'HipcallRoutingTrigger',
		label: 'smart routing, long body',
		parameters: {},
		body: json('Hipcall/routing-long.json'),
		responder: { type: 'hipcallRoutingResponse', parameters: { routeTo: 'extension', extension: '1000' } },
	},
	{
		trigger: 'HipcallRoutingTrigger',
		label: 'smart routing, short body',
		parameters: {},
		body: json('Hipcall/routing-short.json'),
		responder: { type: 'hipcallRoutingResponse', parameters: { routeTo: 'extension', extension: '1000' } },
	},
	{
		trigger: 'HipcallCallControlTrigger',
		label: 'call control, first step',
		parameters: {},
		body: json('Hipcall/call-control-step1.json'),
		responder: { type: 'hipcallCallControlResponse', parameters: { respondWith: 'actions', actions: { action: [{ type: 'hangup' }] } } },
	},
	{
		trigger: 'HipcallCallControlTrigger',
		label: 'call control, after a gather',
		parameters: {},
		body: json('Hipcall/call-control-step3.json'),
		responder: { type: 'hipcallCallControlResponse', parameters: { respondWith: 'actions', actions: { action: [{ type: 'connect', extension: '1000' }] } } },
	},
	{
		trigger: 'M8ComTrigger',
		label: 'call log',
		parameters: { event: 'callLog' },
		body: json('M8Com/call-log.json'),
		urlPath: 'call-log/acme',
	},
	{
		trigger: 'M8ComTrigger',
		label: 'call recording',
		parameters: { event: 'callRecording' },
		body: json('M8Com/call-recording.json'),
		urlPath: 'call-recording/acme',
	},
	{
		trigger: 'M8ComTrigger',
		label: 'number lookup',
		parameters: { event: 'numberLookup', lookupOptions: {} },
		method: 'GET',
		query: json('M8Com/number-lookup.json') as IDataObject,
		urlPath: 'lookup/acme',
		responder: {
			type: 'm8ComLookupResponse',
			parameters: { respondWith: 'contact', contactSource: 'fields', displayName: 'Hostile Run', options: {} },
		},
	},
];
