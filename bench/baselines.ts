// What our scenarios are compared with, measured in the same run:
// - core: n8n's own Webhook node, without and with its Header Auth (the fastest thing n8n runs);
// - ceiling: the bench's do-nothing community trigger, without and with a credential read (what n8n
//   lets any community trigger reach: the gap between it and ours is our own cost), at version 1
//   as ours are (n8n evaluates the raw-body option) and at version 2 (n8n parses the body);
// - own path: what a user builds instead of our node, core Webhook with the same check followed by
//   a Code node doing the same parsing (and Respond to Webhook for the answering pairs).
import contact from '../test/fixtures/M8Com/lookup-response-contact.json';
import lookup from '../test/fixtures/M8Com/number-lookup.json';
import hipcallCallInit from '../test/fixtures/Hipcall/call_init.json';
import routingShort from '../test/fixtures/Hipcall/routing-short.json';
import type { IDataObject } from 'n8n-workflow';

import { CEILING_PACKAGE } from './ceiling/package';
import { triggerToNoOp, triggerToResponder, type Scenario } from './scenario';

export const CORE = 'core Webhook -> NoOp';
export const CORE_HEADER = 'core Webhook (Header Auth) -> NoOp';
export const CEILING = 'ceiling trigger v2 -> NoOp';
export const CEILING_CREDENTIAL = 'ceiling trigger v2 (reads a credential) -> NoOp';
export const CEILING_V1 = 'ceiling trigger v1 (raw body, as ours) -> NoOp';
export const CEILING_V1_CREDENTIAL = 'ceiling trigger v1 (raw body, reads a credential) -> NoOp';
export const CORE_RESPOND = 'core Webhook -> Respond to Webhook';
export const CORE_HEADER_RESPOND = 'core Webhook (Header Auth) -> Respond to Webhook';
export const CORE_BASIC_RESPOND = 'core Webhook (Basic Auth) -> Respond to Webhook';
export const OWN_HIPCALL = 'own path: core Webhook (Header Auth) -> Code (Hipcall fields) -> NoOp';
export const OWN_M8COM_LOOKUP = 'own path: core Webhook (Header Auth) -> Code (M8Com lookup) -> Respond to Webhook';
export const OWN_HIPCALL_ROUTING = 'own path: core Webhook (Basic Auth) -> Code (routing) -> Respond to Webhook';

export const BENCH_SECRET = 'bench-secret-0123456789_abcdef';
export const BENCH_USER = 'bench-user';
export const lookupQuery = new URLSearchParams(lookup).toString();

const json = { 'content-type': 'application/json' };
const headerAuth = { 'x-bench-secret': BENCH_SECRET };
const basicAuth = { authorization: `Basic ${Buffer.from(`${BENCH_USER}:${BENCH_SECRET}`).toString('base64')}` };

const header: Scenario['credentials'] = { header: { type: 'httpHeaderAuth', data: { name: 'X-Bench-Secret', value: BENCH_SECRET } } };
const basic: Scenario['credentials'] = { basic: { type: 'httpBasicAuth', data: { user: BENCH_USER, password: BENCH_SECRET } } };
const ceilingCredential: Scenario['credentials'] = { ceiling: { type: 'benchCeilingApi', data: { secret: BENCH_SECRET } } };

const authCredentials: Record<string, IDataObject> = {
	headerAuth: { httpHeaderAuth: { id: '{{credential:header}}', name: 'bench header auth' } },
	basicAuth: { httpBasicAuth: { id: '{{credential:basic}}', name: 'bench basic auth' } },
};

function coreWebhook(id: string, method: 'GET' | 'POST', responseMode: string, authentication = 'none') {
	return {
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		webhookId: id,
		parameters: { httpMethod: method, path: id, responseMode, authentication, options: {} },
		...(authentication === 'none' ? {} : { credentials: authCredentials[authentication] }),
	};
}

function code(jsCode: string) {
	return { id: 'code', name: 'Code', type: 'n8n-nodes-base.code', typeVersion: 2, position: [220, 0], parameters: { jsCode } };
}

const respondFirstItem = { name: 'Respond to Webhook', type: 'n8n-nodes-base.respondToWebhook', typeVersion: 1.1, parameters: { respondWith: 'firstIncomingItem', options: {} } };

