// The "Download Recording" operation both vendors' nodes offer: the links of one call in, the item
// out with each file as binary data. A file that cannot be had leaves the item as it came, with the
// link and why, so the event is never lost: route on `recordingError` with an If node.
import { sleep, type IBinaryKeyData, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import { withFiles, type ItemWithFiles, type ResourceModule } from '../action';
import { downloadRecording, type DownloadLimits } from './download';
import { fileNameFor, mimeTypeOf } from './fileType';

export interface RecordingDefaults {
	/** Seconds to wait before the first try: Hipcall's own demo waits about 10 s after the hang-up. */
	waitBeforeSeconds: number;
	/** Where the links expire, for the texts ("30 minutes"). */
	linkLifetime: string;
}

const waitBeforeProperty: INodeProperties = {
	displayName: 'Wait Before Download (Seconds)',
	name: 'waitBeforeSeconds',
	type: 'number',
	default: 0,
	typeOptions: { minValue: 0, maxValue: 300 },
	description: 'Time for the vendor to finish writing the file before the first try',
};

/** The operation's parameters, shown where `show` says. */
export function recordingProperties(show: IDataObject, defaults: RecordingDefaults): INodeProperties[] {
	const displayOptions = { show } as INodeProperties['displayOptions'];
	return [
		{
			displayName: 'Put File in Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			description:
				'The binary field the recording is put in; a second file of the same call goes in <code>&lt;field&gt;_2</code>, and so on. "data" is what Read/Write Files from Disk, transcription and upload nodes read by default.',
			displayOptions,
		},
		{
			displayName: `The links expire after ${defaults.linkLifetime}: put this node right after the trigger. A download that fails, times out or is over the size limit does not stop the workflow: the item goes on with <code>recordingError</code> (what happened) and <code>recordingErrorCode</code> (expired, notFound, timeout, tooLarge, refused, httpError, network, empty), so an If node can route it.`,
			name: 'recordingNotice',
			type: 'notice',
			default: '',
			displayOptions,
		},
		{
			displayName: 'Options',
			name: 'recordingOptions',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			displayOptions,
			options: [
				{
					displayName: 'Allow HTTP and Private Addresses',
					name: 'allowPrivateNetwork',
					type: 'boolean',
					default: false,
					description:
						'Whether to also download plain http links and links to private or local addresses (localhost, 10.x, 192.168.x, …). Leave off unless the recordings come from a server on your own network: a forged delivery could otherwise make n8n fetch internal pages.',
				},
				{
					displayName: 'File Name',
					name: 'fileName',
					type: 'string',
					default: '',
					placeholder: 'e.g. {{ $json.callId }}',
					description: 'The file name without extension (the extension comes from the audio type). Default: the vendor and the call ID. A second file of the call gets -2, and so on.',
				},
				{
					displayName: 'Max File Size (MB)',
					name: 'maxSizeMb',
					type: 'number',
					default: 100,
					typeOptions: { minValue: 0.001 },
					description: 'A larger recording is not downloaded: the item gets recordingErrorCode "tooLarge"',
				},
				{
					displayName: 'Timeout (Seconds)',
					name: 'timeoutSeconds',
					type: 'number',
					default: 60,
					typeOptions: { minValue: 0.1 },
					description: 'How long one try may take, from connecting to the last byte',
				},
				{
					displayName: 'Tries While Not Ready',
					name: 'tries',
					type: 'number',
					default: 3,
					typeOptions: { minValue: 1, maxValue: 10 },
					description: 'How many times a link that is not ready yet (404, an empty file, a server error) is tried in all. An expired link (403) is not tried again.',
				},
				// The default differs by vendor (Hipcall's demo waits 10 s, M8Com sends when the file is written).
				{ ...waitBeforeProperty, default: defaults.waitBeforeSeconds },
				{
					displayName: 'Wait Between Tries (Seconds)',
					name: 'waitBetweenSeconds',
					type: 'number',
					default: 10,
					typeOptions: { minValue: 0, maxValue: 300 },
				},
			],
		},
	];
}

/** The options as the download takes them, read for one item. */
function limitsFor(context: IExecuteFunctions, itemIndex: number, defaults: RecordingDefaults): DownloadLimits & { waitBeforeMs: number; fileName: string } {
	const option = <T>(name: string, fallback: T): T => context.getNodeParameter(`recordingOptions.${name}`, itemIndex, fallback) as T;
	const number = (name: string, fallback: number, min: number) => {
		const value = Number(option(name, fallback));
		return Number.isFinite(value) ? Math.max(min, value) : fallback;
	};
	return {
		allowPrivateNetwork: option<unknown>('allowPrivateNetwork', false) === true,
		fileName: String(option('fileName', '') ?? '').trim(),
		maxBytes: Math.round(number('maxSizeMb', 100, 0.001) * 1048576),
		timeoutMs: Math.round(number('timeoutSeconds', 60, 0.1) * 1000),
		tries: Math.min(10, Math.floor(number('tries', 3, 1))),
		waitBeforeMs: Math.min(300, number('waitBeforeSeconds', defaults.waitBeforeSeconds, 0)) * 1000,
		waitBetweenTriesMs: Math.min(300, number('waitBetweenSeconds', 10, 0)) * 1000,
	};
}

export interface RecordingRequest {
	/** The call's links, in order. */
	urls: unknown[];
	/** The default file name, without extension (e.g. `m8com-48213377`). */
	baseName: string;
	/** The vendor's API: links written as a path ("/…") are read from its origin, with its credential. */
	api?: { credential: string; origin: string };
}

/**
 * Downloads every link of one item. The item's json comes out as it went in, plus `recordings`
 * (one entry per link: the file's field, name, type and size, or the error) and, when any failed,
 * `recordingError` and `recordingErrorCode` of the first failure.
 */
export async function downloadRecordings(
	context: IExecuteFunctions,
	itemIndex: number,
	request: RecordingRequest,
	defaults: RecordingDefaults,
): Promise<ItemWithFiles> {
	const input = context.getInputData()[itemIndex] ?? { json: {} };
	const field = String(context.getNodeParameter('binaryPropertyName', itemIndex, 'data') ?? '').trim() || 'data';
	const limits = limitsFor(context, itemIndex, defaults);
	const binary: IBinaryKeyData = { ...(input.binary ?? {}) };
	const recordings: IDataObject[] = [];
	// A second download of the same item (a node run twice in a row) reports its own outcome only.
	const { recordingError: _error, recordingErrorCode: _code, ...json } = input.json;
	let failed = false;
	const fail = (code: string, message: string) => {
		if (failed) return;
		failed = true;
		json.recordingError = message;
		json.recordingErrorCode = code;
	};

	if (request.urls.length === 0) fail('refused', 'There is no link to the recording in this item');
	if (limits.waitBeforeMs > 0 && request.urls.length > 0) await sleep(limits.waitBeforeMs);
	for (const [index, url] of request.urls.entries()) {
		const suffix = request.urls.length > 1 ? `-${index + 1}` : '';
		const target = index === 0 ? field : `${field}_${index + 1}`;
		const link = typeof url === 'string' ? resolved(url, request.api?.origin) : url;
		const credential = request.api && { type: request.api.credential, origin: request.api.origin };
		const result = typeof link === 'string' ? await downloadRecording(context, link, { ...limits, credential }) : undefined;
		if (!result || !result.ok) {
			const failure = result ?? { code: 'refused' as const, message: 'There is no link to the recording', tries: 0 };
			const error: IDataObject = { code: failure.code, message: failure.message, tries: failure.tries };
			if ('httpStatus' in failure && failure.httpStatus !== undefined) error.httpStatus = failure.httpStatus;
			recordings.push({ url: url as IDataObject[string], error });
			fail(failure.code, request.urls.length > 1 ? `File ${index + 1}: ${failure.message}` : failure.message);
			continue;
		}
		const names = [result.dispositionName, result.finalUrl];
		const mimeType = mimeTypeOf(result.contentType, result.data, names);
		const fileName = fileNameFor(`${limits.fileName || request.baseName}${suffix}`, mimeType, names);
		binary[target] = await context.helpers.prepareBinaryData(result.data, fileName, mimeType);
		recordings.push({ url: url as string, binaryField: target, fileName, mimeType, bytes: result.data.length, tries: result.tries });
	}
	json.recordings = recordings;
	return withFiles(json, binary);
}

/** A link as the vendor may write it, relative to its API (Hipcall's demo prefixes "/…" links). */
function resolved(url: string, base: string | undefined): string {
	const text = url.trim();
	if (base && text.startsWith('/') && !text.startsWith('//')) return new URL(text, base).toString();
	return text;
}

/**
 * The links a parameter holds: a list (what `{{ $json.fileUrls }}` gives), JSON text of a list,
 * or one link. Blank entries are left out.
 */
export function linksOf(value: unknown): unknown[] {
	let list: unknown[];
	if (Array.isArray(value)) list = value;
	else if (typeof value === 'string' && value.trim().startsWith('[')) {
		try {
			const parsed: unknown = JSON.parse(value);
			list = Array.isArray(parsed) ? parsed : [value];
		} catch {
			list = [value];
		}
	} else list = [value];
	return list.filter((link) => !(link === undefined || link === null || (typeof link === 'string' && link.trim() === '')));
}

/** What a vendor's Call Recording resource says: where the link comes from, and how a call is named. */
export interface RecordingResourceSpec {
	defaults: RecordingDefaults;
	/** The parameter that holds the link(s), shown first. */
	link: { name: string; displayName: string; default: string; description: string };
	/** What the operation does, for the Operation picker. */
	description: string;
	/** The call's links and default file name for one item (and the API for links written as a path). */
	request(context: IExecuteFunctions, itemIndex: number, links: unknown[]): Promise<RecordingRequest> | RecordingRequest;
}

/** A vendor node's "Call Recording" resource with its one operation, Download. */
export function recordingResource(spec: RecordingResourceSpec): ResourceModule {
	const show = { resource: [RESOURCE], operation: ['download'] };
	return {
		resource: { name: 'Call Recording', value: RESOURCE },
		operations: [{ name: 'Download', value: 'download', action: 'Download a call recording', description: spec.description }],
		defaultOperation: 'download',
		fields: [
			{ ...spec.link, type: 'string', required: true, displayOptions: { show } },
			...recordingProperties(show, spec.defaults),
		],
		handlers: {
			download: async (context, itemIndex) => {
				const links = linksOf(context.getNodeParameter(spec.link.name, itemIndex, []));
				return await downloadRecordings(context, itemIndex, await spec.request(context, itemIndex, links), spec.defaults);
			},
		},
	};
}

const RESOURCE = 'callRecording';
