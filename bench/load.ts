// Bounded load on loopback with autocannon: one scenario, a fixed number of connections and seconds.
import type { Scenario } from './scenario';

const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<{
	/** `total`: requests answered, whatever the status. */
	requests: { average: number; sent: number; total: number };
	latency: { p50: number; p99: number };
	non2xx: number;
	/** Every request that got no answer, timeouts included (autocannon counts a timeout in both). */
	errors: number;
	timeouts: number;
	'2xx': number;
}>;

export interface LoadResult {
	rps: number;
	p50: number;
	p99: number;
	/** Requests sent, answered or not. */
	sent: number;
	ok: number;
	/** Answered with another status, or not answered in time, or failed on the connection. */
	failed: number;
	/** Of `failed`: not answered within the timeout. */
	timeouts: number;
	/** Still waiting for their answer when the run ended: neither ok nor failed. */
	unfinished: number;
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
	return {
		rps: r.requests.average,
		p50: r.latency.p50,
		p99: r.latency.p99,
		sent: r.requests.sent,
		ok: r['2xx'],
		failed: r.non2xx + r.errors,
		timeouts: r.timeouts,
		unfinished: Math.max(0, r.requests.sent - r.requests.total - r.errors),
	};
}
