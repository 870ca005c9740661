// Hostile input on real n8n: for every trigger sample, HOSTILE_REQUESTS generated hostile requests
// (default 1,000; the generators of the property suite) mixed with good deliveries (one in ten),
// sent over loopback to the production URL. Per trigger: no 5xx, no execution for a refused request
// (executions = the requests answered 2xx and not "ignored"), every good delivery executed, and
// n8n's resident memory before and after. Bounded: a fixed count per trigger, at most 8 in flight.
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';

import { SECRET, cases, headerCheckOf, proof, type TriggerCase } from '../triggers/harness';
import { requests, type SentSecret } from '../triggers/hostile';
import { startTestN8n, type TestN8n } from './harness';
import { installTrigger } from './triggerWorkflow';

const HOSTILE = Number(process.env.HOSTILE_REQUESTS ?? 1000);
const GOOD_EVERY = 10;
const IN_FLIGHT = 8;
const ANSWER_WITHIN_MS = 30_000;

jest.setTimeout(40 * 60_000);

let n8n: TestN8n;

beforeAll(async () => {
	n8n = await startTestN8n({ N8N_METRICS: 'true' });
});

afterAll(async () => {
	await n8n?.stop();
});

interface Row {
	trigger: string;
	sent: number;
	refused: number;
	ignored: number;
	fiveXx: number;
	unanswered: number;
	executedForRefused: number;
	good: number;
	goodExecuted: number;
	rssBeforeMb: number;
	rssAfterMb: number;
}

const rows: Row[] = [];

afterAll(() => {
	if (rows.length === 0) return;
	const header = '| trigger | requests | refused (4xx) | ignored (200) | 5xx | executions for refused | good delivered / executed | n8n RSS before → after |';
	const lines = rows.map(
		(r) =>
			`| ${r.trigger} | ${r.sent} | ${r.refused} | ${r.ignored} | ${r.fiveXx} | ${r.executedForRefused} | ${r.good} / ${r.goodExecuted} | ${r.rssBeforeMb} → ${r.rssAfterMb} MB |`,
	);
	console.log(['', `Hostile run, ${HOSTILE} generated requests per trigger:`, header, '|---|---|---|---|---|---|---|---|', ...lines].join('\n'));
});

async function residentMb(): Promise<number> {
	const metrics = await (await fetch(`${n8n.baseUrl}/metrics`)).text();
	// prom-client's default metric, behind n8n's prefix (N8N_METRICS_PREFIX, n8n_ by default).
	const bytes = Number(/^\w*process_resident_memory_bytes (\S+)$/m.exec(metrics)?.[1]);
	if (!Number.isFinite(bytes)) throw new Error('n8n /metrics has no process_resident_memory_bytes');
	return Math.round(bytes / 2 ** 20);
}

