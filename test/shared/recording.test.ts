// Downloading recordings (nodes/shared/recording/) through the M8Com and Hipcall nodes, against a
// loopback file server, with n8n's own HTTP helper: the file as binary data with its type, name and
// size, and every way a download fails leaving the item with its link and a clear error.
import fc from 'fast-check';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { M8Com } from '../../nodes/M8Com/M8Com.node';
import { Hipcall } from '../../nodes/Hipcall/Hipcall.node';
import { isPrivateHost, recordingUrlProblem } from '../../nodes/shared/recording/address';
import { fileNameFor, mimeTypeOf, safeFileName } from '../../nodes/shared/recording/fileType';
import { linksOf } from '../../nodes/shared/recording/operation';
import { fakeExecuteContext, n8nHttpRequest } from '../helpers/executeContext';
import { RECORDING, startRecordingServer, type RecordingServer } from '../helpers/recordingServer';
import { fixture as m8comFixture } from '../M8Com/fixtures';
import { fixture as hipcallFixture } from '../Hipcall/fixtures';

let files: RecordingServer;
beforeAll(async () => {
	files = await startRecordingServer();
});
afterAll(async () => {
	await files?.stop();
});

/** Options a test needs: the loopback server is a private http address, and no waiting. */
const loopback = (extra: IDataObject = {}) => ({ allowPrivateNetwork: true, waitBeforeSeconds: 0, waitBetweenSeconds: 0, ...extra });

async function m8com(item: IDataObject, options: IDataObject = loopback(), parameters: IDataObject = {}) {
	const { context } = fakeExecuteContext({
		items: [item],
		parameters: { resource: 'callRecording', operation: 'download', fileUrls: item.fileUrls, binaryPropertyName: 'data', recordingOptions: options, ...parameters },
	});
	const [out] = await new M8Com().execute.call(context);
	return out;
}

const recordingItem = (urls: string[]) => ({ ...m8comFixture('call-recording.json'), callId: '48213377', fileUrls: urls });

function decoded(item: INodeExecutionData, field = 'data'): Buffer {
	return Buffer.from(item.binary?.[field]?.data ?? '', 'base64');
}

