// The call-recording examples on real n8n (SQLite, n8n's default binary mode: filesystem): the
// deliveries of the simulator's fixtures, with links to a loopback file server. A recording arrives
// as binary data with its MIME type and size, and the next node reads its bytes (the checksum); an
// expired link (403) and a slow one (timeout) leave the documented error fields and a stored row;
// a retry is dropped. test/queue/examples.e2e.test.ts replays the same on queue-mode workers.
import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { startHipcallStandIn, type HipcallStandIn } from '../Hipcall/hipcallStandIn';
import { fixtureFile } from '../helpers/fixtures';
import { RECORDING, startRecordingServer, type RecordingServer } from '../helpers/recordingServer';
import { replays } from '../replays';
import { runReplay, type Replay, type ReplayResult } from '../replays/replay';
import { startTestN8n, type TestN8n } from './harness';

let n8n: TestN8n;
let files: RecordingServer;
/** Paths of the file server's answers, in the order they were sent. */
const served: string[] = [];
let hipcallApi: HipcallStandIn;

beforeAll(async () => {
	files = await startRecordingServer({ onRequest: (path) => served.push(path) });
	hipcallApi = await startHipcallStandIn(() => ({ status: 200, body: { data: {} } }));
	n8n = await startTestN8n();
});
afterAll(async () => {
	await Promise.all([n8n?.stop(), files?.stop(), hipcallApi?.stop()]);
});

const SHA256 = createHash('sha256').update(RECORDING).digest('hex');

function replayOf(example: string): Replay {
	const replay = replays.find((r) => r.example === example);
	if (!replay) throw new Error(`no replay for ${example}`);
	return replay;
}

async function run(example: string): Promise<ReplayResult> {
	return await runReplay({ client: n8n.client, webhookBase: n8n.baseUrl, services: { recordingBase: files.base, hipcallApiBase: hipcallApi.baseUrl } }, replayOf(example));
}

type RunData = Record<string, Array<{ data?: { main: Array<Array<{ json: IDataObject; binary?: Record<string, IDataObject> }> | null> } }>>;

/** The binary data of a node's first item, as n8n stored it in the execution. */
async function binaryOf(executionId: string, node: string): Promise<Record<string, IDataObject> | undefined> {
	const execution = await n8n.client.api<{ data: { resultData: { runData: RunData } } }>('GET', `/executions/${executionId}?includeData=true`);
	return execution.data.resultData.runData[node]?.[0]?.data?.main[0]?.[0]?.binary;
}

const rowOf = (output: IDataObject[] | 'did not run') => (output === 'did not run' ? undefined : output[0]);

test.each([
	['examples/m8com-call-recordings.json', 'm8com-48213377.mp3'],
	['examples/hipcall-call-recordings.json', 'hipcall-2483a75a-56a2-41f1-991b-92b1667e3200.mp3'],
])('%s: recording as a file, expired and slow links kept with their error, retry dropped', async (example, fileName) => {
	const result = await run(example);
	const byCode = (code: string) => result.outputs.find((output) => rowOf(output['Download Recording'])?.recordingErrorCode === code) ?? {};
	const [downloaded, expired, slow] = [result.outputs[0], byCode('expired'), byCode('timeout')];
	const retry = result.outputs[result.outputs.length - 1];
	expect(result.statuses.every((status) => status === 'success')).toBe(true);
	expect(result.answers.every((answer) => answer.status === 200)).toBe(true);

	// The file: on the item as binary data, read back by the next node.
	const binary = await binaryOf(result.executionIds[0], 'Download Recording');
	expect(binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName, fileExtension: 'mp3' });
	expect(binary?.data.fileSize).toBe(`${(RECORDING.length / 1000).toFixed(1)} kB`);
	expect(rowOf(downloaded['Checksum'])).toMatchObject({ sha256: SHA256 });
	expect(rowOf(downloaded['Store Recording'])).toMatchObject({ status: 'downloaded', fileName, mimeType: 'audio/mpeg', bytes: RECORDING.length, sha256: SHA256, transcript: '' });

	// An expired link and a slow one: the event is stored, with the link and why.
	expect(rowOf(expired['Download Recording'])).toMatchObject({ recordingErrorCode: 'expired', recordingError: expect.stringMatching(/HTTP 403/) });
	expect(rowOf(expired['Store Failure'])).toMatchObject({ status: 'expired', link: expect.stringContaining('/expired/'), bytes: 0 });
	expect(rowOf(slow['Download Recording'])).toMatchObject({ recordingErrorCode: 'timeout', recordingError: 'The recording did not arrive within 2 s' });
	expect(rowOf(slow['Store Failure'])).toMatchObject({ status: 'timeout', link: expect.stringContaining('/slow/') });
	expect(await binaryOf(result.executionIds[result.outputs.indexOf(expired)], 'Download Recording')).toBeUndefined();

	// The vendor's retry of the first delivery: answered, and stopped by Remove Duplicates.
	expect(retry['Skip Retries']).toEqual([]);
	expect(retry['Download Recording']).toBe('did not run');
});

test('M8Com gets its answer before the download has ended: the file comes 1.5 s later, in the workflow', async () => {
	const secret = 'e2e-m8com-recording-secret-0123456789';
	const credential = await n8n.client.createCredential('M8Com recordings e2e', 'm8ComWebhookApi', { secret });
	const webhookId = '5e0b7a11-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
	const trigger = {
		id: 'trigger', name: 'Call Recorded', type: 'n8n-nodes-contact-center.m8ComTrigger', typeVersion: 1, position: [0, 0], webhookId,
		parameters: { event: 'callRecording' }, credentials: { m8ComWebhookApi: { id: credential, name: 'M8Com recordings e2e' } },
	};
	const download = {
		id: 'download', name: 'Download Recording', type: 'n8n-nodes-contact-center.m8Com', typeVersion: 1, position: [240, 0],
		parameters: { resource: 'callRecording', operation: 'download', fileUrls: '={{ $json.fileUrls }}', recordingOptions: { allowPrivateNetwork: true } },
	};
	const workflowId = await n8n.client.importAndActivate({
		name: 'recording answer order',
		nodes: [trigger, download],
		connections: { 'Call Recorded': { main: [[{ node: 'Download Recording', type: 'main', index: 0 }]] } },
	});
	const link = `${files.base}/slow/1500/answer-order.mp3`;
	const body = JSON.stringify({ ...JSON.parse(fixtureFile('M8Com/call-recording.json')), id: 7001, fileUrls: [link] });
	// A route can answer 404 "not registered" for a moment after activation.
	let res: Response;
	for (let tries = 0; ; tries++) {
		res = await fetch(n8n.webhookUrl(`${webhookId}/call-recording/acme`), {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
			body,
		});
		if (res.status !== 404 || tries > 60) break;
		await res.text();
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	expect(res.status).toBe(200);
	expect(await res.json()).toEqual({ received: true });
	// The answer is in; the file server has not yet sent the file.
	expect(served).not.toContain('/slow/1500/answer-order.mp3');

	const [execution] = await n8n.client.waitForExecutions(workflowId, 1, 60_000);
	expect(execution.status).toBe('success');
	expect(served).toContain('/slow/1500/answer-order.mp3');
	expect(await binaryOf(execution.id, 'Download Recording')).toMatchObject({ data: { mimeType: 'audio/mpeg', fileName: 'm8com-7001.mp3' } });
	await n8n.client.api('POST', `/workflows/${workflowId}/deactivate`);
});
