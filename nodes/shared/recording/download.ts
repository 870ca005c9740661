// Fetches one recording link into memory, within a time and size limit, retrying while the vendor
// has not finished writing the file. Never throws: every failure is a code and a plain message,
// so that the item keeps its event and says what went wrong.
import { sleep, type IExecuteFunctions, type IHttpRequestOptions } from 'n8n-workflow';

import { recordingUrlProblem } from './address';

export interface DownloadLimits {
	/** For the whole of one try: connecting, the answer's headers and every byte. */
	timeoutMs: number;
	maxBytes: number;
	/** How many times a link that is not ready yet (404, 5xx, a dropped connection) is tried in all. */
	tries: number;
	waitBetweenTriesMs: number;
	allowPrivateNetwork: boolean;
	/**
	 * The vendor's API credential, used only for links on its own origin (Hipcall's API): a
	 * pre-signed storage link, or any other host, never gets it.
	 */
	credential?: { type: string; origin: string };
}

export type DownloadErrorCode = 'refused' | 'expired' | 'notFound' | 'httpError' | 'timeout' | 'tooLarge' | 'network' | 'empty';

export interface DownloadFailure {
	ok: false;
	code: DownloadErrorCode;
	message: string;
	httpStatus?: number;
	tries: number;
}

export interface DownloadedFile {
	ok: true;
	data: Buffer;
	/** The answer's Content-Type without parameters, if it sent one. */
	contentType?: string;
	/** The file name from Content-Disposition, if the answer sent one. */
	dispositionName?: string;
	/** The link the file came from, after redirects. */
	finalUrl: string;
	tries: number;
}

const MAX_REDIRECTS = 5;

/** Statuses that mean "not there yet" or "try later": retried. 403/401/410 mean an expired or wrong link: not. */
const RETRIED = new Set([404, 408, 409, 425, 429, 500, 502, 503, 504]);

type Body = AsyncIterable<Buffer | string> & { destroy?: (error?: Error) => void };

interface FullResponse {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	body: Body;
}

function header(response: FullResponse, name: string): string | undefined {
	const value = response.headers[name];
	return Array.isArray(value) ? value[0] : value;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MB`;

class TooLarge extends Error {}

/** Reads the body up to the limit; a bigger one is cut off at once, not read to the end. */
async function readLimited(body: Body, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let total = 0;
	const abort = () => body.destroy?.(new Error('timed out'));
	signal.addEventListener('abort', abort, { once: true });
	try {
		for await (const chunk of body) {
			const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			total += buffer.length;
			if (total > maxBytes) {
				body.destroy?.();
				throw new TooLarge();
			}
			chunks.push(buffer);
		}
		if (signal.aborted) throw new Error('timed out');
	} finally {
		signal.removeEventListener('abort', abort);
	}
	return Buffer.concat(chunks);
}

function isTimeout(error: unknown, signal: AbortSignal): boolean {
	const e = error as { code?: unknown; name?: unknown; message?: unknown };
	return signal.aborted || e.code === 'ECONNABORTED' || e.code === 'ETIMEDOUT' || e.name === 'AbortError' || /timed? ?out/i.test(String(e.message));
}

type Attempt = DownloadedFile | (Omit<DownloadFailure, 'tries'> & { retry: boolean });

/** One try, redirects followed by hand so that each hop passes the same address check. */
async function tryOnce(context: IExecuteFunctions, url: string, limits: DownloadLimits): Promise<Attempt> {
	const signal = AbortSignal.timeout(limits.timeoutMs);
	const seconds = Math.round(limits.timeoutMs / 100) / 10;
	let current = url;
	try {
		for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
			const problem = recordingUrlProblem(current, limits.allowPrivateNetwork);
			if (problem) return { ok: false, code: 'refused', message: hop === 0 ? problem : `Redirected: ${problem}`, retry: false };
			const options: IHttpRequestOptions = {
				url: current,
				method: 'GET',
				encoding: 'stream',
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				disableFollowRedirect: true,
				timeout: limits.timeoutMs,
				abortSignal: signal,
			};
			const credential = limits.credential && new URL(current).origin === limits.credential.origin ? limits.credential.type : undefined;
			const response = (
				credential
					? await context.helpers.httpRequestWithAuthentication.call(context, credential, options)
					: await context.helpers.httpRequest(options)
			) as FullResponse;
			const status = response.statusCode;
			const location = header(response, 'location');
			if (status >= 300 && status < 400 && location) {
				response.body.destroy?.();
				current = new URL(location, current).toString();
				continue;
			}
			if (status < 200 || status >= 300) {
				response.body.destroy?.();
				if (status === 401 || status === 403 || status === 410) {
					return { ok: false, code: 'expired', httpStatus: status, message: `The link was refused (HTTP ${status}): it has most likely expired`, retry: false };
				}
				if (status === 404) return { ok: false, code: 'notFound', httpStatus: status, message: 'No recording at the link (HTTP 404): it may not be ready yet, or was deleted', retry: true };
				return { ok: false, code: 'httpError', httpStatus: status, message: `The recording server answered HTTP ${status}`, retry: RETRIED.has(status) };
			}
			const length = Number(header(response, 'content-length'));
			if (Number.isFinite(length) && length > limits.maxBytes) {
				response.body.destroy?.();
				return { ok: false, code: 'tooLarge', message: `The recording is ${megabytes(length)}, over the limit of ${megabytes(limits.maxBytes)}`, retry: false };
			}
			const data = await readLimited(response.body, limits.maxBytes, signal);
			if (data.length === 0) return { ok: false, code: 'empty', httpStatus: status, message: 'The recording is empty (0 bytes): it may not be ready yet', retry: true };
			const contentType = header(response, 'content-type')?.split(';')[0].trim().toLowerCase() || undefined;
			const disposition = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header(response, 'content-disposition') ?? '')?.[1];
			return { ok: true, data, contentType, dispositionName: disposition ? decodeURIComponentSafe(disposition) : undefined, finalUrl: current, tries: 1 };
		}
		return { ok: false, code: 'httpError', message: `More than ${MAX_REDIRECTS} redirects`, retry: false };
	} catch (error) {
		if (error instanceof TooLarge) {
			return { ok: false, code: 'tooLarge', message: `The recording is over the limit of ${megabytes(limits.maxBytes)}`, retry: false };
		}
		if (isTimeout(error, signal)) {
			return { ok: false, code: 'timeout', message: `The recording did not arrive within ${seconds} s`, retry: false };
		}
		return { ok: false, code: 'network', message: `The recording could not be fetched: ${(error as Error)?.message ?? String(error)}`, retry: true };
	}
}

function decodeURIComponentSafe(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * Downloads a recording: tries again while it is not ready (404, an empty file, 5xx, a dropped
 * connection), up to `tries` times; an expired link (401/403/410), a timeout, a refused address
 * or a file over the limit end at once.
 */
export async function downloadRecording(context: IExecuteFunctions, url: string, limits: DownloadLimits): Promise<DownloadedFile | DownloadFailure> {
	const tries = Math.max(1, Math.floor(limits.tries));
	for (let attempt = 1; ; attempt++) {
		const result = await tryOnce(context, url, limits);
		if (result.ok) return { ...result, tries: attempt };
		if (!result.retry || attempt >= tries) {
			const { retry: _retry, ...failure } = result;
			return { ...failure, tries: attempt };
		}
		await sleep(limits.waitBetweenTriesMs);
	}
}
