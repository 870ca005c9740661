// Which recording links the package fetches. The link comes from a vendor's delivery, but a trigger
// may accept unauthenticated deliveries (Hipcall signs nothing): a forged event could point the
// download at n8n's own network (cloud metadata, an internal admin page) and have the answer stored
// or attached. So by default only https links to public host names are fetched.

/** IPv4 ranges that are not the public internet: this network, private, loopback, link-local, CGNAT, benchmarking. */
const PRIVATE_V4: Array<[number, number]> = [
	[0x00000000, 8],
	[0x0a000000, 8],
	[0x64400000, 10],
	[0x7f000000, 8],
	[0xa9fe0000, 16],
	[0xac100000, 12],
	[0xc0000000, 24],
	[0xc0a80000, 16],
	[0xc6120000, 15],
	[0xe0000000, 3],
];

function v4Number(host: string): number | undefined {
	const parts = host.split('.');
	if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return undefined;
	return parts.reduce((n, part) => n * 256 + Number(part), 0);
}

function isPrivateV4(host: string): boolean {
	const n = v4Number(host);
	if (n === undefined) return false;
	return PRIVATE_V4.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

/** Loopback, unspecified, unique-local, link-local, and IPv4-mapped private addresses. */
function isPrivateV6(host: string): boolean {
	const address = host.replace(/^\[|\]$/g, '').toLowerCase();
	if (!address.includes(':')) return false;
	if (address === '::' || address === '::1') return true;
	if (/^f[cd]/.test(address) || /^fe[89ab]/.test(address)) return true;
	// The URL parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1.
	const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
	if (mapped) {
		const n = parseInt(mapped[1], 16) * 65536 + parseInt(mapped[2], 16);
		return isPrivateV4([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'));
	}
	return false;
}

/** Whether a host name (as the URL parser normalised it) names this machine or a private network. */
export function isPrivateHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/\.$/, '');
	if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return true;
	if (!host.includes('.') && !host.includes(':')) return true;
	return isPrivateV4(host) || isPrivateV6(host);
}

/**
 * Why a recording link is not fetched, or undefined when it is. `allowPrivateNetwork` (the nodes'
 * "Allow HTTP and Private Addresses" option) also lets plain http and private hosts through, for a
 * recording server on the user's own network.
 */
export function recordingUrlProblem(value: unknown, allowPrivateNetwork: boolean): string | undefined {
	if (typeof value !== 'string' || value.trim() === '') return 'There is no link to the recording';
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		return `${JSON.stringify(value.slice(0, 80))} is not a link`;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return `Only http(s) links are downloaded, not ${url.protocol} links`;
	if (allowPrivateNetwork) return undefined;
	if (url.protocol === 'http:') {
		return 'The link is plain http: only https links are downloaded unless "Allow HTTP and Private Addresses" is on';
	}
	if (isPrivateHost(url.hostname)) {
		return `The link points at ${url.hostname}, a private or local address: not downloaded unless "Allow HTTP and Private Addresses" is on`;
	}
	return undefined;
}
