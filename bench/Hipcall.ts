// Load scenarios for the Hipcall Trigger: the seed's call_init delivered to Trigger -> No Operation,
// without and with the secret URL segment, compared with the core Webhook -> NoOp baseline. Then the
// answering pairs, where the figure that matters is the answer time (Hipcall waits 3 s for a routing
// answer, 15 s for a call-control one): Routing Trigger -> Routing Response and Call Control Trigger
// -> Call Control Response with Basic Auth, and both examples as a user runs them (a Data Table
// lookup; the IVR's Switch), compared with core Webhook -> Respond to Webhook.
import callControlStep1 from '../test/fixtures/Hipcall/call-control-step1.json';
import callControlStep2 from '../test/fixtures/Hipcall/call-control-step2.json';
import seedDelivery from '../test/fixtures/Hipcall/call_init.json';
import routingLong from '../test/fixtures/Hipcall/routing-long.json';
import { replays } from '../test/replays';
import { exampleWorkflow } from '../test/replays/replay';
import { triggerToNoOp, triggerToResponder, type Scenario } from './scenario';

const seed = JSON.stringify(seedDelivery);
const BASELINE = 'core Webhook -> NoOp';
const OPEN_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11001';
const SECRET_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11002';
const SECRET = 'bench-hipcall-url-secret_0123456789';
const RESPOND_BASELINE = 'core Webhook -> Respond to Webhook';
const ROUTING_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11003';
const CALL_CONTROL_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11004';
const BASIC = { username: 'hipcall-bench', password: 'bench-basic-auth-password-0123' };
const basicAuth = {
	credentials: { hipcallBasic: { type: 'hipcallRoutingApi', data: BASIC } },
	headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${BASIC.username}:${BASIC.password}`).toString('base64')}` },
};

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

/** The fixtures the scenarios send, imported (the bench runs from its build, where test/fixtures is not). */
const FIXTURES: Record<string, unknown> = {
	'Hipcall/routing-long.json': routingLong,
	'Hipcall/call-control-step1.json': callControlStep1,
	'Hipcall/call-control-step2.json': callControlStep2,
};

function body(fixture: string): string {
	if (!(fixture in FIXTURES)) throw new Error(`bench/Hipcall.ts: import ${fixture} into FIXTURES`);
	return JSON.stringify(FIXTURES[fixture]);
}

/** One delivery of a Hipcall example's replay, through the example as a user runs it. */
function example(name: string, file: string, deliveryIndex: number): Scenario {
	const replay = replays.find((r) => r.example === file);
	const delivery = replay?.deliveries[deliveryIndex];
	if (!replay || !delivery?.fixture) throw new Error(`the replay of ${file} is missing`);
	return {
		name,
		baseline: RESPOND_BASELINE,
		workflow: (client) => exampleWorkflow(client, replay, {}),
		path: delivery.path,
		method: 'POST',
		headers: delivery.headers,
		body: body(delivery.fixture),
	};
}

export const hipcallScenarios: Scenario[] = [
	{
		name: 'Hipcall Trigger -> NoOp',
		baseline: BASELINE,
		workflow: triggerToNoOp('bench hipcall trigger', {
			name: 'Hipcall Trigger',
			type: 'n8n-nodes-contact-center.hipcallTrigger',
			typeVersion: 1,
			webhookId: OPEN_ID,
			parameters: { authentication: 'none', events: ['call_init'], direction: 'any' },
		}),
		path: `${OPEN_ID}/hipcall`,
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: seed,
	},
	{
		name: 'Hipcall Trigger (secret in URL) -> NoOp',
		baseline: BASELINE,
		workflow: triggerToNoOp('bench hipcall trigger with URL secret', {
			name: 'Hipcall Trigger',
			type: 'n8n-nodes-contact-center.hipcallTrigger',
			typeVersion: 1,
			webhookId: SECRET_ID,
			parameters: { authentication: 'urlSecret', events: ['call_init'], direction: 'any' },
			credentials: { hipcallWebhookApi: { id: '{{credential:hipcallSecret}}', name: 'Hipcall Webhook Secret' } },
		}),
		path: `${SECRET_ID}/${SECRET_ID}/${SECRET}`,
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: seed,
		credentials: { hipcallSecret: { type: 'hipcallWebhookApi', data: { secret: SECRET, headerName: 'X-Hipcall-Secret' } } },
	},
	{
		name: 'Hipcall Routing Trigger -> Routing Response',
		baseline: RESPOND_BASELINE,
		workflow: triggerToResponder('bench hipcall routing', answeringTrigger('hipcallRoutingTrigger', ROUTING_ID), {
			name: 'Hipcall Routing Response',
			type: 'n8n-nodes-contact-center.hipcallRoutingResponse',
			typeVersion: 1,
			parameters: { routeTo: 'extension', extension: '1000' },
		}),
		path: `${ROUTING_ID}/hipcall-routing`,
		method: 'POST',
		body: body('Hipcall/routing-long.json'),
		...basicAuth,
	},
	{
		name: 'Hipcall Call Control Trigger -> Response',
		baseline: RESPOND_BASELINE,
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
		body: body('Hipcall/call-control-step1.json'),
		...basicAuth,
	},
	example('Hipcall example: routing by Data Table', 'examples/hipcall-crm-routing.json', 0),
	example('Hipcall example: IVR menu, step after a gather', 'examples/hipcall-ivr-menu.json', 1),
];
