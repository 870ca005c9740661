// `npm run bench:table`: the last `npm run bench` run's results (BENCH_RESULTS, by default
// .cache/bench-results.json) as the Markdown tables of docs/performance.md, so that the figures
// there are copied from one run and never typed by hand.
import * as fs from 'fs';
import * as path from 'path';

import { REPO_ROOT } from '../test/e2e/harness';
import type { Capacity } from './capacity';
import type { LoadResult } from './load';
import type { PerRequest } from './metrics';
import { scenarios } from './scenarios';

interface Results {
	connections: number;
	seconds: number;
	modes: Array<{
		mode: { name: string };
		idleResidentMb: number;
		figures: Array<LoadResult & { name: string; cost: PerRequest }>;
		capacities: Capacity[];
	}>;
	micro: Array<{ name: string; check: string; meanMicroseconds: number; p99Microseconds: number }>;
}

const file = process.env.BENCH_RESULTS ?? path.join(REPO_ROOT, '.cache', 'bench-results.json');
const results = JSON.parse(fs.readFileSync(file, 'utf8')) as Results;
const modes = results.modes;

function row(cells: string[]): string {
	return `| ${cells.join(' | ')} |`;
}

function throughputTable(): string[] {
	const header = ['scenario', ...modes.map((m) => `${m.mode.name}: req/s (isolates, CPU ms per request)`)];
	const lines = [row(header), row(header.map(() => '---'))];
	for (const scenario of scenarios) {
		const cells = modes.map(({ figures }) => {
			const mine = figures.find((f) => f.name === scenario.name);
			if (!mine) return '';
			const ratios = (scenario.baseline ?? []).flatMap((name) => {
				const base = figures.find((f) => f.name === name);
				return base ? [`${(mine.rps / base.rps).toFixed(2)}×`] : [];
			});
			const cost = `${mine.cost.isolates.toFixed(2)}, ${mine.cost.cpuMs.toFixed(0)} ms`;
			const failed = mine.failed > 0 ? `, ${mine.failed} not 2xx` : '';
			return `${mine.rps.toFixed(1)} (${cost}${failed})${ratios.length ? ` **${ratios.join(' / ')}**` : ''}`;
		});
		if (cells.some((c) => c !== '')) lines.push(row([scenario.name, ...cells]));
	}
	return lines;
}

function capacityTable(): string[] {
	const header = ['answering path (deadline)', ...modes.map((m) => m.mode.name)];
	const lines = [row(header), row(header.map(() => '---'))];
	const names = [...new Set(modes.flatMap((m) => m.capacities.map((c) => c.name)))];
	for (const name of names) {
		const cells = modes.map(({ capacities }) => {
			const c = capacities.find((found) => found.name === name);
			if (!c) return '';
			const at = c.atCapacity ? ` (p99 ${c.atCapacity.p99.toLocaleString('en')} ms)` : '';
			return `${c.missed ? '' : '≥ '}${c.concurrency}${at}`;
		});
		const deadline = modes.flatMap((m) => m.capacities).find((c) => c.name === name)?.deadlineMs ?? 0;
		lines.push(row([`${name} (${deadline / 1000} s)`, ...cells]));
	}
	return lines;
}

console.log(`${results.connections} connections, ${results.seconds} s per scenario; ratios in bold: to the scenario's baselines, in the order bench/<Vendor>.ts lists them.\n`);
console.log(throughputTable().join('\n'));
console.log('\nIdle resident memory: ' + modes.map((m) => `${m.mode.name} ${m.idleResidentMb} MB`).join(', ') + '.\n');
console.log(capacityTable().join('\n'));
console.log('\nOur code alone (µs per delivery, mean / p99): ' + results.micro.map((m) => `${m.name} ${m.meanMicroseconds.toFixed(1)} / ${m.p99Microseconds.toFixed(1)}`).join('; ') + '.');