/** Webhook -> Code -> `last`: the user's own path. */
function ownPath(name: string, webhook: IDataObject & { name: string }, jsCode: string, last: IDataObject & { name: string }): Scenario['workflow'] {
	const nodes = [
		{ id: 'trigger', position: [0, 0], ...webhook },
		code(jsCode),
		{ id: 'last', position: [440, 0], ...last },
	];
	return {
		name,
		nodes,
		connections: {
			[webhook.name]: { main: [[{ node: 'Code', type: 'main', index: 0 }]] },
			Code: { main: [[{ node: last.name, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

const noOp = { name: 'No Operation', type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} };

// What Hipcall Trigger does for a call event, as a user writes it in a Code node.
const hipcallCode = `
const body = $input.first().json.body;
if (!body || typeof body !== 'object' || typeof body.event !== 'string') throw new Error('not a Hipcall event');
const data = body.data || {};
const customer = data.direction === 'inbound' ? data.caller_number : data.callee_number;
return [{ json: { ...body, callId: data.uuid, customerNumber: customer, customerNumberDigits: String(customer || '').replace(/\\D/g, ''),
  companyNumber: data.direction === 'inbound' ? data.callee_number : data.caller_number, direction: data.direction, eventId: body.event + ':' + data.uuid } }];`;

// What M8Com Trigger and M8Com Lookup Response do for a number lookup, as a user writes it.
const m8ComLookupCode = `
const query = $input.first().json.query || {};
const typed = String(query.fromNumber || '').replace(/[^\\d+]/g, '');
const number = typed.startsWith('+') ? typed : typed.startsWith('00') ? '+' + typed.slice(2) : typed.startsWith('0') ? '+46' + typed.slice(1) : '+' + typed;
const contact = ${JSON.stringify(contact)};
return [{ json: { ...contact, phoneNumbers: [{ id: number, comment: 'Mobile' }] } }];`;

// What Hipcall Routing Trigger and Hipcall Routing Response do, as a user writes it.
const routingCode = `
const caller = String(($input.first().json.body || {}).caller || '').replace(/[^\\d+]/g, '');
return [{ json: caller ? { extension: '1000' } : {} }];`;

const ceiling = (id: string, readCredential: boolean, typeVersion = 2) => ({
	name: 'Ceiling',
	type: `${CEILING_PACKAGE}.benchCeilingTrigger`,
	typeVersion,
	webhookId: id,
	parameters: { readCredential },
	...(readCredential ? { credentials: { benchCeilingApi: { id: '{{credential:ceiling}}', name: 'bench ceiling' } } } : {}),
});

function ceilingScenario(name: string, id: string, readCredential: boolean, typeVersion: number): Scenario {
	return {
		name,
		workflow: triggerToNoOp(name, ceiling(id, readCredential, typeVersion)),
		path: `${id}/ceiling`,
		method: 'POST',
		headers: json,
		body: JSON.stringify(hipcallCallInit),
		...(readCredential ? { credentials: ceilingCredential } : {}),
	};
}

export const baselines: Scenario[] = [
	{
		name: CORE,
		workflow: triggerToNoOp('bench core', coreWebhook('bench-core', 'POST', 'onReceived')),
		path: 'bench-core',
		method: 'POST',
		headers: json,
		body: JSON.stringify(hipcallCallInit),
	},
	{
		name: CORE_HEADER,
		workflow: triggerToNoOp('bench core header', coreWebhook('bench-core-header', 'POST', 'onReceived', 'headerAuth')),
		path: 'bench-core-header',
		method: 'POST',
		headers: { ...json, ...headerAuth },
		body: JSON.stringify(hipcallCallInit),
		credentials: header,
	},
	ceilingScenario(CEILING, 'bench-ceiling', false, 2),
	ceilingScenario(CEILING_CREDENTIAL, 'bench-ceiling-credential', true, 2),
	ceilingScenario(CEILING_V1, 'bench-ceiling-v1', false, 1),
	ceilingScenario(CEILING_V1_CREDENTIAL, 'bench-ceiling-v1-credential', true, 1),
	{
		name: OWN_HIPCALL,
		workflow: ownPath('bench own hipcall', coreWebhook('bench-own-hipcall', 'POST', 'onReceived', 'headerAuth'), hipcallCode, noOp),
		path: 'bench-own-hipcall',
		method: 'POST',
		headers: { ...json, ...headerAuth },
		body: JSON.stringify(hipcallCallInit),
		credentials: header,
	},
	{
		name: CORE_RESPOND,
		workflow: triggerToResponder('bench core respond', coreWebhook('bench-core-respond', 'GET', 'responseNode'), {
			...respondFirstItem,
			parameters: { respondWith: 'json', responseBody: JSON.stringify(contact), options: {} },
		}),
		path: `bench-core-respond?${lookupQuery}`,
		method: 'GET',
	},
	{
		name: CORE_HEADER_RESPOND,
		deadlineMs: 3000,
		workflow: triggerToResponder('bench core header respond', coreWebhook('bench-core-header-respond', 'GET', 'responseNode', 'headerAuth'), {
			...respondFirstItem,
			parameters: { respondWith: 'json', responseBody: JSON.stringify(contact), options: {} },
		}),
		path: `bench-core-header-respond?${lookupQuery}`,
		method: 'GET',
		headers: headerAuth,
		credentials: header,
	},
	{
		name: CORE_BASIC_RESPOND,
		deadlineMs: 3000,
		workflow: triggerToResponder('bench core basic respond', coreWebhook('bench-core-basic-respond', 'POST', 'responseNode', 'basicAuth'), {
			...respondFirstItem,
			parameters: { respondWith: 'json', responseBody: '{"extension":"1000"}', options: {} },
		}),
		path: 'bench-core-basic-respond',
		method: 'POST',
		headers: { ...json, ...basicAuth },
		body: JSON.stringify(routingShort),
		credentials: basic,
	},
	{
		name: OWN_M8COM_LOOKUP,
		deadlineMs: 3000,
		workflow: ownPath('bench own m8com lookup', coreWebhook('bench-own-m8com', 'GET', 'responseNode', 'headerAuth'), m8ComLookupCode, respondFirstItem),
		path: `bench-own-m8com?${lookupQuery}`,
		method: 'GET',
		headers: headerAuth,
		credentials: header,
	},
	{
		name: OWN_HIPCALL_ROUTING,
		deadlineMs: 3000,
		workflow: ownPath('bench own routing', coreWebhook('bench-own-routing', 'POST', 'responseNode', 'basicAuth'), routingCode, respondFirstItem),
		path: 'bench-own-routing',
		method: 'POST',
		headers: { ...json, ...basicAuth },
		body: JSON.stringify(routingShort),
		credentials: basic,
	},
];
