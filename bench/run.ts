// `npm run bench`: bounded load on loopback against a real n8n, printing requests/s and latency
// for the core Webhook baseline and each of our triggers, measured in the same run, with ratios.
// Figures only: nothing here passes or fails on speed.
import * as fs from 'fs';
import * as path from 'path';

import { REPO_ROOT, startTestN8n } from '../test/e2e/harness';
import { installScenario } from './scenario';
import { scenarios, type Scenario } from './scenarios';

const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<{
	requests: { average: number };
	latency: { p50: number; p99: number };
	non2xx: number;
	errors: number;
	'2xx': number;
}>;

const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const only = process.env.BENCH_ONLY;

interface Figures {
	name: string;
	rps: number;
	p50: number;
	p99: number;
	ok: number;
	failed: number;
}

async function load(url: string, scenario: Scenario, duration: number) {
	return autocannon({
		url,
		connections,
		duration,
		method: scenario.method,
		headers: scenario.headers,
		body: scenario.body,
	});
}

async function main() {
	const selected = scenarios.filter((s) => !only || s.name.includes(only) || !s.baseline);
	console.log(`bench: ${connections} connections, ${warmupSeconds} s warm-up + ${seconds} s per scenario, loopback only`);
	// Executions are not saved, as in a tuned production set-up: the figures measure the webhook path.
	const n8n = await startTestN8n({
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none',
		EXECUTIONS_DATA_SAVE_ON_ERROR: 'none',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'false',
	});
	const results: Figures[] = [];
	try {
		for (const scenario of selected) {
			await installScenario(n8n.client, scenario);
			const url = n8n.webhookUrl(scenario.path);
			await load(url, scenario, warmupSeconds);
			const r = await load(url, scenario, seconds);
			const figures = { name: scenario.name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, ok: r['2xx'], failed: r.non2xx + r.errors };
			results.push(figures);
			console.log(
				`${figures.name.padEnd(44)} ${figures.rps.toFixed(1).padStart(7)} req/s  p50 ${String(figures.p50).padStart(5)} ms  p99 ${String(figures.p99).padStart(5)} ms  (${figures.ok} ok, ${figures.failed} not 2xx)`,
			);
		}
	} finally {
		await n8n.stop();
	}

	console.log('\nratios against the baseline measured in this run (1.00 = as fast as the core node):');
	for (const scenario of selected.filter((s) => s.baseline)) {
		const mine = results.find((r) => r.name === scenario.name);
		const base = results.find((r) => r.name === scenario.baseline);
		if (!mine || !base) continue;
		console.log(
			`ratio ${scenario.name} vs ${base.name}: throughput ${(mine.rps / base.rps).toFixed(2)}, p50 latency ${(mine.p50 / base.p50).toFixed(2)}, p99 latency ${(mine.p99 / base.p99).toFixed(2)}`,
		);
	}
	const out = process.env.BENCH_RESULTS ?? path.join(REPO_ROOT, '.cache', 'bench-results.json');
	fs.writeFileSync(out, JSON.stringify({ connections, seconds, results }, null, 2));
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
