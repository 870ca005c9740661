// Queue mode for tests: PostgreSQL, Redis, n8n main, one webhook process and two workers.
import * as fs from 'fs';
import * as path from 'path';

import { N8nClient } from '../e2e/n8nClient';
import { E2E_PACKAGE_SOURCE, REPO_ROOT } from '../e2e/harness';

interface Proc {
	baseUrl: string;
	child: { pid: number; kill(signal: string): void; once(event: 'exit', cb: () => void): void; exitCode: number | null; signalCode: NodeJS.Signals | null };
	stop(): Promise<void>;
	owner: { email: string; password: string };
	logFile: string;
}

const { startQueue } = require(path.join(REPO_ROOT, 'scripts', 'queue-launcher.js')) as {
	startQueue(options: { dir: string; durable?: boolean; packageSource?: string }): Promise<{
		main: Proc;
		webhook: Proc;
		workers: Proc[];
		postgres: { port: number; psql(sql: string, database?: string): string };
		stop(): Promise<void>;
	}>;
};

export interface TestQueue {
	client: N8nClient;
	/** Base URL of the webhook process, which receives the vendors' requests. */
	webhookBase: string;
	/** Production webhook URL on the webhook process. */
	webhookUrl(pathAfterWebhook: string): string;
	/** What the workers have logged so far. */
	workerLogs(): string;
	workers: Proc[];
	/** Port of the PostgreSQL that n8n uses (database `n8n`, user `postgres`, no password). */
	postgresPort: number;
	/** Runs SQL in n8n's database and returns psql's unaligned output. */
	sql(query: string): string;
	stop(): Promise<void>;
}

export async function startTestQueue(): Promise<TestQueue> {
	const dir = path.join(REPO_ROOT, '.e2e', `queue-${Date.now()}`);
	// A test's data is thrown away: no fsync (durable is the default for `npm run start:queue`).
	const queue = await startQueue({ dir, durable: false, packageSource: E2E_PACKAGE_SOURCE });
	const client = new N8nClient(queue.main.baseUrl);
	try {
		await client.authenticate(queue.main.owner);
	} catch (error) {
		await queue.stop();
		throw error;
	}
	return {
		client,
		webhookBase: queue.webhook.baseUrl,
		webhookUrl: (p) => `${queue.webhook.baseUrl}/webhook/${p}`,
		workerLogs: () => queue.workers.map((worker) => fs.readFileSync(worker.logFile, 'utf8')).join('\n'),
		workers: queue.workers,
		postgresPort: queue.postgres.port,
		sql: (query) => queue.postgres.psql(query, 'n8n').trim(),
		stop: async () => {
			await queue.stop();
			if (!process.env.KEEP_E2E) fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}
