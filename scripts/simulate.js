// `npm run simulate -- <vendor> <event> --url <webhook URL> [--secret <secret>] [--repeat <n>]`
// Sends a vendor's realistic deliveries (the same fixtures the tests use, test/fixtures/<Vendor>/)
// to a workflow's webhook URL, so that a builder can try a workflow without a vendor account.
// Each vendor folder has a sender.json that says how the vendor sends: method, where the secret
// goes, and the method of events that are not POSTed.
'use strict';

const fs = require('fs');
const path = require('path');

const { startRecordingServer } = require('./recording-server');

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');

function usage(message) {
	if (message) console.error(`simulate: ${message}\n`);
	console.error(
		[
			'usage: npm run simulate -- <vendor> <event|group|all|malformed> --url <webhook URL> [options]',
			'       npm run simulate -- list',
			'',
			'options:',
			'  --url <url>        the trigger\'s production (/webhook/...) or test (/webhook-test/...) URL',
			'  --secret <value>   the secret from the n8n credential, sent the way the vendor sends it',
			'                     (Basic Auth, e.g. Hipcall routing: --secret <username>:<password>)',
			'  --repeat <n>       send the same delivery n times, as a vendor retry does (same event id)',
			'  --param <name>=<v> fill the URL segment that starts with ":<name>" (M8Com: customerId, default acme)',
			'  --dry-run          print what would be sent',
			'  --serve-recordings serve the recordings of the deliveries (M8Com call-recording, Hipcall',
			'                     call_hangup) from a file server on 127.0.0.1 and point their links at it,',
			'                     for 120 s (--serve-for <seconds>); the Download Recording node needs "Allow HTTP and Private',
			'                     Addresses" on to fetch from it',
			'  --expired-recordings  the same, but every link answers 403 as an expired one does',
		].join('\n'),
	);
	process.exit(message ? 2 : 0);
}

function vendors() {
	return fs
		.readdirSync(FIXTURES, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && fs.existsSync(path.join(FIXTURES, entry.name, 'sender.json')))
		.map((entry) => entry.name);
}

function sender(vendor) {
	return JSON.parse(fs.readFileSync(path.join(FIXTURES, vendor, 'sender.json'), 'utf8'));
}

function findVendor(name) {
	const wanted = name.toLowerCase().replace(/[^a-z0-9]/g, '');
	return vendors().find((dir) => {
		const key = dir.toLowerCase();
		return key === wanted || key.startsWith(wanted);
	});
}

function events(vendor) {
	const { notDeliveries = [] } = sender(vendor);
	return fs
		.readdirSync(path.join(FIXTURES, vendor))
		.filter((file) => file.endsWith('.json') && file !== 'sender.json' && !notDeliveries.includes(file.replace(/\.json$/, '')))
		.map((file) => file.replace(/\.json$/, ''))
		.sort();
}

/**
 * Events that go to another trigger of the vendor than its main one (Hipcall's routing and call
 * control requests), by group: `all` leaves them out, and a group's name sends its events in order
 * (for Hipcall call control, the steps of one call: a whole IVR dialogue).
 */
function groups(vendor) {
	return sender(vendor).groups ?? {};
}

function grouped(vendor) {
	return new Set(Object.values(groups(vendor)).flatMap((group) => group.events));
}

/** What `<event>` names: a group's events, the main trigger's (`all`), or the one event. */
function selection(vendor, name) {
	const group = groups(vendor)[name];
	if (group) return group.events;
	if (name === 'all') return events(vendor).filter((event) => !grouped(vendor).has(event));
	return [name];
}

/** Every vendor can be sent a body that is not JSON; a vendor's own malformed fixture takes its place. */
function withMalformed(names) {
	return names.includes('malformed') ? names : [...names, 'malformed'];
}

/** The vendor's malformed fixture (a .txt file named so, as the tests use it), else a cut-off body. */
function malformedBody(vendor) {
	const own = fs.readdirSync(path.join(FIXTURES, vendor)).find((file) => file.includes('malformed') && file.endsWith('.txt'));
	return own ? fs.readFileSync(path.join(FIXTURES, vendor, own), 'utf8') : '{"this body": "is cut off before its end';
}

function parseArgs(argv) {
	const args = { positional: [], repeat: 1, params: {}, serveFor: 120 };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--url') args.url = argv[++i];
		else if (arg === '--secret') args.secret = argv[++i];
		else if (arg === '--repeat') args.repeat = Number(argv[++i]);
		else if (arg === '--param') {
			const [name, ...value] = String(argv[++i] ?? '').split('=');
			if (!name || value.length === 0) usage('--param takes <name>=<value>');
			args.params[name] = value.join('=');
		} else if (arg === '--dry-run') args.dryRun = true;
		else if (arg === '--serve-recordings') args.recordings = 'files';
		else if (arg === '--expired-recordings') args.recordings = 'expired';
		else if (arg === '--serve-for') args.serveFor = Number(argv[++i]);
		else if (arg === '--help' || arg === '-h') usage();
		else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
		else args.positional.push(arg);
	}
	return args;
}

/**
 * Puts the secret where the vendor puts it: in place of `:secret` when the trigger's URL has that
 * segment (Secret in URL), else a header, a bearer token, Basic Auth (`--secret username:password`)
 * or a query parameter.
 */
function withSecret(sender, url, headers, secret) {
	if (secret && url.includes('/:secret')) return url.replace('/:secret', `/${encodeURIComponent(secret)}`);
	if (!secret || !sender.secret) return url;
	const how = sender.secret;
	if (how.basic) headers.authorization = `Basic ${Buffer.from(secret).toString('base64')}`;
	else if (how.bearer) headers.authorization = `Bearer ${secret}`;
	else if (how.header) headers[how.header.toLowerCase()] = secret;
	else if (how.query) {
		const u = new URL(url);
		u.searchParams.set(how.query, secret);
		return u.toString();
	}
	return url;
}

