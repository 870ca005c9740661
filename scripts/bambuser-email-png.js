#!/usr/bin/env node
// Renders the Bambuser Call Summary Email node's HTML for the seed payload (from the built dist/)
// and screenshots it with Debian's headless Chromium: docs/bambuser-call-summary-email.png.
//
//   npm run build && node scripts/bambuser-email-png.js [output.png]
//
// The seed's image URLs are examples that do not resolve, so the product images are served as
// placeholders by a small HTTP server on 127.0.0.1 for the time of the screenshot. Nothing else is
// fetched: Chromium runs with background networking off.
'use strict';

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const REPO_ROOT = path.resolve(__dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'docs', 'bambuser-call-summary-email.png'));
const WINDOW = { width: 680, height: 1040 };

function ensureChromium() {
	if (fs.existsSync(CHROMIUM)) return;
	console.log('Chromium is missing: installing Debian\'s package');
	for (const args of [['update'], ['install', '-y', 'chromium']]) {
		const result = spawnSync('apt-get', args, { stdio: 'inherit' });
		if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
	}
}

function loadNode() {
	const nodeFile = path.join(REPO_ROOT, 'dist', 'nodes', 'Bambuser', 'BambuserCallSummaryEmail.node.js');
	if (!fs.existsSync(nodeFile)) throw new Error('dist/ is missing: run "npm run build" first');
	return {
		composeEmail: require(nodeFile).composeEmail,
		SECTIONS: require(path.join(REPO_ROOT, 'dist', 'nodes', 'Bambuser', 'email', 'model.js')).SECTIONS,
	};
}

/** A product-photo placeholder: a bag drawn in the colour the product's "Color" attribute names. */
function placeholderSvg(colour) {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="208" height="208" viewBox="0 0 208 208">
<rect width="208" height="208" fill="#F3F4F6"/>
<path d="M70 80a34 34 0 0 1 68 0" fill="none" stroke="${colour}" stroke-width="10" stroke-linecap="round"/>
<rect x="44" y="78" width="120" height="92" rx="14" fill="${colour}"/>
<rect x="92" y="100" width="24" height="12" rx="3" fill="#F3F4F6" opacity="0.8"/>
</svg>`;
}

function startImageServer(colours) {
	const server = http.createServer((req, res) => {
		const sku = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
		res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
		res.end(placeholderSvg(colours[sku] ?? '#9CA3AF'));
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function run(command, args) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
		child.on('error', reject);
		child.on('close', (status) => {
			clearTimeout(timer);
			resolve({ status, stderr });
		});
	});
}

async function main() {
	ensureChromium();
	const { composeEmail, SECTIONS } = loadNode();
	const delivery = JSON.parse(
		fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'Bambuser', 'call-summary.json'), 'utf8'),
	);

	const colours = { 'amazing-handbag-123': '#B91C1C', 'better-handbag-123': '#1F2937' };
	const server = await startImageServer(colours);
	const base = `http://127.0.0.1:${server.address().port}/image/`;
	for (const product of delivery.payload.products) product.imageUrl = base + encodeURIComponent(product.sku);

	const email = composeEmail(delivery, {
		brandName: 'Fashion for the Curious',
		subject: '',
		logoUrl: '',
		accentColor: '#E11D48',
		locale: '',
		timeZone: 'Europe/Stockholm',
		sections: [...SECTIONS],
		introText: '',
		footerText: '',
		priceUnit: 'major',
	});

	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bambuser-email-'));
	const htmlFile = path.join(dir, 'email.html');
	fs.writeFileSync(htmlFile, email.html);
	fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
	try {
		// Asynchronous, so that the image server above can answer Chromium meanwhile.
		const result = await run(
			CHROMIUM,
			[
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
				'--hide-scrollbars',
				`--user-data-dir=${path.join(dir, 'profile')}`,
				`--screenshot=${OUTPUT}`,
				`--window-size=${WINDOW.width},${WINDOW.height}`,
				`file://${htmlFile}`,
			],
		);
		if (result.status !== 0 || !fs.existsSync(OUTPUT)) {
			throw new Error(`chromium failed (${result.status}): ${result.stderr}`);
		}
	} finally {
		server.close();
		fs.rmSync(dir, { recursive: true, force: true });
	}
	console.log(`Subject: ${email.subject}`);
	console.log(`Wrote ${path.relative(REPO_ROOT, OUTPUT)}`);
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
