// `npm run bench`: bounded load on loopback against a real n8n, under n8n's defaults and under the
// tuning docs/performance.md recommends (bench/modes.ts). Per scenario: requests/s, p50/p99, and
// what n8n's own metrics say each request cost (isolates, main-process CPU); ratios to the
// baselines measured in the same run (bench/baselines.ts); the capacity of the answering pairs
// inside their vendor's deadline; and our webhook() code alone. Figures only: nothing here passes
// or fails on speed.
import * as fs from 'fs';
import * as path from 'path';

import { REPO_ROOT, startTestN8n } from '../test/e2e/harness';
import { capacity, type Capacity } from './capacity';
import { ceilingPackage } from './ceiling/package';
import { load, type LoadResult } from './load';
import { counters, perRequest, settle, type PerRequest } from './metrics';
import { microBench } from './micro';
import { modes, type Mode } from './modes';
import { installScenario } from './scenario';
import { scenarios, type Scenario } from './scenarios';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const only = process.env.BENCH_ONLY;
// BENCH_PARTS=capacity (say) runs only the capacity searches; by default all three parts run.
const parts = new Set((process.env.BENCH_PARTS ?? 'load,capacity,micro').split(','));
const out = process.env.BENCH_RESULTS ?? path.join(REPO_ROOT, '.cache', 'bench-results.json');

interface Figures extends LoadResult {
	name: string;
	cost: PerRequest;
}

interface ModeResults {
	mode: Mode;
	idleResidentMb: number;
	figures: Figures[];
	capacities: Capacity[];
}

const selected = scenarios.filter((s) => !only || s.name.includes(only) || !s.baseline);

function line(f: Figures): string {
	const cost = `${f.cost.isolates.toFixed(2)} isolates/req, ${f.cost.cpuMs.toFixed(2)} ms CPU/req`;
	return `${f.name.padEnd(78)} ${f.rps.toFixed(1).padStart(7)} req/s  p50 ${String(f.p50).padStart(5)} ms  p99 ${String(f.p99).padStart(5)} ms  ${cost}  (${f.ok} ok, ${f.failed} not 2xx${f.timeouts ? ` of which ${f.timeouts} timed out` : ''}, ${f.unfinished} unfinished)`;
}

async function runMode(mode: Mode): Promise<ModeResults> {
	console.log(`\n## ${mode.name} ${JSON.stringify(mode.env)}`);
	// Executions are not saved, as in a tuned production set-up: the figures measure the webhook path.
	const n8n = await startTestN8n(
		{
			N8N_METRICS: 'true',
			EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'none',
			EXECUTIONS_DATA_SAVE_ON_ERROR: 'none',
			EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'false',
			...mode.env,
		},
		[ceilingPackage()],
	);
	const results: ModeResults = { mode, idleResidentMb: 0, figures: [], capacities: [] };
	try {
		results.idleResidentMb = Math.round((await counters(n8n.baseUrl)).residentBytes / 2 ** 20);
		for (const scenario of selected) {
			await installScenario(n8n.client, scenario);
			if (!parts.has('load')) continue;
			const url = n8n.webhookUrl(scenario.path);
			await load(url, scenario, connections, warmupSeconds);
			const before = await settle(n8n.baseUrl);
			const r = await load(url, scenario, connections, seconds);
			// The work of every request sent, the ones still running when the load stopped included.
			const cost = perRequest(before, await settle(n8n.baseUrl), r.sent);
			const figures = { name: scenario.name, ...r, cost };
			results.figures.push(figures);
			console.log(line(figures));
		}
		const answering = selected.filter((s): s is Scenario & { deadlineMs: number } => s.deadlineMs !== undefined);
		for (const scenario of parts.has('capacity') ? answering : []) {
			const found = await capacity(n8n.baseUrl, n8n.webhookUrl(scenario.path), scenario);
			results.capacities.push(found);
			console.log(capacityLine(found));
		}
	} finally {
		await n8n.stop();
	}
	return results;
}

function capacityLine(c: Capacity): string {
	const at = c.atCapacity ? `p99 ${c.atCapacity.p99} ms, ${c.atCapacity.rps.toFixed(1)} req/s` : 'none';
	const missed = c.missed
		? `; at ${c.missed.concurrency}: p99 ${c.missed.result.p99} ms, ${c.missed.result.failed} of ${c.missed.result.sent} late or failed (${c.missed.result.timeouts} past the deadline)`
		: '';
	return `- ${c.name}: ${c.concurrency} concurrent (${at})${missed}`;
}

/** Written after every mode, so that a run stopped part-way keeps what it measured. */
function save(all: ModeResults[], micro: Awaited<ReturnType<typeof microBench>>): void {
	fs.writeFileSync(out, JSON.stringify({ connections, seconds, modes: all, micro }, null, 2));
}

function report({ mode, idleResidentMb, figures, capacities }: ModeResults): void {
	const get = (name: string) => figures.find((f) => f.name === name);
	console.log(`\n### ${mode.name}: ratios to the baselines of this run (throughput; >1.00 = faster than the baseline)`);
	console.log(`n8n idle resident memory: ${idleResidentMb} MB`);
	for (const scenario of selected.filter((s) => s.baseline)) {
		const mine = get(scenario.name);
		if (!mine) continue;
		const parts = (scenario.baseline ?? []).flatMap((name) => {
			const base = get(name);
			if (!base) return [];
			const extraCpu = mine.cost.cpuMs - base.cost.cpuMs;
			return [`${(mine.rps / base.rps).toFixed(2)}x ${name} (p99 ${(mine.p99 / base.p99).toFixed(2)}x, CPU ${extraCpu >= 0 ? '+' : ''}${extraCpu.toFixed(2)} ms/req)`];
		});
		console.log(`- ${scenario.name}: ${parts.join('; ')}`);
	}
	if (capacities.length > 0) {
		console.log(`\n### ${mode.name}: capacity inside the deadline (highest concurrency with every request 2xx and p99 under it)`);
		for (const c of capacities) console.log(capacityLine(c));
	}
}

async function main() {
	console.log(`bench: ${connections} connections, ${warmupSeconds} s warm-up + ${seconds} s per scenario, loopback only`);
	const all: ModeResults[] = [];
	for (const mode of modes) {
		all.push(await runMode(mode));
		save(all, []);
	}
	for (const results of all) report(results);

	if (!parts.has('micro')) return;
	const micro = await microBench();
	console.log('\n### our code alone: webhook() per delivery, n8n context faked (µs)');
	for (const m of micro) console.log(`- ${m.name} (${m.check}): mean ${m.meanMicroseconds.toFixed(1)} µs, p99 ${m.p99Microseconds.toFixed(1)} µs`);
	save(all, micro);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
