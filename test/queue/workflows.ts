// The workflow the queue burst sends its deliveries to, and how a delivery looks.
import type { IDataObject } from 'n8n-workflow';

export interface BurstTarget {
	workflow: IDataObject;
	/** Path after /webhook/ */
	path: string;
	headers: Record<string, string>;
	body(deliveryId: string): string;
}

/** The table that holds one row per handled delivery, keyed on its event id. */
export const DELIVERIES_TABLE = 'handled_deliveries';
/** Stands for the steps after the write: runs only in the execution whose row was new. */
export const ONCE_NODE = 'Handle Delivery';
/** The id the Postgres credential is referenced by; the test swaps in the one it creates. */
export const POSTGRES_CREDENTIAL = { id: 'POSTGRES_CREDENTIAL_ID', name: 'Deliveries database' };

/**
 * The exactly-once pattern for queue mode: the Hipcall Trigger (acknowledging "when the workflow
 * has finished") -> the delivery's write, one atomic INSERT ... ON CONFLICT DO NOTHING keyed on
 * eventId -> continue only when a row came back -> a node standing for the steps after the write.
 * Each delivery is a call_init whose call id is the delivery id.
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
					id: 'r',
					name: 'Record Delivery',
					type: 'n8n-nodes-base.postgres',
					typeVersion: 2.6,
					position: [200, 0],
					parameters: {
						operation: 'executeQuery',
						query: `insert into ${DELIVERIES_TABLE} (event_id) values ($1) on conflict (event_id) do nothing returning event_id`,
						options: { queryReplacement: '={{ $json.eventId }}' },
					},
					credentials: { postgres: POSTGRES_CREDENTIAL },
				},
				{
					id: 'f',
					name: 'New Delivery?',
					type: 'n8n-nodes-base.filter',
					typeVersion: 2.2,
					position: [400, 0],
					parameters: {
						conditions: {
							options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
							conditions: [
								{
									id: 'c',
									leftValue: '={{ $json.event_id }}',
									rightValue: '',
									operator: { type: 'string', operation: 'exists', singleValue: true },
								},
							],
							combinator: 'and',
						},
						options: {},
					},
				},
				{ id: 'n', name: ONCE_NODE, type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [600, 0], parameters: {} },
			],
			connections: {
				'Hipcall Trigger': { main: [[{ node: 'Record Delivery', type: 'main', index: 0 }]] },
				'Record Delivery': { main: [[{ node: 'New Delivery?', type: 'main', index: 0 }]] },
				'New Delivery?': { main: [[{ node: ONCE_NODE, type: 'main', index: 0 }]] },
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
