// Our own code alone: each trigger's webhook() on its sample delivery (with the check the suites
// use), in this process, with n8n's context faked. Only the call is timed, not the building of the
// fake context, so the figure is the trigger's work: check, body, events, items (and the fake
// context's parameter and credential reads, which stand in for n8n's).
import { Bench } from 'tinybench';

import { cases, deliveryContext, headerCheckOf } from '../test/triggers/harness';

export interface MicroFigure {
	name: string;
	check: string;
	meanMicroseconds: number;
	p99Microseconds: number;
}

export async function microBench(): Promise<MicroFigure[]> {
	const bench = new Bench({ time: Number(process.env.BENCH_MICRO_MS ?? 500), warmupTime: 200 });
	const checks = new Map<string, string>();
	for (const testCase of cases) {
		const node = new testCase.Node();
		const check = headerCheckOf(testCase);
		checks.set(testCase.label, check);
		// The fake context is built inside the iteration but outside the timed part (overriddenDuration).
		bench.add(testCase.label, async () => {
			const { context } = deliveryContext(testCase, check);
			const start = bench.now();
			await node.webhook.call(context);
			return { overriddenDuration: bench.now() - start };
		});
	}
	await bench.run();
	return bench.tasks.map((task) => {
		const latency = task.result && 'latency' in task.result ? task.result.latency : undefined;
		return {
			name: task.name,
			check: checks.get(task.name) ?? '',
			meanMicroseconds: (latency?.mean ?? NaN) * 1000,
			p99Microseconds: (latency?.p99 ?? NaN) * 1000,
		};
	});
}