describe('Download Recording: M8Com', () => {
	test('a recording arrives as binary data with its MIME type, file name and size; the event\'s fields stay', async () => {
		const [item] = await m8com(recordingItem([`${files.base}/files/recording.mp3?X-Amz-Signature=abc`]));
		expect(item.binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: 'm8com-48213377.mp3', bytes: RECORDING.length });
		expect(decoded(item).equals(RECORDING)).toBe(true);
		expect(item.json).toMatchObject({ id: 48213377, agentName: 'Adam Webb', callId: '48213377', summary: expect.any(String) });
		expect(item.json.recordings).toEqual([
			{ url: `${files.base}/files/recording.mp3?X-Amz-Signature=abc`, binaryField: 'data', fileName: 'm8com-48213377.mp3', mimeType: 'audio/mpeg', bytes: RECORDING.length, tries: 1 },
		]);
		expect(item.json).not.toHaveProperty('recordingError');
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	test('storage that answers binary/octet-stream: the type comes from the audio itself', async () => {
		const [item] = await m8com(recordingItem([`${files.base}/octet/no-extension`]));
		expect(item.binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: 'm8com-48213377.mp3' });
		const [wav] = await m8com(recordingItem([`${files.base}/wav/file`]));
		expect(wav.binary?.data).toMatchObject({ mimeType: 'audio/wav', fileName: 'm8com-48213377.wav' });
	});

	test('two files of one call: data and data_2, named -1 and -2', async () => {
		const [item] = await m8com(recordingItem([`${files.base}/files/a.mp3`, `${files.base}/files/b.mp3`]));
		expect(Object.keys(item.binary ?? {})).toEqual(['data', 'data_2']);
		expect(item.binary?.data_2).toMatchObject({ fileName: 'm8com-48213377-2.mp3', bytes: RECORDING.length });
	});

	test('an expired link (403): the item goes on with the link and recordingError, not tried again', async () => {
		const url = `${files.base}/expired/rec.mp3`;
		const [item] = await m8com(recordingItem([url]), loopback({ tries: 5 }));
		expect(item).not.toHaveProperty('binary');
		expect(item.json).toMatchObject({
			id: 48213377,
			fileUrls: [url],
			recordingErrorCode: 'expired',
			recordingError: expect.stringMatching(/refused \(HTTP 403\).*expired/),
			recordings: [{ url, error: { code: 'expired', httpStatus: 403, tries: 1, message: expect.any(String) } }],
		});
		expect(files.hits.get('/expired/rec.mp3')).toBe(1);
	});

	test('a slow link times out within the set time, with code "timeout"', async () => {
		const started = Date.now();
		const [item] = await m8com(recordingItem([`${files.base}/slow/5000/rec.mp3`]), loopback({ timeoutSeconds: 0.5 }));
		expect(item.json).toMatchObject({ recordingErrorCode: 'timeout', recordingError: 'The recording did not arrive within 0.5 s' });
		expect(Date.now() - started).toBeLessThan(4000);
	});

	test('a link that trickles its bytes times out too: the limit covers the whole download', async () => {
		const [item] = await m8com(recordingItem([`${files.base}/trickle/rec.mp3`]), loopback({ timeoutSeconds: 0.8 }));
		expect(item.json.recordingErrorCode).toBe('timeout');
	});

	test('over the size limit: refused by its Content-Length, or cut off while reading one without', async () => {
		const [declared] = await m8com(recordingItem([`${files.base}/big/900000000/rec.mp3`]), loopback({ maxSizeMb: 1 }));
		expect(declared.json).toMatchObject({ recordingErrorCode: 'tooLarge', recordingError: 'The recording is 858.3 MB, over the limit of 1 MB' });
		const [streamed] = await m8com(recordingItem([`${files.base}/chunked-big/5000000/rec.mp3`]), loopback({ maxSizeMb: 1 }));
		expect(streamed.json).toMatchObject({ recordingErrorCode: 'tooLarge', recordingError: 'The recording is over the limit of 1 MB' });
	});

	test('not ready yet (404 twice): tried again until it is there', async () => {
		const [item] = await m8com(recordingItem([`${files.base}/not-ready/2/rec.mp3`]), loopback({ tries: 3 }));
		expect(item.binary?.data).toMatchObject({ mimeType: 'audio/mpeg', bytes: RECORDING.length });
		expect(item.json.recordings).toMatchObject([{ tries: 3 }]);
		const [gone] = await m8com(recordingItem([`${files.base}/gone/rec.mp3`]), loopback({ tries: 2 }));
		expect(gone.json).toMatchObject({ recordingErrorCode: 'notFound', recordings: [{ error: { tries: 2, httpStatus: 404 } }] });
	});

	test('one file failing keeps the other: the error names the file', async () => {
		const [item] = await m8com(recordingItem([`${files.base}/files/a.mp3`, `${files.base}/expired/b.mp3`]));
		expect(Object.keys(item.binary ?? {})).toEqual(['data']);
		expect(item.json.recordingError).toMatch(/^File 2: /);
	});

	test('by default only https links to public hosts are fetched: the loopback server is refused before any request', async () => {
		const url = `${files.base}/files/strict.mp3`;
		const [item] = await m8com(recordingItem([url]), { waitBeforeSeconds: 0 });
		expect(item.json).toMatchObject({ recordingErrorCode: 'refused', recordingError: expect.stringMatching(/plain http/) });
		expect(files.hits.get('/files/strict.mp3')).toBeUndefined();
	});

	test('a redirect to a private address is refused even when the first link passes the check', async () => {
		const [item] = await m8com(recordingItem([`${files.base}/redirect?to=${encodeURIComponent('file:///etc/passwd')}`]));
		expect(item.json).toMatchObject({ recordingErrorCode: 'refused', recordingError: expect.stringMatching(/^Redirected: Only http\(s\)/) });
		const [followed] = await m8com(recordingItem([`${files.base}/redirect?to=${encodeURIComponent(`${files.base}/files/r.mp3`)}`]));
		expect(followed.binary?.data).toMatchObject({ bytes: RECORDING.length });
	});

	test('an item that failed before (a second Download node, a re-run) reports only this download\'s outcome', async () => {
		const [item] = await m8com({ ...recordingItem([`${files.base}/files/again.mp3`]), recordingError: 'old', recordingErrorCode: 'expired' });
		expect(item.json).not.toHaveProperty('recordingError');
		expect(item.json).not.toHaveProperty('recordingErrorCode');
		expect(item.binary?.data).toBeDefined();
	});

	test('an empty file is "empty"; no link at all is "refused"; neither throws', async () => {
		const [empty] = await m8com(recordingItem([`${files.base}/empty/rec.mp3`]), loopback({ tries: 1 }));
		expect(empty.json.recordingErrorCode).toBe('empty');
		const [none] = await m8com({ id: 1, fileUrls: [] });
		expect(none.json).toMatchObject({ recordingErrorCode: 'refused', recordings: [] });
	});

	test('a connection refused is "network", after the tries', async () => {
		const closed = await startRecordingServer();
		await closed.stop();
		const [item] = await m8com(recordingItem([`${closed.base}/files/rec.mp3`]), loopback({ tries: 2 }));
		expect(item.json).toMatchObject({ recordingErrorCode: 'network', recordings: [{ error: { tries: 2 } }] });
	});
});

