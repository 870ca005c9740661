// A loopback file server that plays a vendor's recording storage (127.0.0.1 only), for the
// simulator (`npm run simulate -- … --serve-recordings`) and the tests: a recording that is there,
// one not ready yet, an expired link (403, as S3 answers a pre-signed link past its time), a slow
// one, a huge one, redirects. Each request is counted by path.
'use strict';

const http = require('http');

/** A short MPEG audio file: an ID3v2 header and silent MP3 frames (128 kbit/s, 44.1 kHz). */
function sampleMp3(frames = 40) {
	const id3 = Buffer.from([0x49, 0x44, 0x33, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
	const frame = Buffer.alloc(417);
	frame.set([0xff, 0xfb, 0x90, 0x64]);
	return Buffer.concat([id3, ...Array.from({ length: frames }, () => frame)]);
}

const RECORDING = sampleMp3();

// Unref'd: a slow answer still pending when a test ends does not keep the process alive.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Routes: /files/<name> (the recording, audio/mpeg), /octet/<name> (the same as binary/octet-stream),
 * /wav/<name> (a WAV file without a type), /expired/<name> (403), /gone/<name> (404 always),
 * /not-ready/<n>/<name> (404 the first n times), /slow/<ms>/<name> (headers after ms),
 * /trickle/<name> (a byte every 200 ms), /big/<bytes>/<name> (Content-Length bytes),
 * /chunked-big/<bytes>/<name> (no length, that many bytes), /redirect?to=<url> (302),
 * /empty/<name> (200, no bytes), /auth/<name> (the recording only with "Authorization: Bearer good"),
 * /answer?status=&type=&bytes=&disposition=&location= (whatever the query says, for generated answers).
 * `onRequest(path, status)` hears of each answer; `unref` lets the process end while it listens.
 */
async function startRecordingServer({ port = 0, onRequest, unref = false } = {}) {
	const hits = new Map();
	const sockets = new Set();
	const server = http.createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const count = (hits.get(url.pathname) ?? 0) + 1;
		hits.set(url.pathname, count);
		res.on('finish', () => onRequest?.(url.pathname, res.statusCode));
		const [, route, a] = url.pathname.split('/');
		const audio = (type, body = RECORDING) => {
			if (type) res.setHeader('content-type', type);
			res.setHeader('content-length', body.length);
			res.end(body);
		};
		const status = (code, headers = {}, body = undefined) => {
			res.writeHead(code, headers);
			res.end(body);
		};
		try {
			switch (route) {
				case 'files':
					return audio('audio/mpeg');
				case 'octet':
					return audio('binary/octet-stream');
				case 'wav':
					return audio(undefined, Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(2000)]));
				case 'expired':
					return status(403, { 'content-type': 'application/xml' }, '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>');
				case 'gone':
					return status(404);
				case 'not-ready':
					return count <= Number(a) ? status(404) : audio('audio/mpeg');
				case 'slow':
					await sleep(Number(a));
					return audio('audio/mpeg');
				case 'trickle':
					res.writeHead(200, { 'content-type': 'audio/mpeg' });
					for (let i = 0; i < 100 && !res.destroyed; i++) {
						res.write(RECORDING.subarray(i, i + 1));
						await sleep(200);
					}
					return res.end();
				case 'big':
					res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': a });
					return res.end(RECORDING);
				case 'chunked-big': {
					res.writeHead(200, { 'content-type': 'audio/mpeg' });
					const chunk = Buffer.alloc(64 * 1024);
					for (let sent = 0; sent < Number(a) && !res.destroyed; sent += chunk.length) {
						if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
					}
					return res.end();
				}
				case 'redirect':
					return status(302, { location: url.searchParams.get('to') ?? '/' });
				case 'empty':
					return status(200, { 'content-type': 'audio/mpeg', 'content-length': 0 });
				case 'answer': {
					const q = url.searchParams;
					const headers = {};
					for (const [name, key] of [['content-type', 'type'], ['content-disposition', 'disposition'], ['location', 'location']]) {
						if (q.has(key)) headers[name] = q.get(key);
					}
					const body = RECORDING.length >= Number(q.get('bytes') ?? 0) ? RECORDING.subarray(0, Number(q.get('bytes') ?? 0)) : Buffer.alloc(Number(q.get('bytes')));
					try {
						res.writeHead(Number(q.get('status') ?? 200), headers);
					} catch {
						res.writeHead(Number(q.get('status') ?? 200));
					}
					return res.end(body);
				}
				case 'auth':
					return req.headers.authorization === 'Bearer good' ? audio('audio/mpeg') : status(401);
				default:
					return status(404);
			}
		} catch {
			res.destroy();
		}
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	if (unref) server.unref();
	return {
		base: `http://127.0.0.1:${server.address().port}`,
		hits,
		stop: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => server.close(() => resolve()));
		},
	};
}

module.exports = { RECORDING, sampleMp3, startRecordingServer };
