// The payload simulator sends the shared fixtures the way each vendor does: a loopback server
// records what arrives.
import { execFile } from 'child_process';
import * as path from 'path';
import { promisify } from 'util';

import { startApiStandIn, type ApiStandIn } from '../helpers/apiStandIn';
import { fixtureFile } from '../helpers/fixtures';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
const SIMULATE = path.join(ROOT, 'scripts', 'simulate.js');

let recorder: ApiStandIn;
let base: string;

beforeAll(async () => {
	recorder = await startApiStandIn(() => ({ status: 200, body: { received: true } }));
	base = `${recorder.baseUrl}/webhook/abc`;
});
afterAll(async () => {
	await recorder?.stop();
});
beforeEach(() => {
	recorder.requests.length = 0;
});

const simulate = async (...args: string[]) => (await run('node', [SIMULATE, ...args])).stdout;

test('sends a fixture with the secret in the vendor\'s header, repeated as a retry', async () => {
	const out = await simulate('hipcall', 'call_init', '--url', base, '--secret', 's3cret', '--repeat', '2');
	expect(out).toMatch(/Hipcall call_init #2: 200/);
	expect(recorder.requests).toHaveLength(2);
	for (const arrival of recorder.requests) {
		expect(arrival.method).toBe('POST');
		expect(arrival.headers['x-hipcall-secret']).toBe('s3cret');
		expect(arrival.text).toBe(fixtureFile('Hipcall/call_init.json'));
	}
});

test('a lookup goes as GET with the fixture in the query and a bearer token', async () => {
	await simulate('m8com', 'number-lookup', '--url', base, '--secret', 'tok');
	expect(recorder.requests).toHaveLength(1);
	const [lookup] = recorder.requests;
	expect(lookup.method).toBe('GET');
	expect(lookup.headers.authorization).toBe('Bearer tok');
	expect(lookup.query).toEqual({ fromNumber: '+46701234567', toNumber: '+46812345678' });
});

test('an M8Com URL as the trigger shows it gets a customer id in place of ":customerId-<webhook id>"', async () => {
	await simulate('m8com', 'number-lookup', '--url', `${base}/lookup/:customerId-abc`, '--secret', 'tok');
	await simulate('m8com', 'call-log', '--url', `${base}/call-log/:customerId-abc`, '--secret', 'tok', '--param', 'customerId=globex nordic');
	expect(recorder.requests.map((arrival) => [arrival.method, arrival.path])).toEqual([
		['GET', '/webhook/abc/lookup/acme'],
		['POST', '/webhook/abc/call-log/globex%20nordic'],
	]);
});

test('a trigger URL ending in :secret gets the secret in that segment instead of a header', async () => {
	await simulate('hipcall', 'call_init', '--url', `${base}/:secret`, '--secret', 's3cret/x');
	expect(recorder.requests).toHaveLength(1);
	expect(recorder.requests[0].path).toBe('/webhook/abc/s3cret%2Fx');
	expect(recorder.requests[0].headers['x-hipcall-secret']).toBeUndefined();
});

test('malformed sends the vendor\'s own malformed fixture; all sends every fixture of the vendor', async () => {
	await simulate('curious', 'malformed', '--url', base);
	expect(recorder.requests[0].text).toBe(fixtureFile('CuriousThing/CallComplete.malformed.txt'));
	expect(() => JSON.parse(recorder.requests[0].text)).toThrow();
	recorder.requests.length = 0;
	const listed = (await simulate('list')).split('\n').find((line) => line.startsWith('CuriousThing:')) ?? '';
	const fixtures = listed.replace('CuriousThing: ', '').split(', ').filter((name) => name !== 'malformed');
	await simulate('curious', 'all', '--url', base);
	expect(recorder.requests).toHaveLength(fixtures.length);
});

test('an unknown vendor or event is refused with the known names', async () => {
	await expect(simulate('acme', 'x', '--url', base)).rejects.toMatchObject({ stderr: expect.stringMatching(/known: Bambuser, ChatVolt/) });
	await expect(simulate('hipcall', 'nope', '--url', base)).rejects.toMatchObject({ stderr: expect.stringMatching(/call_init/) });
});

test('a Hipcall routing request carries --secret <username>:<password> as Basic Auth, not the webhook header', async () => {
	await simulate('hipcall', 'routing-short', '--url', base, '--secret', 'hipcall:pass:word');
	expect(recorder.requests).toHaveLength(1);
	const [arrival] = recorder.requests;
	expect(arrival.headers.authorization).toBe(`Basic ${Buffer.from('hipcall:pass:word').toString('base64')}`);
	expect(arrival.headers['x-hipcall-secret']).toBeUndefined();
	expect(arrival.text).toBe(fixtureFile('Hipcall/routing-short.json'));
});

test('Hipcall "all" sends only the Hipcall Trigger\'s events; "call-control" sends one call\'s three steps in order, with Basic Auth', async () => {
	await simulate('hipcall', 'all', '--url', base, '--secret', 's3cret');
	const sent = recorder.requests.map((arrival) => JSON.parse(arrival.text) as Record<string, unknown>);
	expect(sent.length).toBeGreaterThan(0);
	// Every one is a Hipcall Trigger delivery: {event, data}, none a routing or call-control request.
	expect(sent.every((body) => typeof body.event === 'string' && body.caller === undefined)).toBe(true);
	recorder.requests.length = 0;
	await simulate('hipcall', 'call-control', '--url', base, '--secret', 'hipcall:pw');
	expect(recorder.requests.map((arrival) => arrival.text)).toEqual(['call-control-step1', 'call-control-step2', 'call-control-step3'].map((name) => fixtureFile(`Hipcall/${name}.json`)));
	expect(recorder.requests.every((arrival) => arrival.headers.authorization === `Basic ${Buffer.from('hipcall:pw').toString('base64')}`)).toBe(true);
});

test('--serve-recordings points the recording links at its own loopback file server, which serves them while it runs', async () => {
	const fetched: Array<{ link: string; status: number; type: string | null; bytes: number }> = [];
	const original = recorder.handle;
	// As the Download Recording node would, fetch each link while the simulator still serves it.
	recorder.handle = async (arrival) => {
		const body = arrival.body as { fileUrls?: string[]; data?: { record_url?: string } };
		for (const link of body.fileUrls ?? [body.data?.record_url ?? '']) {
			const res = await fetch(link);
			fetched.push({ link, status: res.status, type: res.headers.get('content-type'), bytes: (await res.arrayBuffer()).byteLength });
		}
		return { status: 200, body: { received: true } };
	};
	try {
		await simulate('m8com', 'call-recording-personal', '--url', `${base}/call-recording/:customerId-abc`, '--secret', 'tok', '--serve-recordings', '--serve-for', '0');
		await simulate('hipcall', 'call_hangup', '--url', base, '--expired-recordings', '--serve-for', '0');
	} finally {
		recorder.handle = original;
	}
	expect(fetched).toEqual([
		{ link: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/files\/part-1\.mp3$/), status: 200, type: 'audio/mpeg', bytes: expect.any(Number) },
		{ link: expect.stringMatching(/\/files\/part-2\.mp3$/), status: 200, type: 'audio/mpeg', bytes: expect.any(Number) },
		{ link: expect.stringMatching(/\/expired\/2483a75a-56a2-41f1-991b-92b1667e324a\.mp3$/), status: 403, type: 'application/xml', bytes: expect.any(Number) },
	]);
	expect(fetched[0].bytes).toBeGreaterThan(10_000);
});
