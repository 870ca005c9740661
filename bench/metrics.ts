// What n8n's own /metrics (N8N_METRICS=true) says of the work behind a batch of requests: expression
// isolates taken from the pool, isolates built on the request path, CPU time of n8n's main process
// (a Code node's JavaScript runs in the task runner, another process, and is not in it) and memory.
export interface Counters {
	isolates: number;
	coldStarts: number;
	cpuSeconds: number;
	residentBytes: number;
}

function read(metrics: string, name: RegExp): number {
	const value = Number(new RegExp(`^\\w*${name.source}\\s+(\\S+)$`, 'm').exec(metrics)?.[1] ?? 0);
	return Number.isFinite(value) ? value : 0;
}

export async function counters(baseUrl: string): Promise<Counters> {
	const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
	return {
		isolates: read(metrics, /expression_pool_acquired\w*/),
		coldStarts: read(metrics, /expression_pool_cold_start_sync(_total)?/),
		cpuSeconds: read(metrics, /process_cpu_seconds_total/),
		residentBytes: read(metrics, /process_resident_memory_bytes/),
	};
}

/** Per request: isolates, cold starts and main-process CPU milliseconds between two readings. */
export function perRequest(before: Counters, after: Counters, requests: number) {
	const per = (value: number) => (requests > 0 ? value / requests : 0);
	return {
		isolates: per(after.isolates - before.isolates),
		coldStarts: per(after.coldStarts - before.coldStarts),
		cpuMs: per((after.cpuSeconds - before.cpuSeconds) * 1000),
	};
}

export type PerRequest = ReturnType<typeof perRequest>;

/**
 * Waits until n8n's main process is idle: a request abandoned by the load (a timeout) keeps its
 * execution running, and that backlog would otherwise slow down whatever is measured next.
 * Idle = under 5 % of one core for two readings in a row; gives up after `maxMs`. Returns the last
 * reading, the counters of the idle n8n.
 */
export async function settle(baseUrl: string, maxMs = 60_000): Promise<Counters> {
	const stepMs = 500;
	let previous = await counters(baseUrl);
	let quiet = 0;
	for (let waited = 0; waited < maxMs && quiet < 2; waited += stepMs) {
		await new Promise((resolve) => setTimeout(resolve, stepMs));
		const now = await counters(baseUrl);
		quiet = (now.cpuSeconds - previous.cpuSeconds) * 1000 < stepMs * 0.05 ? quiet + 1 : 0;
		previous = now;
	}
	return previous;
}
