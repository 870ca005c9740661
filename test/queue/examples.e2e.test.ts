// Queue mode: every example workflow, replayed through the webhook process, runs on the workers and
// ends with the same answers and the same node outputs as on SQLite n8n; answering pairs reply to
// the caller through the webhook process.
import * as fs from 'fs';
import * as path from 'path';

import { REPO_ROOT } from '../e2e/harness';
import { startSmtpSink, type SmtpSink } from '../e2e/smtpSink';
import { startHipcallStandIn, type HipcallStandIn } from '../Hipcall/hipcallStandIn';
import { startRecordingServer, type RecordingServer } from '../helpers/recordingServer';
import { startTestN8n, type TestN8n } from '../e2e/harness';
import { replays } from '../replays';
import { comparable, runReplay } from '../replays/replay';
import { startTestQueue, type TestQueue } from './queueHarness';

let smtp: SmtpSink;
let hipcallApi: HipcallStandIn;
let recordings: RecordingServer;
let sqlite: TestN8n;
let queue: TestQueue;

beforeAll(async () => {
	smtp = await startSmtpSink();
	hipcallApi = await startHipcallStandIn(() => ({ status: 201, body: { data: { status: 'sent' } } }));
	recordings = await startRecordingServer();
	// Each is assigned as soon as it is up, so afterAll stops it even when the other failed to start.
	const started = await Promise.allSettled([
		startTestN8n().then((n8n) => (sqlite = n8n)),
		startTestQueue().then((q) => (queue = q)),
	]);
	for (const result of started) if (result.status === 'rejected') throw result.reason;
});
afterAll(async () => {
	await Promise.all([sqlite?.stop(), queue?.stop(), smtp?.close(), hipcallApi?.stop(), recordings?.stop()]);
});

test('every example workflow has a replay', () => {
	const examples = fs.readdirSync(path.join(REPO_ROOT, 'examples')).filter((file) => file.endsWith('.json'));
	expect(replays.map((replay) => replay.example).sort()).toEqual(examples.map((file) => `examples/${file}`).sort());
});

test.each(replays.map((replay) => [replay.name, replay] as const))('%s: same result on queue-mode workers as on SQLite', async (_, replay) => {
	const services = { smtpPort: smtp.port, hipcallApiBase: hipcallApi.baseUrl, recordingBase: recordings.base };
	const onSqlite = await runReplay({ client: sqlite.client, webhookBase: sqlite.baseUrl, services }, replay);
	const inQueue = await runReplay({ client: queue.client, webhookBase: queue.webhookBase, services }, replay);

	expect(onSqlite.statuses.every((status) => status === 'success')).toBe(true);
	expect(inQueue.statuses).toEqual(onSqlite.statuses);
	expect(comparable(inQueue.answers)).toEqual(comparable(onSqlite.answers));
	expect(comparable(inQueue.outputs)).toEqual(comparable(onSqlite.outputs));
	for (const [index, expected] of Object.entries(replay.answers ?? {})) {
		const answer = inQueue.answers[Number(index)];
		expect(answer.status).toBe(expected.status);
		// A 204 (Hipcall's default route) has no body.
		expect(answer.body === '' ? {} : JSON.parse(answer.body)).toMatchObject(expected.json);
	}
	const workerLogs = queue.workerLogs();
	for (const id of inQueue.executionIds) expect(workerLogs).toMatch(new RegExp(`execution ${id}\\b`));
});
