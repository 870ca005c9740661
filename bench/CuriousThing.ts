// Curious Thing Trigger -> No Operation (no secret), compared with the ceiling trigger and core Webhook without one:
// the seed's 3-event batch, and a 1,000-event batch (one item per event).
import { largeBatch, seedBatch } from './curiousThingBatch';
import { CEILING, CEILING_V1, CORE } from './baselines';
import { triggerToNoOp, type Scenario } from './scenario';

function curiousThingScenario(name: string, webhookId: string, body: unknown): Scenario {
	return {
		name,
		baseline: [CEILING_V1, CEILING, CORE],
		workflow: triggerToNoOp(`bench ${name}`, {
			name: 'Curious Thing Trigger',
			type: 'n8n-nodes-contact-center.curiousThingTrigger',
			typeVersion: 1,
			webhookId,
			parameters: { authentication: 'none', events: ['*'] },
		}),
		// Without a secret segment the trigger listens on /webhook/<webhookId>/curious-thing.
		path: `${webhookId}/curious-thing`,
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	};
}

export const curiousThingScenarios: Scenario[] = [
	curiousThingScenario('Curious Thing Trigger -> NoOp (3 events)', 'bench-curious-thing-3', seedBatch()),
	curiousThingScenario('Curious Thing Trigger -> NoOp (1,000 events)', 'bench-curious-thing-1000', largeBatch(1000)),
];
