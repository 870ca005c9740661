// `npm run screenshots`: pictures for the docs. Starts n8n the way `npm start` does (in a
// throw-away user folder), imports every example workflow, and drives Debian's Chromium headless
// (playwright-core, no browser download) to take docs/images/examples/<example>.png of each
// workflow on the canvas, docs/images/nodes/<Node>.png of each of our nodes' settings panel, and
// docs/images/editor/*.png of the node panel found by purpose and of a trigger's panel help.
// Re-running it refreshes them.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { REPO_ROOT, DEFAULT_OWNER, startN8n } = require('./n8n-launcher');
const { openEntry, openNodePanel, openTriggerHelp, searchNodes } = require('./editor-panels');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = path.join(REPO_ROOT, 'docs', 'images');
const PACKAGE_PREFIX = 'n8n-nodes-contact-center.';

function ensureChromium() {
	execFileSync('bash', [path.join(__dirname, 'install-chromium.sh')], { stdio: 'inherit' });
}

async function login(baseUrl) {
	const res = await fetch(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: DEFAULT_OWNER.email, password: DEFAULT_OWNER.password }),
	});
	if (!res.ok) throw new Error(`login failed: ${res.status}`);
	const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
	const [name, value] = cookie.split('=');
	const rest = async (method, route, body) => {
		const r = await fetch(`${baseUrl}/rest${route}`, {
			method,
			headers: { cookie, 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await r.text();
		if (!r.ok) throw new Error(`${method} ${route} -> ${r.status}: ${text.slice(0, 300)}`);
		return text ? JSON.parse(text).data : undefined;
	};
	return { cookie: { name, value }, rest };
}

/** Imports an example with placeholder credentials of the types it names; returns the workflow id. */
async function importExample(rest, workflow) {
	const created = new Map();
	for (const node of workflow.nodes) {
		for (const [type, reference] of Object.entries(node.credentials ?? {})) {
			if (!created.has(type)) {
				const credential = await rest('POST', '/credentials', { name: reference.name, type, data: {} });
				created.set(type, credential.id);
			}
			node.credentials[type] = { id: created.get(type), name: reference.name };
		}
	}
	const saved = await rest('POST', '/workflows', {
		name: workflow.name,
		nodes: workflow.nodes,
		connections: workflow.connections,
		settings: workflow.settings ?? { executionOrder: 'v1' },
		active: false,
	});
	return saved.id;
}

async function main() {
	ensureChromium();
	const { chromium } = require('playwright-core');
	const examplesDir = path.join(REPO_ROOT, 'examples');
	const examples = fs.readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort();
	fs.mkdirSync(path.join(OUT, 'examples'), { recursive: true });
	fs.mkdirSync(path.join(OUT, 'nodes'), { recursive: true });
	fs.mkdirSync(path.join(OUT, 'editor'), { recursive: true });

	const userFolder = path.join(REPO_ROOT, '.e2e', `screenshots-${Date.now()}`);
	const n8n = await startN8n({ userFolder });
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const { cookie, rest } = await login(n8n.baseUrl);
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
		await context.addCookies([{ ...cookie, url: n8n.baseUrl }]);
		const page = await context.newPage();
		const shotNodes = new Set();
		const workflows = examples.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8')) }));
		for (const { file, workflow } of [...workflows, ...nodesWithoutExample(workflows)]) {
			const id = await importExample(rest, workflow);
			await page.goto(`${n8n.baseUrl}/workflow/${id}`);
			await page.waitForSelector('[data-test-id="canvas-node"]', { timeout: 60_000 });
			await page.waitForTimeout(1500);
			await dismissOverlays(page);
			await page.keyboard.press('1'); // zoom to fit
			await page.waitForTimeout(800);
			if (file) {
				const name = file.replace(/\.json$/, '');
				await page.screenshot({ path: path.join(OUT, 'examples', `${name}.png`) });
				console.log(`[screenshots] docs/images/examples/${name}.png`);
			}

			for (const node of workflow.nodes.filter((n) => n.type.startsWith(PACKAGE_PREFIX))) {
				const typeName = node.type.slice(PACKAGE_PREFIX.length);
				if (shotNodes.has(typeName)) continue;
				const canvasNode = page.locator(`[data-test-id="canvas-node"][data-node-name="${node.name}"]`).first();
				await canvasNode.dblclick();
				await page.waitForSelector('[data-test-id="ndv"]', { timeout: 15_000 });
				await page.waitForTimeout(1000);
				const fileName = typeName.charAt(0).toUpperCase() + typeName.slice(1);
				await page.screenshot({ path: path.join(OUT, 'nodes', `${fileName}.png`) });
				console.log(`[screenshots] docs/images/nodes/${fileName}.png`);
				shotNodes.add(typeName);
				await page.keyboard.press('Escape');
				await page.waitForTimeout(500);
			}
		}
		await editorShots(page, n8n.baseUrl, rest);
	} finally {
		await browser.close();
		await n8n.stop();
		fs.rmSync(userFolder, { recursive: true, force: true });
	}
}

/** The node panel as a builder searches it, a vendor's entry, and a trigger's panel help. */
async function editorShots(page, baseUrl, rest) {
	const shot = async (name) => {
		await page.waitForTimeout(500);
		await page.screenshot({ path: path.join(OUT, 'editor', `${name}.png`) });
		console.log(`[screenshots] docs/images/editor/${name}.png`);
	};
	await openNodePanel(page, baseUrl);
	await searchNodes(page, 'incoming call');
	await shot('node-panel-incoming-call');
	await openEntry(page, 'Hipcall');
	await shot('node-panel-hipcall');
	const id = await importExample(rest, {
		name: 'Hipcall Trigger help',
		nodes: [{ id: 'n', name: 'Hipcall Trigger', type: `${PACKAGE_PREFIX}hipcallTrigger`, typeVersion: 1, position: [0, 0], parameters: {} }],
		connections: {},
	});
	await openTriggerHelp(page, baseUrl, id);
	await shot('trigger-panel-help');
}

/** A one-node workflow for each node of the package that no example uses, so its panel is shot too. */
function nodesWithoutExample(workflows) {
	const used = new Set(workflows.flatMap(({ workflow }) => workflow.nodes.map((node) => node.type)));
	const pkg = require(path.join(REPO_ROOT, 'package.json'));
	return pkg.n8n.nodes
		.map((file) => {
			const className = path.basename(file).split('.')[0];
			const NodeClass = require(path.join(REPO_ROOT, file))[className];
			return new NodeClass().description;
		})
		.filter((description) => !used.has(PACKAGE_PREFIX + description.name))
		.map((description) => ({
			file: undefined,
			workflow: {
				name: description.displayName,
				nodes: [{ id: 'n', name: description.defaults.name, type: PACKAGE_PREFIX + description.name, typeVersion: 1, position: [0, 0], parameters: {} }],
				connections: {},
			},
		}));
}

/** Closes n8n's first-run pop-ups, if any, so that they do not cover the canvas. */
async function dismissOverlays(page) {
	for (const selector of ['[data-test-id="close-button"]', '.el-dialog__headerbtn', '[aria-label="Close"]']) {
		const button = page.locator(selector).first();
		if (await button.isVisible().catch(() => false)) await button.click().catch(() => undefined);
	}
}

main().catch((error) => {
	console.error(error.stack ?? error.message);
	process.exit(1);
});