/**
 * Fills the URL's placeholders as a builder does before giving the URL to the vendor: a segment that
 * starts with ":<name>" (M8Com's ":customerId-<webhook id>") becomes the --param value, else the
 * vendor's example value (sender.json "urlParams").
 */
function withUrlParams(sender, url, params) {
	const values = { ...(sender.urlParams ?? {}), ...params };
	return Object.entries(values).reduce(
		(out, [name, value]) => out.replace(new RegExp(`/:${name.replace(/[^A-Za-z0-9_]/g, '')}[^/?#]*`), `/${encodeURIComponent(value)}`),
		url,
	);
}

/**
 * Points a delivery's recording links (sender.json "recordingLinks": dotted paths to a link or a list
 * of links) at the local file server, keeping each file's name.
 */
function withLocalRecordings(body, paths, base, route) {
	const event = JSON.parse(body);
	const local = (link) => `${base}/${route}/${path.basename(new URL(String(link), 'https://x.invalid').pathname) || 'recording.mp3'}`;
	for (const dotted of paths) {
		const keys = dotted.split('.');
		const parent = keys.slice(0, -1).reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), event);
		const last = keys[keys.length - 1];
		if (!parent || typeof parent !== 'object' || parent[last] === undefined || parent[last] === null) continue;
		parent[last] = Array.isArray(parent[last]) ? parent[last].map(local) : local(parent[last]);
	}
	return JSON.stringify(event, null, 2);
}

async function sendOne(label, { url, method, headers, body }, dryRun) {
	if (dryRun) {
		console.log(`--- ${label}: ${method} ${url}\n${JSON.stringify(headers)}\n${body ?? ''}\n`);
		return;
	}
	const started = Date.now();
	try {
		const res = await fetch(url, { method, headers, body: method === 'GET' ? undefined : body });
		const text = await res.text();
		console.log(`${label}: ${res.status} in ${Date.now() - started} ms ${text.slice(0, 300)}`);
	} catch (error) {
		console.log(`${label}: failed: ${error.cause?.message ?? error.message}`);
	}
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const [vendorName, eventName] = args.positional;
	if (!vendorName) usage('name a vendor');
	if (vendorName === 'list') {
		for (const vendor of vendors()) {
			console.log(`${vendor}: ${withMalformed(events(vendor)).join(', ')}`);
			for (const [name, group] of Object.entries(groups(vendor))) {
				console.log(`  ${name} (to the ${group.trigger}, not in "all"): ${group.events.join(', ')}`);
			}
		}
		return;
	}
	const vendor = findVendor(vendorName);
	if (!vendor) usage(`unknown vendor "${vendorName}"; known: ${vendors().join(', ')}`);
	const groupNames = Object.keys(groups(vendor));
	if (!eventName) usage(`name an event of ${vendor}: ${withMalformed(events(vendor)).join(', ')}, ${[...groupNames, 'all'].join(', ')}`);
	if (!args.url) usage('--url is required (copy it from the trigger node)');
	if (!(args.repeat >= 1)) usage('--repeat must be 1 or more');
	if (!(args.serveFor >= 0)) usage('--serve-for takes a number of seconds');

	const how = sender(vendor);
	const names = selection(vendor, eventName);
	const files =
		args.recordings && !args.dryRun
			? await startRecordingServer({ onRequest: (file, status) => console.log(`recording server: ${file} answered ${status}`) })
			: undefined;
	if (args.recordings && args.dryRun) console.log('(--dry-run: links shown as http://127.0.0.1:<port>)');
	for (const name of names) {
		const file = path.join(FIXTURES, vendor, `${name}.json`);
		let body;
		if (fs.existsSync(file)) body = fs.readFileSync(file, 'utf8');
		else if (name === 'malformed') body = malformedBody(vendor);
		else usage(`no fixture "${name}" for ${vendor}; known: ${withMalformed(events(vendor)).join(', ')}`);
		if (args.recordings && how.recordingLinks && name !== 'malformed') {
			body = withLocalRecordings(body, how.recordingLinks, files?.base ?? 'http://127.0.0.1:<port>', args.recordings);
		}
		const headers = { 'content-type': 'application/json', 'user-agent': `n8n-nodes-contact-center simulator (${vendor})`, ...(how.headers ?? {}) };
		// An event may send its secret another way than the vendor's other deliveries (Hipcall routing: Basic Auth).
		const secretHow = { ...how, secret: how.events?.[name]?.secret ?? how.secret };
		let url = withUrlParams(how, withSecret(secretHow, args.url, headers, args.secret), args.params);
		const method = how.events?.[name]?.method ?? how.method ?? 'POST';
		if (method === 'GET' && name !== 'malformed') {
			// A GET delivery's fixture holds its query parameters.
			const u = new URL(url);
			for (const [key, value] of Object.entries(JSON.parse(body))) {
				u.searchParams.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
			}
			url = u.toString();
			body = undefined;
		}
		for (let i = 1; i <= args.repeat; i++) {
			const label = `${vendor} ${name}${args.repeat > 1 ? ` #${i}` : ''}`;
			await sendOne(label, { url, method, headers, body }, args.dryRun);
		}
	}
	if (files) {
		console.log(`serving the recordings at ${files.base} for ${args.serveFor} s (Ctrl+C to stop sooner)`);
		await new Promise((resolve) => setTimeout(resolve, args.serveFor * 1000));
		await files.stop();
	}
}

main().catch((error) => {
	console.error(error.stack ?? error.message);
	process.exit(1);
});
