// Load scenarios for the Hipcall Trigger: the seed's call_init delivered to Trigger -> No Operation,
// without a secret, with the secret URL segment (Hipcall's own way) and with a secret header. Then
// the answering pairs, where the figure that matters is the answer time (Hipcall waits 3 s for a
// routing answer, 15 s for a call-control one): Routing Trigger -> Routing Response and Call
// Control Trigger -> Call Control Response with Basic Auth, and both examples as a user runs them
// (a Data Table lookup; the IVR's Switch).
import { replays } from '../test/replays';
import { exampleWorkflow } from '../test/replays/replay';
import { fixtureFile } from '../test/helpers/fixtures';
import {
	BENCH_SECRET,
	BENCH_USER,
	CEILING,
	CEILING_CREDENTIAL,
	CEILING_V1,
	CEILING_V1_CREDENTIAL,
	CORE,
	CORE_BASIC_RESPOND,
	CORE_HEADER,
	OWN_HIPCALL,
	OWN_HIPCALL_ROUTING,
} from './baselines';
import { triggerToNoOp, triggerToResponder, type Scenario } from './scenario';

const seed = fixtureFile('Hipcall/call_init.json');
const OPEN_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11001';
const SECRET_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11002';
const HEADER_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11005';
const ROUTING_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11003';
const CALL_CONTROL_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11004';
/** Hipcall falls back to the step's default when a routing answer takes longer, and after 15 s for call control. */
const ROUTING_DEADLINE_MS = 3000;
const CALL_CONTROL_DEADLINE_MS = 15_000;

const secretCredential = { hipcallSecret: { type: 'hipcallWebhookApi', data: { secret: BENCH_SECRET, headerName: 'X-Hipcall-Secret' } } };
const basicAuth = {
	credentials: { hipcallBasic: { type: 'hipcallRoutingApi', data: { username: BENCH_USER, password: BENCH_SECRET } } },
	headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${BENCH_USER}:${BENCH_SECRET}`).toString('base64')}` },
};

function hipcallTrigger(webhookId: string, authentication: string) {
	return {
		name: 'Hipcall Trigger',
		type: 'n8n-nodes-contact-center.hipcallTrigger',
		typeVersion: 1,
		webhookId,
		parameters: { authentication, events: ['call_init'], direction: 'any' },
		...(authentication === 'none' ? {} : { credentials: { hipcallWebhookApi: { id: '{{credential:hipcallSecret}}', name: 'Hipcall Webhook Secret' } } }),
	};
}

function answeringTrigger(type: string, webhookId: string) {
	return {
		name: 'Trigger',
		type: `n8n-nodes-contact-center.${type}`,
		typeVersion: 1,
		webhookId,
		parameters: { authentication: 'basicAuth' },
		credentials: { hipcallRoutingApi: { id: '{{credential:hipcallBasic}}', name: 'Hipcall Web Service Basic Auth' } },
	};
}

/** One delivery of a Hipcall example's replay, through the example as a user runs it. */
function example(name: string, file: string, deliveryIndex: number, deadlineMs: number): Scenario {
	const replay = replays.find((r) => r.example === file);
	const delivery = replay?.deliveries[deliveryIndex];
	if (!replay || !delivery?.fixture) throw new Error(`the replay of ${file} is missing`);
	return {
		name,
		baseline: [CORE_BASIC_RESPOND],
		deadlineMs,
		workflow: (client) => exampleWorkflow(client, replay, {}),
		path: delivery.path,
		method: 'POST',
		headers: delivery.headers,
		body: fixtureFile(delivery.fixture),
	};
}

export const hipcallScenarios: Scenario[] = [
	{
		name: 'Hipcall Trigger -> NoOp',
		baseline: [CEILING_V1, CEILING, CORE],
		workflow: triggerToNoOp('bench hipcall trigger', hipcallTrigger(OPEN_ID, 'none')),
		path: `${OPEN_ID}/hipcall`,
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: seed,
	},
	{
		name: 'Hipcall Trigger (secret in URL) -> NoOp',
		baseline: [CEILING_V1_CREDENTIAL, CEILING_CREDENTIAL, CORE_HEADER, OWN_HIPCALL],
		workflow: triggerToNoOp('bench hipcall trigger with URL secret', hipcallTrigger(SECRET_ID, 'urlSecret')),
		path: `${SECRET_ID}/${SECRET_ID}/${BENCH_SECRET}`,
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: seed,
		credentials: secretCredential,
	},
	{
		name: 'Hipcall Trigger (secret header) -> NoOp',
		baseline: [CEILING_V1_CREDENTIAL, CEILING_CREDENTIAL, CORE_HEADER, OWN_HIPCALL],
		workflow: triggerToNoOp('bench hipcall trigger with header secret', hipcallTrigger(HEADER_ID, 'headerSecret')),
		path: `${HEADER_ID}/hipcall`,
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-hipcall-secret': BENCH_SECRET },
		body: seed,
		credentials: secretCredential,
	},
	{
		name: 'Hipcall Routing Trigger -> Routing Response',
		baseline: [CORE_BASIC_RESPOND, OWN_HIPCALL_ROUTING],
		deadlineMs: ROUTING_DEADLINE_MS,
		workflow: triggerToResponder('bench hipcall routing', answeringTrigger('hipcallRoutingTrigger', ROUTING_ID), {
			name: 'Hipcall Routing Response',
			type: 'n8n-nodes-contact-center.hipcallRoutingResponse',
			typeVersion: 1,
			parameters: { routeTo: 'extension', extension: '1000' },
		}),
		path: `${ROUTING_ID}/hipcall-routing`,
		method: 'POST',
		body: fixtureFile('Hipcall/routing-long.json'),
		...basicAuth,
	},
	{
		name: 'Hipcall Call Control Trigger -> Response',
		baseline: [CORE_BASIC_RESPOND],
		deadlineMs: CALL_CONTROL_DEADLINE_MS,
		workflow: triggerToResponder('bench hipcall call control', answeringTrigger('hipcallCallControlTrigger', CALL_CONTROL_ID), {
			name: 'Hipcall Call Control Response',
			type: 'n8n-nodes-contact-center.hipcallCallControlResponse',
			typeVersion: 1,
			parameters: {
				respondWith: 'actions',
				actions: {
					action: [
						{ type: 'play', url: 'https://example.com/hipcall-audio/welcome.mp3' },
						{ type: 'gather', ask: 'https://example.com/hipcall-audio/main-menu.mp3', minDigits: 1, maxDigits: 1, variableName: 'menu' },
					],
				},
			},
		}),
		path: `${CALL_CONTROL_ID}/hipcall-call-control`,
		method: 'POST',
		body: fixtureFile('Hipcall/call-control-step1.json'),
		...basicAuth,
	},
	example('Hipcall example: routing by Data Table', 'examples/hipcall-crm-routing.json', 0, ROUTING_DEADLINE_MS),
	example('Hipcall example: IVR menu, step after a gather', 'examples/hipcall-ivr-menu.json', 1, CALL_CONTROL_DEADLINE_MS),
];