describe('Download Recording: Hipcall', () => {
	const credentials = (base: string) => ({ hipcallApi: { apiToken: 'good', region: 'custom', baseUrl: `${base}/api/v3` } });

	async function hipcall(item: IDataObject, base: string, options: IDataObject = loopback()) {
		const fake = fakeExecuteContext({
			items: [item],
			parameters: { resource: 'callRecording', operation: 'download', recordUrl: (item.data as IDataObject).record_url, binaryPropertyName: 'data', recordingOptions: options },
			credentials: credentials(base),
			// What n8n's httpRequestWithAuthentication does with the Hipcall API credential: its bearer header.
			http: async ({ options: request }) => await n8nHttpRequest({ ...request, headers: { ...request.headers, Authorization: 'Bearer good' } }),
		});
		const [out] = await new Hipcall().execute.call(fake.context);
		return { out, requests: fake.requests };
	}

	test('call_hangup\'s record_url: the audio on the item, named after the call; the pre-signed link gets no API token', async () => {
		const event = hipcallFixture('call_hangup.json');
		event.data.record_url = `${files.base}/files/2483a75a.mp3?X-Amz-Expires=3600`;
		const { out, requests } = await hipcall({ ...event, callId: event.data.uuid }, 'https://use.hipcall.example');
		expect(out[0].binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: 'hipcall-2483a75a-56a2-41f1-991b-92b1667e324a.mp3', bytes: RECORDING.length });
		expect(requests).toEqual([]);
	});

	test('a record_url written as a path is read from the API\'s host with the API credential', async () => {
		const event = hipcallFixture('call_hangup.json');
		event.data.record_url = '/auth/2483a75a.mp3';
		const { out, requests } = await hipcall(event, files.base);
		expect(out[0].binary?.data).toMatchObject({ bytes: RECORDING.length });
		expect(requests.map((r) => [r.credentialType, r.options.url])).toEqual([['hipcallApi', `${files.base}/auth/2483a75a.mp3`]]);
	});

	test('a call without a recording (record_url null): recordingError, the event kept', async () => {
		const event = hipcallFixture('call_hangup_missed.json');
		event.data.record_url = null;
		const { out } = await hipcall(event, files.base);
		expect(out[0].json).toMatchObject({ event: 'call_hangup', recordingErrorCode: 'refused', recordingError: 'There is no link to the recording in this item' });
	});
});

