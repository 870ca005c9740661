// Benchmark scenarios for the Bambuser nodes (secret header), compared with the ceiling trigger and core Webhook with the same check.
import type { IDataObject } from 'n8n-workflow';

import callSummary from '../test/fixtures/Bambuser/call-summary.json';
import { CEILING_CREDENTIAL, CEILING_V1_CREDENTIAL, CORE_HEADER } from './baselines';
import { triggerToNoOp, type Scenario } from './scenario';

const HEADER = 'X-Bambuser-Webhook-Secret';
const SECRET = 'bench-bambuser-webhook-secret-0123456789';

const credentials: Scenario['credentials'] = {
	bambuser: { type: 'bambuserWebhookApi', data: { headerName: HEADER, secret: SECRET } },
};

function bambuserTrigger(webhookId: string, output: 'delivery' | 'products' | 'chat'): IDataObject & { name: string } {
	return {
		name: 'Bambuser Trigger',
		type: 'n8n-nodes-contact-center.bambuserTrigger',
		typeVersion: 1,
		webhookId,
		parameters: {
			authentication: 'headerSecret',
			collections: ['call-summary'],
			actions: ['*'],
			output,
		},
		credentials: { bambuserWebhookApi: { id: '{{credential:bambuser}}', name: 'bench bambuser' } },
	};
}

function request(webhookId: string): Pick<Scenario, 'path' | 'method' | 'headers' | 'body' | 'credentials' | 'baseline'> {
	return {
		baseline: [CEILING_V1_CREDENTIAL, CEILING_CREDENTIAL, CORE_HEADER],
		path: `${webhookId}/bambuser`,
		method: 'POST',
		headers: { 'content-type': 'application/json', [HEADER]: SECRET },
		body: JSON.stringify(callSummary),
		credentials,
	};
}

/** Trigger -> Call Summary Email -> No Operation: what rendering the email adds per delivery. */
function emailWorkflow(webhookId: string): Scenario['workflow'] {
	const trigger = { id: 'trigger', position: [0, 0], ...bambuserTrigger(webhookId, 'delivery') };
	const email = {
		id: 'email',
		name: 'Call Summary Email',
		type: 'n8n-nodes-contact-center.bambuserCallSummaryEmail',
		typeVersion: 1,
		position: [220, 0],
		parameters: { brandName: 'Fashion for the Curious', subject: '', options: { timeZone: 'Europe/Stockholm' } },
	};
	const noOp = { id: 'noop', name: 'No Operation', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [440, 0], parameters: {} };
	return {
		name: 'bench bambuser email',
		nodes: [trigger, email, noOp],
		connections: {
			[trigger.name]: { main: [[{ node: email.name, type: 'main', index: 0 }]] },
			[email.name]: { main: [[{ node: noOp.name, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

export const bambuserScenarios: Scenario[] = [
	{
		name: 'Bambuser Trigger (one item per delivery) -> NoOp',
		workflow: triggerToNoOp('bench bambuser delivery', bambuserTrigger('bench-bambuser-delivery', 'delivery')),
		...request('bench-bambuser-delivery'),
	},
	{
		name: 'Bambuser Trigger (one item per product) -> NoOp',
		workflow: triggerToNoOp('bench bambuser products', bambuserTrigger('bench-bambuser-products', 'products')),
		...request('bench-bambuser-products'),
	},
	{
		name: 'Bambuser Trigger -> Call Summary Email -> NoOp',
		workflow: emailWorkflow('bench-bambuser-email'),
		...request('bench-bambuser-email'),
	},
];
