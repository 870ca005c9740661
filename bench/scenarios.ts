// What the benchmark sends load to: the core Webhook node as the baseline, then each of our triggers.
import { bambuserScenarios } from './Bambuser';
import { chatvoltScenarios } from './ChatVolt';
import { curiousThingScenarios } from './CuriousThing';
import { hipcallScenarios } from './Hipcall';
import { m8comScenarios } from './M8Com';
import { triggerToNoOp, type Scenario } from './scenario';

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

/** Every scenario, baselines first. */
export const scenarios: Scenario[] = [
	coreWebhook,
	...bambuserScenarios,
	...chatvoltScenarios,
	...curiousThingScenarios,
	...hipcallScenarios,
	...m8comScenarios,
];
