// Load scenarios for the Hipcall Trigger: the seed's call_init delivered to Trigger -> No Operation,
// without and with the secret URL segment. Compared with the core Webhook -> NoOp baseline.
import seedDelivery from '../test/fixtures/Hipcall/call_init.json';
import { triggerToNoOp, type Scenario } from './scenario';

const seed = JSON.stringify(seedDelivery);
const BASELINE = 'core Webhook -> NoOp';
const OPEN_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11001';
const SECRET_ID = '6c0d3f2e-5b1a-4a1b-9c8d-0e1f0ca11002';
const SECRET = 'bench-hipcall-url-secret_0123456789';

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
];
