// n8n's node panel, as a new user meets it: on an empty workflow they click "Add first step" and
// type what they want, not a vendor's name. Drives n8n's real editor in Debian's Chromium
// (playwright-core, no browser download; scripts/install-chromium.sh installs it).
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';

import { REPO_ROOT, startTestN8n, type TestN8n } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const { DEFAULT_OWNER } = require(path.join(REPO_ROOT, 'scripts', 'n8n-launcher.js')) as { DEFAULT_OWNER: { email: string; password: string } };

/**
 * What a builder types, and the entries of ours the panel must show for it. An app's trigger and
 * action node show as one entry named after the app ("Hipcall"); a trigger with actions loses its
 * " Trigger" suffix ("M8Com").
 */
const SEARCHES: Record<string, string[]> = {
	'incoming call': ['Hipcall', 'Hipcall Routing Trigger', 'M8Com', 'Curious Thing'],
	phone: ['Hipcall', 'M8Com', 'Curious Thing'],
	caller: ['Hipcall', 'Hipcall Routing Trigger', 'M8Com'],
	IVR: ['Hipcall Routing Trigger', 'M8Com'],
	voice: ['Hipcall', 'Curious Thing', 'M8Com'],
	recording: ['Hipcall'],
	'contact center': ['Hipcall', 'M8Com', 'Curious Thing', 'Bambuser Trigger', 'ChatVolt'],
	'video call': ['Bambuser Trigger'],
	chatbot: ['ChatVolt'],
};

/** The panel's search field (the test id sits on the input itself or on its wrapper, by n8n version). */
const SEARCH_FIELD = 'input[data-test-id="node-creator-search-bar"], [data-test-id="node-creator-search-bar"] input';

let n8n: TestN8n;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/install-chromium.sh (npm test does)`);
	const { chromium } = await import('playwright-core');
	n8n = await startTestN8n();
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
	const login = await fetch(`${n8n.baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: DEFAULT_OWNER.email, password: DEFAULT_OWNER.password }),
	});
	const [name, value] = (login.headers.get('set-cookie') ?? '').split(';')[0].split('=');
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	await context.addCookies([{ name, value, url: n8n.baseUrl }]);
	page = await context.newPage();
	await page.goto(`${n8n.baseUrl}/workflow/new`);
	await page.locator('[data-test-id="canvas-add-button"]').first().click({ timeout: 60_000 });
	await page.locator(SEARCH_FIELD).first().waitFor();
});

afterAll(async () => {
	await browser?.close();
	await n8n?.stop();
});

/** The panel's entries, by name, once they stop changing and are no longer `unlike` (the list shown before). */
async function settledNames(unlike: string[] = []): Promise<string[]> {
	const names = page.locator('[data-test-id="node-creator-item-name"]');
	const read = async () => (await names.allInnerTexts()).map((text) => text.trim());
	const key = (list: string[]) => list.join('\n');
	let previous = await read();
	for (let waited = 0; waited < 10_000; waited += 250) {
		await page.waitForTimeout(250);
		const current = await read();
		if (current.length > 0 && key(current) === key(previous) && key(current) !== key(unlike)) return current;
		previous = current;
	}
	return previous;
}

/** Types a search into the open panel and returns the entries it lists, by name. */
async function search(term: string): Promise<string[]> {
	const input = page.locator(SEARCH_FIELD).first();
	await input.fill('');
	const unsearched = await settledNames();
	await input.fill(term);
	return settledNames(unsearched);
}

test.each(Object.entries(SEARCHES))('searching "%s" on an empty workflow lists our nodes for it', async (term, expected) => {
	const listed = await search(term);
	expect({ term, listed }).toEqual({ term, listed: expect.arrayContaining(expected) });
});

test('a vendor entry lists its events as triggers that say what they start on, beside its actions', async () => {
	await search('Hipcall');
	await page.locator('[data-test-id="node-creator-item-name"]', { hasText: /^Hipcall$/ }).first().click();
	await page.locator('[data-test-id="node-creator-category-item"]').first().waitFor();
	const categories = (await page.locator('[data-test-id="node-creator-category-item"]').allInnerTexts()).join('\n');
	const labels = (await page.locator('[data-test-id="node-creator-item-name"]').allInnerTexts()).map((text) => text.trim());
	expect(categories).toMatch(/Triggers \(\d+\)/);
	expect(categories).toMatch(/Actions \(\d+\)/);
	expect(labels).toEqual(expect.arrayContaining(['On any Hipcall event', 'On call started', 'On call ended']));
	expect(labels.join('\n')).not.toMatch(/any other event type/i);
});

test("a trigger's panel says how the Test and Production URLs work and what the vendor needs", async () => {
	const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
	const saved = await fetch(`${n8n.baseUrl}/rest/workflows`, {
		method: 'POST',
		headers: { cookie, 'content-type': 'application/json' },
		body: JSON.stringify({
			name: 'Trigger panel',
			nodes: [{ id: 'n', name: 'Hipcall Trigger', type: 'n8n-nodes-contact-center.hipcallTrigger', typeVersion: 1, position: [0, 0], parameters: {}, webhookId: 'panel' }],
			connections: {},
			settings: { executionOrder: 'v1' },
			active: false,
		}),
	});
	const { data } = (await saved.json()) as { data: { id: string } };
	await page.goto(`${n8n.baseUrl}/workflow/${data.id}`);
	await page.locator('[data-test-id="canvas-node"]').first().dblclick({ timeout: 60_000 });
	// n8n shows the panel's hints beside its "Execute step" button, once it has listened (a fresh node's input side is empty).
	await page.getByText('Test this trigger').first().click();
	await page.getByText('Stop Listening').first().click();
	await page.getByText('When will this node trigger my flow?').first().click();
	const ndv = page.locator('[data-test-id="ndv"]');
	await ndv.getByText(/Test URL, while you build/).first().waitFor({ state: 'visible', timeout: 10_000 });
	const shown = (await ndv.innerText()).replace(/\s+/g, ' ');
	expect(shown).toContain('When the workflow works, publish it and paste the Production URL in Hipcall under Integrations > Webhooks');
	expect(shown).toContain('Production URL, to run by itself: publish the workflow');
	expect(shown).toContain('What Hipcall needs: the Production URL, pasted in Hipcall under Integrations > Webhooks and, depending on Authentication');
});
