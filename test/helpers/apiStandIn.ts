// A loopback stand-in for a vendor's API, or any HTTP peer (127.0.0.1 only): it records every
// request as it arrives (method, path, query, headers, body) and answers from a handler the test sets.
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface StandInRequest {
	method: string;
	/** The path after the stand-in's path prefix, e.g. "/calls/abc/cards". */
	path: string;
	query: Record<string, string>;
	headers: http.IncomingHttpHeaders;
	/** The body parsed as JSON, or its text when it is not JSON. */
	body: unknown;
	/** The body exactly as sent. */
	text: string;
}

export interface StandInAnswer {
	status?: number;
	body?: unknown;
}

export type StandInHandler = (request: StandInRequest) => StandInAnswer | Promise<StandInAnswer>;

export interface ApiStandIn {
	/** What a credential's custom base URL is set to (the path prefix included). */
	baseUrl: string;
	requests: StandInRequest[];
	handle: StandInHandler;
	stop(): Promise<void>;
}

export async function startApiStandIn(
	handle: StandInHandler = () => ({ status: 200, body: {} }),
	{ pathPrefix = '' }: { pathPrefix?: string } = {},
): Promise<ApiStandIn> {
	const standIn: ApiStandIn = {
		baseUrl: '',
		requests: [],
		handle,
		stop: async () => undefined,
	};
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			void (async () => {
				const url = new URL(req.url ?? '/', 'http://127.0.0.1');
				const text = Buffer.concat(chunks).toString('utf8');
				let body: unknown = undefined;
				if (text) {
					try {
						body = JSON.parse(text);
					} catch {
						body = text;
					}
				}
				const request: StandInRequest = {
					method: req.method ?? 'GET',
					path: pathPrefix && url.pathname.startsWith(pathPrefix) ? url.pathname.slice(pathPrefix.length) : url.pathname,
					query: Object.fromEntries(url.searchParams.entries()),
					headers: req.headers,
					body,
					text,
				};
				standIn.requests.push(request);
				let answer: StandInAnswer;
				try {
					answer = await standIn.handle(request);
				} catch (error) {
					answer = { status: 500, body: { message: (error as Error).message } };
				}
				const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
				res.writeHead(answer.status ?? 200, payload ? { 'content-type': 'application/json' } : {});
				res.end(payload);
			})();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	standIn.baseUrl = `http://127.0.0.1:${port}${pathPrefix}`;
	standIn.stop = () =>
		new Promise<void>((resolve) => {
			server.closeAllConnections();
			server.close(() => resolve());
		});
	return standIn;
}