describe('Download Recording: generated answers of a recording server', () => {
	const CODES = ['expired', 'notFound', 'httpError', 'timeout', 'tooLarge', 'network', 'empty', 'refused'];

	test('whatever the server answers, the item comes out: the file with its size and type, or a known error code', async () => {
		const header = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 40 }), fc.constantFrom('audio/mpeg', 'binary/octet-stream', 'text/html; charset=utf-8', 'audio/wav', ''));
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					status: fc.oneof(fc.constantFrom(200, 201, 204, 206, 301, 302, 304, 400, 401, 403, 404, 410, 429, 500, 503), fc.integer({ min: 200, max: 599 })),
					bytes: fc.nat({ max: 4000 }),
					type: header,
					disposition: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 60 }), fc.constant('attachment; filename="call 1.wav"')),
					location: fc.oneof(fc.constant(undefined), fc.constantFrom('file:///etc/passwd', '/files/r.mp3', 'https://169.254.169.254/', '::not a url')),
				}),
				async (answer) => {
					const query = new URLSearchParams(Object.entries(answer).filter(([, v]) => v !== undefined).map(([k, v]): [string, string] => [k, String(v)]));
					const [item] = await m8com(recordingItem([`${files.base}/answer?${query}`]), loopback({ tries: 1, maxSizeMb: 0.003, timeoutSeconds: 5 }));
					const file = item.binary?.data;
					if (file) {
						expect(item.json).not.toHaveProperty('recordingError');
						expect(typeof file.mimeType).toBe('string');
						expect(file.fileName).toMatch(/^m8com-48213377\.[a-z0-9]+$/);
						expect(decoded(item).length).toBe((item.json.recordings as IDataObject[])[0].bytes);
					} else {
						expect(CODES).toContain(item.json.recordingErrorCode);
						expect(typeof item.json.recordingError).toBe('string');
					}
					// A plain success within the limit is always a file.
					const ok = answer.status === 200 && answer.bytes > 0 && answer.bytes <= 0.003 * 1048576;
					if (ok) expect(file).toBeDefined();
					return true;
				},
			),
			{ numRuns: 150 },
		);
	});
});

describe('recording links, types and names', () => {
	test.each([
		['https://127.0.0.1/a.mp3'],
		['https://localhost/a.mp3'],
		['https://10.1.2.3/a.mp3'],
		['https://169.254.169.254/latest/meta-data/'],
		['https://[::1]/a.mp3'],
		['https://[::ffff:127.0.0.1]/a.mp3'],
		['https://[fd00::1]/a.mp3'],
		['https://0x7f.1/a.mp3'],
		['https://2130706433/a.mp3'],
		['https://intranet/a.mp3'],
		['https://192.168.0.10/a.mp3'],
	])('%s is refused by default', (url) => {
		expect(recordingUrlProblem(url, false)).toMatch(/private or local/);
		expect(recordingUrlProblem(url, true)).toBeUndefined();
	});

	test('public https links pass; other schemes never do', () => {
		expect(recordingUrlProblem('https://recordings.m8com.io/v2/1/a.mp3?sig=1', false)).toBeUndefined();
		expect(recordingUrlProblem('https://8.8.8.8/a.mp3', false)).toBeUndefined();
		for (const url of ['file:///etc/passwd', 'ftp://x.example/a', 'javascript:alert(1)', 'data:audio/mpeg;base64,AA==']) {
			expect(recordingUrlProblem(url, true)).toMatch(/Only http\(s\)/);
		}
	});

	test('generated hosts: an address in a private range is never public', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (b, c, d) => {
				for (const first of [10, 127]) expect(isPrivateHost(new URL(`https://${first}.${b}.${c}.${d}/`).hostname)).toBe(true);
				expect(isPrivateHost(new URL(`https://192.168.${c}.${d}/`).hostname)).toBe(true);
				expect(isPrivateHost(new URL(`https://172.${16 + (b % 16)}.${c}.${d}/`).hostname)).toBe(true);
				return true;
			}),
		);
	});

	test('generated link lists and names: never throw, names stay safe', () => {
		fc.assert(
			fc.property(fc.anything(), fc.string(), (value, name) => {
				const links = linksOf(value);
				expect(Array.isArray(links)).toBe(true);
				for (const link of links) expect(['string', 'undefined']).toContain(typeof recordingUrlProblem(link, false));
				const safe = fileNameFor(name, 'audio/mpeg', [name]);
				expect(safe).toMatch(/^[\w.-]+$/);
				expect(safeFileName(name)).not.toBe('');
				return true;
			}),
		);
	});

	test('the server\'s type wins unless it says nothing; then the bytes, then the extension', () => {
		expect(mimeTypeOf('audio/ogg', RECORDING, [])).toBe('audio/ogg');
		expect(mimeTypeOf('binary/octet-stream', RECORDING, [])).toBe('audio/mpeg');
		expect(mimeTypeOf(undefined, Buffer.from('????'), ['https://x.example/a.opus?sig=1'])).toBe('audio/opus');
		expect(mimeTypeOf(undefined, Buffer.from('????'), [])).toBe('application/octet-stream');
	});
});
