// Queue mode under failure: a worker is killed (SIGKILL) while a bounded burst is in flight.
// n8n 2.x never re-runs a job whose worker died (maxStalledCount is fixed at 0): it marks those
// executions failed. So a trigger that must not lose deliveries acknowledges "when the workflow has
// finished": the deliveries the kill cut off get a 5xx, the vendor retries them, and an atomic
// insert keyed on eventId lets exactly one execution per delivery do the work (counted in Postgres).
// (n8n's Remove Duplicates is not enough here: it reads and rewrites one list of seen ids, so
// concurrent executions overwrite each other's entries and a retry can slip through.)
import { routeRegistered, waitForWebhook, type WorkflowJson } from '../e2e/n8nClient';
import { startTestQueue, type TestQueue } from './queueHarness';
import { burstWorkflow, DELIVERIES_TABLE, ONCE_NODE } from './workflows';

const DELIVERIES = Number(process.env.QUEUE_BURST ?? 500);
const IN_FLIGHT = 20;
const VENDOR_RETRIES = 3;
/** How long a vendor waits for an answer before it counts the delivery as failed. */
const VENDOR_TIMEOUT_MS = 30_000;

let queue: TestQueue;
beforeAll(async () => {
	queue = await startTestQueue();
});
afterAll(async () => {
	await queue?.stop();
});

test(`killing a worker during a ${DELIVERIES}-delivery burst: every acknowledged delivery is written exactly once`, async () => {
	const { workflow, path, headers, body } = burstWorkflow();
	queue.sql(`create table ${DELIVERIES_TABLE} (event_id text primary key, handled_at timestamptz not null default now())`);
	const withCredential = await queue.client.withNewCredentials(workflow as WorkflowJson, () => ({
		host: '127.0.0.1',
		port: queue.postgresPort,
		database: 'n8n',
		user: 'postgres',
		password: '',
		ssl: 'disable',
	}));
	const workflowId = await queue.client.importAndActivate(withCredential);
	await waitForWebhook(queue.webhookUrl(path), { method: 'PATCH' }, routeRegistered);

	const send = async (deliveryId: string): Promise<boolean> => {
		try {
			const res = await fetch(queue.webhookUrl(path), {
				method: 'POST',
				headers,
				body: body(deliveryId),
				signal: AbortSignal.timeout(VENDOR_TIMEOUT_MS),
			});
			await res.text();
			return res.ok;
		} catch {
			return false;
		}
	};

	const accepted: string[] = [];
	let refused: string[] = [];
	let next = 0;
	let killedAt = -1;
	const started = Date.now();
	await Promise.all(
		Array.from({ length: IN_FLIGHT }, async () => {
			while (next < DELIVERIES) {
				const n = next++;
				if (n === Math.floor(DELIVERIES / 4)) {
					killedAt = n;
					queue.workers[0].child.kill('SIGKILL');
				}
				const id = `delivery-${String(n).padStart(5, '0')}`;
				((await send(id)) ? accepted : refused).push(id);
			}
		}),
	);
	const sendSeconds = (Date.now() - started) / 1000;
	const refusedFirst = refused.length;

	// What a vendor does with a delivery that was not acknowledged: send it again.
	for (let round = 0; round < VENDOR_RETRIES && refused.length; round++) {
		const again = refused;
		refused = [];
		for (const id of again) ((await send(id)) ? accepted : refused).push(id);
	}

	await waitUntilSettled(queue, workflowId);
	const runs = executionsOf(queue, workflowId);
	const statuses: Record<string, number> = {};
	const handledBy = new Map<string, number>();
	for (const run of runs) {
		statuses[run.status] = (statuses[run.status] ?? 0) + 1;
		if (!run.handled) continue;
		for (const id of run.deliveries) handledBy.set(id, (handledBy.get(id) ?? 0) + 1);
	}
	const dropped = runs.filter((run) => run.status === 'success' && !run.handled).length;
	// The delivery's work is its row: one per delivery whose insert committed.
	// (The trigger's eventId for a call_init is `call_init:<call id>`; the call id is the delivery id.)
	const rows = queue
		.sql(`select substring(event_id from 'delivery-[0-9]{5}') from ${DELIVERIES_TABLE} order by 1`)
		.split('\n')
		.filter(Boolean);
	const recorded = new Set(rows);
	const lost = accepted.filter((id) => !recorded.has(id));
	const twice = [...handledBy].filter(([, count]) => count > 1).map(([id]) => id);
	// Rows written by an execution the kill cut short: their retry was stopped by the key, so the
	// steps after the write did not run for them (at most once).
	const cutShort = accepted.filter((id) => recorded.has(id) && !handledBy.has(id));

	console.log(
		[
			`queue burst: ${DELIVERIES} deliveries, ${IN_FLIGHT} in flight, worker 1 of 2 killed (SIGKILL) at delivery ${killedAt}`,
			`  first attempt: ${DELIVERIES - refusedFirst} answered 2xx, ${refusedFirst} answered 5xx or not within ${VENDOR_TIMEOUT_MS / 1000} s, sent in ${sendSeconds.toFixed(1)} s`,
			`  after up to ${VENDOR_RETRIES} vendor retries: ${accepted.length} acknowledged, ${refused.length} never acknowledged`,
			`  executions in Postgres by status: ${JSON.stringify(statuses)}; retries stopped by the eventId key: ${dropped}`,
			`  deliveries written exactly once: ${accepted.length - lost.length - twice.length}; lost: ${lost.length}; written by two executions: ${twice.length}`,
			`  written by an execution the kill cut short (steps after the write skipped): ${cutShort.length}`,
		].join('\n'),
	);

	expect(queue.workers[0].child.signalCode).toBe('SIGKILL');
	expect(accepted.length).toBe(DELIVERIES);
	expect(rows).toEqual([...accepted].sort());
	expect(lost).toEqual([]);
	expect(twice).toEqual([]);
}, 600_000);

interface Run {
	status: string;
	/** The delivery id the execution's data holds. */
	deliveries: string[];
	/** Whether this execution's insert was the new row (the node after the check ran). */
	handled: boolean;
}

function executionsOf(queue: TestQueue, workflowId: string): Run[] {
	// Run data holds a node's name only when the node ran (the workflow itself is stored apart).
	return queue
		.sql(
			`select e.status, substring(d.data from 'delivery-[0-9]{5}'), strpos(d.data, '"${ONCE_NODE}"') > 0
			 from execution_entity e join execution_data d on d."executionId" = e.id where e."workflowId" = '${workflowId}'`,
		)
		.split('\n')
		.filter(Boolean)
		.map((row) => {
			const [status, delivery, handled] = row.split('|');
			return { status, deliveries: delivery ? [delivery] : [], handled: handled === 't' };
		});
}

/** Waits (bounded) until no execution of the workflow is queued or running. */
async function waitUntilSettled(queue: TestQueue, workflowId: string): Promise<void> {
	const deadline = Date.now() + 240_000;
	while (Date.now() < deadline) {
		const pending = Number(
			queue.sql(
				`select count(*) from execution_entity where "workflowId" = '${workflowId}' and status in ('new', 'running', 'waiting')`,
			),
		);
		if (pending === 0) return;
		await new Promise((r) => setTimeout(r, 1000));
	}
	throw new Error('executions were still pending after 240 s');
}
