// The workflow the queue burst sends its deliveries to, and how a delivery looks.
import type { IDataObject } from 'n8n-workflow';

export interface BurstTarget {
	workflow: IDataObject;
	/** Path after /webhook/ */
	path: string;
	headers: Record<string, string>;
	body(deliveryId: string): string;
}

/** The node that runs once per delivery that got through Remove Duplicates. */
export const ONCE_NODE = 'Handle Delivery';

/**
 * As the examples are built: the Hipcall Trigger (acknowledging "when the workflow has finished")
 * -> Remove Duplicates on eventId -> a node standing for the delivery's work. Each delivery is a
 * call_init whose call id is the delivery id.
 */
export function burstWorkflow(): BurstTarget {
	const webhookId = 'queue-burst';
	return {
		workflow: {
			name: 'Queue burst',
			nodes: [
				{
					id: 'w',
					name: 'Hipcall Trigger',
					type: 'n8n-nodes-contact-center.hipcallTrigger',
					typeVersion: 1,
					position: [0, 0],
					webhookId,
					parameters: { authentication: 'none', events: ['*'], direction: 'any', acknowledge: 'lastNode' },
				},
				{
					id: 'd',
					name: 'Remove Duplicates',
					type: 'n8n-nodes-base.removeDuplicates',
					typeVersion: 2,
					position: [200, 0],
					parameters: { operation: 'removeItemsSeenInPreviousExecutions', dedupeValue: '={{ $json.eventId }}', options: {} },
				},
				{ id: 'n', name: ONCE_NODE, type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [400, 0], parameters: {} },
			],
			connections: {
				'Hipcall Trigger': { main: [[{ node: 'Remove Duplicates', type: 'main', index: 0 }]] },
				'Remove Duplicates': { main: [[{ node: ONCE_NODE, type: 'main', index: 0 }]] },
			},
		},
		path: `${webhookId}/hipcall`,
		headers: { 'content-type': 'application/json' },
		body: (deliveryId) =>
			JSON.stringify({
				event: 'call_init',
				data: { uuid: deliveryId, direction: 'inbound', caller_number: '+905321112233', callee_number: '+902129998877' },
			}),
	};
}
