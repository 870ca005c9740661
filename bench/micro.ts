// Our own code alone: each trigger's webhook() on its sample delivery (with the check the suites
// use), in this process, with n8n's context faked. The fake context is built before each call
// and not timed, so the figure is the trigger's work: check, body, events, items.
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
		let context = deliveryContext(testCase, check).context;
		bench.add(testCase.label, async () => void (await node.webhook.call(context)), {
			beforeEach: () => void (context = deliveryContext(testCase, check).context),
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
