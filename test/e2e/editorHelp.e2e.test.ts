// The editor help on real n8n. The node panel as a new user meets it: on an empty workflow they
// click "Add first step" and type what they want, not a vendor's name; a trigger's panel help; and
// the sensitive output fields n8n hides when it shows an execution. Drives n8n's real editor in
// Debian's Chromium (playwright-core, no browser download; scripts/install-chromium.sh installs it).
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';

import { fixtureFile } from '../helpers/fixtures';
import { REPO_ROOT, startTestN8n, type TestN8n } from './harness';
import { nodeOutput } from './n8nClient';
import { HipcallTrigger as Node } from '../../nodes/Hipcall/HipcallTrigger.node';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const { DEFAULT_OWNER } = require(path.join(REPO_ROOT, 'scripts', 'n8n-launcher.js')) as { DEFAULT_OWNER: { email: string; password: string } };
const panels = require(path.join(REPO_ROOT, 'scripts', 'editor-panels.js')) as {
	openNodePanel(page: Page, baseUrl: string): Promise<void>;
	searchNodes(page: Page, term: string): Promise<string[]>;
	openEntry(page: Page, name: string): Promise<{ categories: string[]; items: string[] }>;
	openTriggerHelp(page: Page, baseUrl: string, workflowId: string): Promise<string>;
};

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
	await panels.openNodePanel(page, n8n.baseUrl);
});

afterAll(async () => {
	await browser?.close();
	await n8n?.stop();
});

test.each(Object.entries(SEARCHES))('searching "%s" on an empty workflow lists our nodes for it', async (term, expected) => {
	const listed = await panels.searchNodes(page, term);
	expect({ term, listed }).toEqual({ term, listed: expect.arrayContaining(expected) });
});

test('a vendor entry lists its events as triggers that say what they start on, beside its actions', async () => {
	const { categories, items } = await panels.openEntry(page, 'Hipcall');
	expect(categories.join('\n')).toMatch(/Triggers \(\d+\)/);
	expect(categories.join('\n')).toMatch(/Actions \(\d+\)/);
	expect(items).toEqual(expect.arrayContaining(['On any Hipcall event', 'On call started', 'On call ended']));
	expect(items.join('\n')).not.toMatch(/any other event type/i);
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
	const shown = await panels.openTriggerHelp(page, n8n.baseUrl, data.id).catch(async (error: Error) => {
		await page.screenshot({ path: path.join(REPO_ROOT, '.e2e', 'trigger-help-failure.png') });
		throw error;
	});
	expect(shown).toContain('When the workflow works, publish it and paste the Production URL in Hipcall under Integrations > Webhooks');
	expect(shown).toContain('Production URL, to run by itself: publish the workflow');
	expect(shown).toContain('What Hipcall needs: the Production URL, pasted in Hipcall under Integrations > Webhooks; depending on Authentication, with Secret in URL');
});

test('a credential-like field is marked for n8n, and the workflow still reads it', async () => {
	const webhookId = '5e2f7c1a-0b9d-4c3e-8f6a-1d2e3f4a5b6c';
	const workflowId = await n8n.client.importAndActivate(
		{
			name: 'Sensitive output fields',
			nodes: [
				{ id: 't', name: 'Hipcall Trigger', type: 'n8n-nodes-contact-center.hipcallTrigger', typeVersion: 1, position: [0, 0], webhookId, parameters: {} },
				{
					id: 's',
					name: 'Read It',
					type: 'n8n-nodes-base.set',
					typeVersion: 3.4,
					position: [220, 0],
					parameters: {
						assignments: { assignments: [{ id: 'a', name: 'recordingHost', type: 'string', value: "={{ $json.data.record_url.split('/')[2] }}" }] },
						options: {},
					},
				},
			],
			connections: { 'Hipcall Trigger': { main: [[{ node: 'Read It', type: 'main', index: 0 }]] } },
		},
		`/webhook/${webhookId}/hipcall`,
	);
	const res = await fetch(n8n.webhookUrl(`${webhookId}/hipcall`), { method: 'POST', headers: { 'content-type': 'application/json' }, body: fixtureFile('Hipcall/call_hangup.json') });
	expect(res.status).toBe(200);
	const [execution] = await n8n.client.waitForExecutions(workflowId, 1);
	const [item] = nodeOutput(execution, 'Hipcall Trigger');
	const data = item.data as Record<string, unknown>;
	expect(new Node().description.sensitiveOutputFields).toEqual(['data.record_url']);
	// n8n 2.41.1 declares sensitiveOutputFields and ships its NodeDefinedFieldRedactionStrategy, but
	// leaves it out of the redaction pipeline: the field is shown as sent. When the pinned n8n starts
	// hiding it, this fails: expect the redaction marker here and update the README.
	expect(data.record_url).toEqual(expect.stringContaining('X-Amz-Signature'));
	expect(data.uuid).toEqual(expect.stringMatching(/\S/));
	expect(nodeOutput(execution, 'Read It')[0].recordingHost).toBe('records.hipcall.com');
});
