// Capacity inside a vendor's deadline: the highest number of concurrent requests at which every
// request is answered 2xx and p99 stays under the deadline (M8Com lookups and Hipcall routing: 3 s).
// Levels double from 5 (BENCH_CAPACITY_LEVELS), BENCH_CAPACITY_SECONDS each (at least the deadline
// and a second); a level passes with at least one answer in time and none late; the search stops at
// the first level that misses. Each level starts on an idle n8n: the requests a missed level
// abandoned go on running, and would fail the next one.
import { load, type LoadResult } from './load';
import { settle } from './metrics';
import type { Scenario } from './scenario';

const levels = (process.env.BENCH_CAPACITY_LEVELS ?? '5,10,20,40,80,160').split(',').map(Number);
const seconds = Number(process.env.BENCH_CAPACITY_SECONDS ?? 5);

export interface Capacity {
	name: string;
	deadlineMs: number;
	/** The highest level answered in time (0: not even the first). */
	concurrency: number;
	atCapacity?: LoadResult;
	/** The first level that missed, and how. */
	missed?: { concurrency: number; result: LoadResult };
}

export async function capacity(baseUrl: string, url: string, scenario: Scenario & { deadlineMs: number }): Promise<Capacity> {
	const found: Capacity = { name: scenario.name, deadlineMs: scenario.deadlineMs, concurrency: 0 };
	for (const concurrency of levels) {
		await settle(baseUrl);
		// A level lasts longer than the deadline, so that its first requests are judged before it ends.
		const levelSeconds = Math.max(seconds, Math.ceil(scenario.deadlineMs / 1000) + 1);
		const result = await load(url, scenario, concurrency, levelSeconds, scenario.deadlineMs / 1000);
		if (result.ok === 0 || result.failed > 0 || result.p99 >= scenario.deadlineMs) {
			found.missed = { concurrency, result };
			break;
		}
		found.concurrency = concurrency;
		found.atCapacity = result;
	}
	return found;
}
