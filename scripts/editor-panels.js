// Steps through n8n's editor (playwright-core pages) to the panels a builder meets: the node panel
// on an empty workflow with a search typed in, a vendor's entry in it, and a trigger's "When will
// this node trigger my flow?" help. Shared by the editor e2e test and `npm run screenshots`.
'use strict';

/** The node panel's search field (the test id sits on the input itself or on its wrapper, by n8n version). */
const SEARCH_FIELD = 'input[data-test-id="node-creator-search-bar"], [data-test-id="node-creator-search-bar"] input';
const ENTRY_NAME = '[data-test-id="node-creator-item-name"]';

/** Opens a new workflow and its "What triggers this workflow?" panel, as a first step. */
async function openNodePanel(page, baseUrl) {
	await page.goto(`${baseUrl}/workflow/new`);
	await page.locator('[data-test-id="canvas-add-button"]').first().click({ timeout: 60_000 });
	await page.locator(SEARCH_FIELD).first().waitFor();
}

/** The panel's entries, by name, once they stop changing and are no longer `unlike` (the list shown before). */
async function settledNames(page, unlike = []) {
	const read = async () => (await page.locator(ENTRY_NAME).allInnerTexts()).map((text) => text.trim());
	const key = (list) => list.join('\n');
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
async function searchNodes(page, term) {
	const input = page.locator(SEARCH_FIELD).first();
	await input.fill('');
	const unsearched = await settledNames(page);
	await input.fill(term);
	return settledNames(page, unsearched);
}

/** Opens an app's entry from the search results; returns its categories ("Triggers (4)") and item names. */
async function openEntry(page, name) {
	await searchNodes(page, name);
	await page.locator(ENTRY_NAME, { hasText: new RegExp(`^${name}$`) }).first().click();
	const category = page.locator('[data-test-id="node-creator-category-item"]');
	await category.first().waitFor();
	return {
		categories: await category.allInnerTexts(),
		items: (await page.locator(ENTRY_NAME).allInnerTexts()).map((text) => text.trim()),
	};
}

/**
 * Opens a workflow's only trigger and its panel help ("When will this node trigger my flow?"),
 * which n8n shows beside the trigger's Execute button once it has listened; returns the panel's text.
 */
async function openTriggerHelp(page, baseUrl, workflowId) {
	await page.goto(`${baseUrl}/workflow/${workflowId}`);
	await page.locator('[data-test-id="canvas-node"]').first().dblclick({ timeout: 60_000 });
	const ndv = page.locator('[data-test-id="ndv"]');
	await ndv.getByText('Test this trigger').first().click();
	// The button answers once listening has started: click until the node stops listening.
	const stop = ndv.getByText('Stop Listening').first();
	await stop.waitFor({ state: 'visible', timeout: 10_000 });
	for (let attempt = 0; attempt < 5 && (await stop.isVisible()); attempt++) {
		await stop.click().catch(() => undefined);
		await stop.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
	}
	const question = ndv.getByText('When will this node trigger my flow?').first();
	const help = ndv.getByText(/Test URL, while you build/).first();
	await question.waitFor({ state: 'visible', timeout: 10_000 });
	for (let attempt = 0; attempt < 3 && !(await help.isVisible()); attempt++) {
		await question.click();
		await help.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => undefined);
	}
	return (await ndv.innerText()).replace(/\s+/g, ' ');
}

module.exports = { openNodePanel, searchNodes, openEntry, openTriggerHelp };