/** Executions of the workflow, counted page by page once none is still running. */
async function settledExecutions(workflowId: string, atLeast: number): Promise<number> {
	const deadline = Date.now() + 10 * 60_000;
	let count = 0;
	while (Date.now() < deadline) {
		let cursor: string | undefined;
		let running = false;
		count = 0;
		do {
			const page = await n8n.client.api<{ data: Array<{ status: string }>; nextCursor?: string | null }>(
				'GET',
				`/executions?workflowId=${workflowId}&limit=250${cursor ? `&cursor=${cursor}` : ''}`,
			);
			count += page.data.length;
			running ||= page.data.some((e) => e.status === 'running' || e.status === 'new');
			cursor = page.nextCursor ?? undefined;
		} while (cursor);
		if (!running && count >= atLeast) {
			await new Promise((r) => setTimeout(r, 1000));
			return count;
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	return count;
}

describe.each(cases.map((testCase) => [testCase.label, testCase] as const))('%s', (_, testCase: TriggerCase) => {
	test(`${HOSTILE} hostile requests mixed with good ones: no 5xx, nothing started for a refused one, every good one run`, async () => {
		const { sample, declaration } = testCase;
		const check = headerCheckOf(testCase);
		const { workflowId, url } = await installTrigger(n8n, testCase, check);
		const rssBeforeMb = await residentMb();

		const hostile = fc.sample(requests(testCase), { numRuns: HOSTILE, seed: 17 });
		const good = { secret: 'right' as SentSecret, request: {}, good: true };
		const plan = hostile.flatMap((entry, i) => (i % GOOD_EVERY === 0 ? [good, { ...entry, good: false }] : [{ ...entry, good: false }]));
		const row: Row = {
			trigger: testCase.label,
			sent: 0,
			refused: 0,
			ignored: 0,
			fiveXx: 0,
			unanswered: 0,
			executedForRefused: 0,
			good: 0,
			goodExecuted: 0,
			rssBeforeMb,
			rssAfterMb: 0,
		};
		let started = 0;
		const failures: string[] = [];

		async function send(entry: (typeof plan)[number]): Promise<void> {
			const request = entry.request as { method?: string; headers?: Record<string, string>; query?: IDataObject; body?: unknown };
			const secret = entry.secret === 'right' ? SECRET : entry.secret === 'wrong' ? `${SECRET}-nope` : '';
			const auth = entry.secret === 'none' ? {} : (proof(declaration, check, secret).headers ?? {});
			const method = entry.good ? (sample.method ?? 'POST') : (request.method ?? 'POST');
			const query = entry.good ? sample.query : request.query;
			const body = entry.good ? (sample.query ? undefined : JSON.stringify(sample.body)) : request.body;
			const target = new URL(url);
			for (const [key, value] of Object.entries(query ?? {})) {
				for (const one of ([] as unknown[]).concat(value)) target.searchParams.append(key, typeof one === 'string' ? one : JSON.stringify(one));
			}
			const headers: Record<string, string> = { 'content-type': 'application/json', ...(request.headers ?? {}), ...auth };
			row.sent++;
			if (entry.good) row.good++;
			let res: Response;
			let text: string;
			try {
				// Bounded: a request n8n never answers is a failure to report, not a hung suite.
				res = await fetch(target, {
					method,
					headers,
					body: method === 'GET' || method === 'HEAD' ? undefined : (body as string | undefined),
					signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
				});
				text = await res.text();
			} catch (error) {
				row.unanswered++;
				failures.push(`no answer within ${ANSWER_WITHIN_MS} ms (${(error as Error).name}): ${method} ${JSON.stringify(headers).slice(0, 300)} ${String(body).slice(0, 200)}`);
				return;
			}
			if (res.status >= 500) {
				row.fiveXx++;
				failures.push(`${res.status} ${method} ${String(body).slice(0, 80)} -> ${text.slice(0, 200)}`);
			} else if (res.status >= 400) {
				row.refused++;
				if (entry.good) failures.push(`good delivery refused: ${res.status} ${text.slice(0, 200)}`);
			} else if (/"ignored"/.test(text)) {
				row.ignored++;
				if (entry.good) failures.push(`good delivery ignored: ${text.slice(0, 200)}`);
			} else {
				started++;
				if (entry.good) row.goodExecuted++;
			}
		}

		const queue = [...plan];
		await Promise.all(
			Array.from({ length: IN_FLIGHT }, async () => {
				for (let entry = queue.shift(); entry; entry = queue.shift()) await send(entry);
			}),
		);
		const executions = await settledExecutions(workflowId, started);
		row.executedForRefused = executions - started;
		row.rssAfterMb = await residentMb();
		rows.push(row);

		expect(failures.slice(0, 5)).toEqual([]);
		expect(row.sent).toBeGreaterThanOrEqual(HOSTILE);
		expect(row.fiveXx).toBe(0);
		expect(row.unanswered).toBe(0);
		expect(row.executedForRefused).toBe(0);
		expect(row.goodExecuted).toBe(row.good);
	});
});
