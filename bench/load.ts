// Bounded load on loopback with autocannon: one scenario, a fixed number of connections and seconds.
import type { Scenario } from './scenario';

const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<{
	requests: { average: number };
	latency: { p50: number; p99: number };
	non2xx: number;
	errors: number;
	timeouts: number;
	'2xx': number;
}>;

export interface LoadResult {
	rps: number;
	p50: number;
	p99: number;
	ok: number;
	failed: number;
}

/** `timeoutSeconds`: a request not answered by then counts as failed (a vendor's deadline). */
export async function load(url: string, scenario: Scenario, connections: number, seconds: number, timeoutSeconds = 10): Promise<LoadResult> {
	const r = await autocannon({
		url,
		connections,
		duration: seconds,
		timeout: timeoutSeconds,
		method: scenario.method,
		headers: scenario.headers,
		body: scenario.body,
	});
	return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, ok: r['2xx'], failed: r.non2xx + r.errors + r.timeouts };
}
