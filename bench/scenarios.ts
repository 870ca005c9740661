// What the benchmark sends load to: n8n's core Webhook node (alone, and answered by Respond to
// Webhook) as the baselines, then each of our triggers and answering pairs. Each vendor's scenarios
// are in bench/<Vendor>.ts (named after its folder under nodes/), exported as `<vendor>Scenarios`;
// they are found by name, so a new vendor adds its file and edits nothing here.
import contact from '../test/fixtures/M8Com/lookup-response-contact.json';
import { perVendor } from '../test/helpers/vendors';
import { lookupQuery } from './M8Com';
import { triggerToNoOp, triggerToResponder, type Scenario } from './scenario';

export type { Scenario } from './scenario';

export const coreWebhook: Scenario = {
	name: 'core Webhook -> NoOp',
	workflow: triggerToNoOp('bench core webhook', {
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		webhookId: 'bench-core',
		parameters: { httpMethod: 'POST', path: 'core', responseMode: 'onReceived', options: {} },
	}),
	path: 'core',
	method: 'POST',
	headers: { 'content-type': 'application/json' },
	body: JSON.stringify({ event: 'bench', data: { n: 1 } }),
};

/** The baseline of the answering pairs (M8Com lookup, ChatVolt user info): a JSON contact as the answer. */
export const coreWebhookRespond: Scenario = {
	name: 'core Webhook -> Respond to Webhook',
	workflow: triggerToResponder(
		'bench core webhook respond',
		{
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			webhookId: 'bench-core-respond',
			parameters: { httpMethod: 'GET', path: 'core-respond', responseMode: 'responseNode', options: {} },
		},
		{
			name: 'Respond to Webhook',
			type: 'n8n-nodes-base.respondToWebhook',
			typeVersion: 1.1,
			parameters: { respondWith: 'json', responseBody: JSON.stringify(contact), options: {} },
		},
	),
	path: `core-respond?${lookupQuery}`,
	method: 'GET',
};

/** Every scenario, baselines first, then vendor by vendor in name order. */
export const scenarios: Scenario[] = [coreWebhook, coreWebhookRespond, ...perVendor<Scenario>(__dirname, 'Scenarios')];
