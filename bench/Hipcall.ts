// Load scenarios for the Hipcall Trigger: the seed's call_init delivered to Trigger -> No Operation,
// without a secret, with the secret URL segment (Hipcall's own way) and with a secret header.
import seedDelivery from '../test/fixtures/Hipcall/call_init.json';
import { BENCH_SECRET, CEILING, CEILING_CREDENTIAL, CORE, CORE_HEADER, OWN_HIPCALL } from './baselines';
import { triggerToNoOp, type Scenario } from './scenario';

const seed = JSON.stringify(seedDelivery);
const OPEN_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11001';
const SECRET_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11002';
const HEADER_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11003';
const credentials = { hipcallSecret: { type: 'hipcallWebhookApi', data: { secret: BENCH_SECRET, headerName: 'X-Hipcall-Secret' } } };

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

export const hipcallScenarios: Scenario[] = [
	{
		name: 'Hipcall Trigger -> NoOp',
		baseline: [CEILING, CORE],
		workflow: triggerToNoOp('bench hipcall trigger', hipcallTrigger(OPEN_ID, 'none')),
		path: `${OPEN_ID}/hipcall`,
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: seed,
	},
	{
		name: 'Hipcall Trigger (secret in URL) -> NoOp',
		baseline: [CEILING_CREDENTIAL, CORE_HEADER, OWN_HIPCALL],
		workflow: triggerToNoOp('bench hipcall trigger with URL secret', hipcallTrigger(SECRET_ID, 'urlSecret')),
		path: `${SECRET_ID}/${SECRET_ID}/${BENCH_SECRET}`,
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: seed,
		credentials,
	},
	{
		name: 'Hipcall Trigger (secret header) -> NoOp',
		baseline: [CEILING_CREDENTIAL, CORE_HEADER, OWN_HIPCALL],
		workflow: triggerToNoOp('bench hipcall trigger with header secret', hipcallTrigger(HEADER_ID, 'headerSecret')),
		path: `${HEADER_ID}/hipcall`,
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-hipcall-secret': BENCH_SECRET },
		body: seed,
		credentials,
	},
];
