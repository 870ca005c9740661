// What kind of audio a downloaded recording is, and the file name it gets. Storage links (S3 and
// the like) often answer `binary/octet-stream`, so the file's first bytes and the link's extension
// are read too: a transcription or storage node needs the real type.

const EXTENSIONS: Record<string, string> = {
	'audio/mpeg': 'mp3',
	'audio/mp3': 'mp3',
	'audio/wav': 'wav',
	'audio/x-wav': 'wav',
	'audio/wave': 'wav',
	'audio/vnd.wave': 'wav',
	'audio/ogg': 'ogg',
	'audio/opus': 'opus',
	'audio/webm': 'webm',
	'audio/flac': 'flac',
	'audio/x-flac': 'flac',
	'audio/aac': 'aac',
	'audio/mp4': 'm4a',
	'audio/x-m4a': 'm4a',
	'video/mp4': 'mp4',
	'audio/gsm': 'gsm',
};

const BY_EXTENSION: Record<string, string> = {
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	ogg: 'audio/ogg',
	oga: 'audio/ogg',
	opus: 'audio/opus',
	webm: 'audio/webm',
	flac: 'audio/flac',
	aac: 'audio/aac',
	m4a: 'audio/mp4',
	mp4: 'video/mp4',
	gsm: 'audio/gsm',
};

/** Types that say nothing about the content. */
const UNSPECIFIC = new Set(['application/octet-stream', 'binary/octet-stream', 'application/binary', 'application/download', 'application/force-download']);

/** The audio type the first bytes show, if they show one. */
export function sniffAudio(data: Buffer): string | undefined {
	const ascii = (start: number, end: number) => data.subarray(start, end).toString('latin1');
	if (ascii(0, 3) === 'ID3' || (data.length > 1 && data[0] === 0xff && (data[1] & 0xe0) === 0xe0 && (data[1] & 0x06) !== 0)) return 'audio/mpeg';
	if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
	if (ascii(0, 4) === 'OggS') return 'audio/ogg';
	if (ascii(0, 4) === 'fLaC') return 'audio/flac';
	if (ascii(4, 8) === 'ftyp') return 'audio/mp4';
	if (data.length > 3 && data[0] === 0x1a && data[1] === 0x45 && data[2] === 0xdf && data[3] === 0xa3) return 'audio/webm';
	return undefined;
}

/** The extension of a link's or file's last path segment, lower case, if it has one. */
export function extensionOf(name: string | undefined): string | undefined {
	if (!name) return undefined;
	let path = name;
	try {
		path = new URL(name).pathname;
	} catch {
		// a file name, not a link
	}
	return /\.([a-z0-9]{1,5})$/i.exec(path)?.[1].toLowerCase();
}

/** The MIME type: the server's when it names one, else the content's, else the link's extension, else octet-stream. */
export function mimeTypeOf(contentType: string | undefined, data: Buffer, names: Array<string | undefined>): string {
	if (contentType && !UNSPECIFIC.has(contentType) && /^[a-z]+\/[a-z0-9.+-]+$/.test(contentType)) return contentType;
	const sniffed = sniffAudio(data);
	if (sniffed) return sniffed;
	for (const name of names) {
		const byName = BY_EXTENSION[extensionOf(name) ?? ''];
		if (byName) return byName;
	}
	return 'application/octet-stream';
}

/** A file name safe on any disk and in any header: letters, digits, dot, dash and underscore. */
export function safeFileName(name: string): string {
	const cleaned = name
		.normalize('NFKD')
		.replace(/[^\w.-]+/g, '-')
		.replace(/^[.-]+|-+$/g, '')
		.slice(0, 120);
	return cleaned === '' ? 'recording' : cleaned;
}

/** `<base>.<ext>`, the extension from the type (or the link's), unless the base already has one. */
export function fileNameFor(base: string, mimeType: string, names: Array<string | undefined>): string {
	const safe = safeFileName(base);
	if (extensionOf(safe)) return safe;
	const extension = EXTENSIONS[mimeType] ?? names.map(extensionOf).find((e) => e !== undefined) ?? 'bin';
	return `${safe}.${extension}`;
}
