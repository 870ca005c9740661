// The editor help every node of the package gives on n8n 2.x: the trigger panel's guidance (test
// vs production URL, what the vendor needs), the AI builder's links between an answering trigger
// and its response node, the actions n8n's node panel lists for a trigger, and the sensitive
// output fields n8n hides when it shows an execution.
import * as fs from 'fs';
import * as path from 'path';
import type { IDataObject, INodeTypeDescription } from 'n8n-workflow';

import { packageNodeType } from '../../nodes/shared/builderHint';
import { ALL_EVENTS, OTHER_EVENTS, sentenceCase, type DeliveryCheck } from '../../nodes/shared/webhook';
import { fixtureFile } from '../helpers/fixtures';
import { cases, deliverTo, triggers } from './harness';

const ROOT = path.join(__dirname, '..', '..');
const nodeFiles = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } }).n8n.nodes.map(
	(file) => path.join(ROOT, file.replace(/^dist\//, '').replace(/\.js$/, '.ts')),
);

/** Every node of the package, by its n8n type name. */
const descriptions = new Map<string, INodeTypeDescription>(
	nodeFiles.map((source) => {
		const className = path.basename(source, '.node.ts');
		const NodeClass = (require(source) as Record<string, new () => { description: INodeTypeDescription }>)[className];
		const { description } = new NodeClass();
		return [packageNodeType(description.name), description];
	}),
);

/** Whether n8n waits for a response node before it answers the vendor (always, or for some settings). */
function answersFromNode(description: INodeTypeDescription): boolean {
	return (description.webhooks ?? []).some((webhook) => String(webhook.responseMode).includes('responseNode'));
}

/** The property n8n's node panel turns into a trigger's actions (its rule: the display name is "Event", "Events" or "Trigger On"). */
function actionProperty(description: INodeTypeDescription) {
	return description.properties.find((property) => ['event', 'events', 'trigger on'].includes(property.displayName.toLowerCase()));
}

/** The values at a dotted path as n8n's node-defined redaction reads it (`[*]` for every element). */
function valuesAt(value: unknown, segments: string[]): unknown[] {
	if (segments.length === 0) return [value];
	const [segment, ...rest] = segments;
	if (typeof value !== 'object' || value === null) return [];
	const record = value as IDataObject;
	if (segment.endsWith('[*]')) {
		const list = record[segment.slice(0, -3)];
		return Array.isArray(list) ? list.flatMap((element) => valuesAt(element, rest)) : [];
	}
	return segment in record ? valuesAt(record[segment], rest) : [];
}

describe.each(triggers.map(({ name, Node }) => [name, Node] as const))('%s', (name, Node) => {
	const { description } = new Node();
	const declaration = Node.declaration!;
	const panel = description.triggerPanel as Exclude<INodeTypeDescription['triggerPanel'], boolean | undefined>;

	test('its panel explains the Test and the Production URL and where the URL goes', () => {
		expect(declaration.pasteUrlIn).toEqual(expect.stringMatching(/\S/));
		for (const help of Object.values(panel.executionsHelp as Record<string, string>)) {
			expect(help).toContain('<b>Test URL');
			expect(help).toContain('<b>Production URL');
			expect(help).toContain(`pasted in ${declaration.pasteUrlIn}`);
		}
		expect(panel.activationHint).toEqual({
			inactive: expect.stringContaining(declaration.pasteUrlIn!),
			active: expect.stringContaining('published'),
		});
	});

	test('its panel says which secret the vendor must send, for each Authentication choice it offers', () => {
		const help = (panel.executionsHelp as { inactive: string }).inactive;
		const expected: Partial<Record<DeliveryCheck, RegExp>> = {
			headerSecret: /Secret Header<\/i>, a custom header/,
			urlSecret: /Secret in URL<\/i>, the Production URL with <code>:secret<\/code> replaced/,
			bearer: /Authorization: Bearer/,
			basicAuth: /Basic Auth<\/i>, the credential’s username and password/,
		};
		for (const check of declaration.checks.offered) if (expected[check]) expect(help).toMatch(expected[check]!);
		if (declaration.checks.offered.every((check) => check === 'none')) expect(help).not.toMatch(/secret/i);
	});

	test('an answering trigger names its response node in the panel and to the AI builder, and the node points back', () => {
		const pair = declaration.answeredBy;
		expect({ name, answers: answersFromNode(description), paired: pair !== undefined }).toEqual({
			name,
			answers: answersFromNode(description),
			paired: answersFromNode(description),
		});
		if (!pair) return;
		expect(pair.trigger.name).toBe(description.name);
		expect(pair.trigger.displayName).toBe(description.displayName);
		const response = descriptions.get(packageNodeType(pair.response.name));
		expect(response?.displayName).toBe(pair.response.displayName);
		expect((panel.executionsHelp as { inactive: string }).inactive).toContain(`<b>${pair.response.displayName}</b>`);
		expect(description.builderHint?.relatedNodes?.[0]?.nodeType).toBe(packageNodeType(pair.response.name));
		expect(response?.builderHint?.relatedNodes).toEqual([expect.objectContaining({ nodeType: packageNodeType(description.name) })]);
		expect(response?.builderHint?.searchHint).toContain(description.displayName);
	});

	test('the actions n8n lists for it each say what they start on', () => {
		const property = actionProperty(description);
		if (!property?.options) return;
		for (const option of property.options) {
			expect({ option: option.name, action: 'action' in option ? option.action : undefined }).toEqual({
				option: option.name,
				action: expect.stringMatching(/^On \S/),
			});
		}
		const actions = property.options.map((option) => ('action' in option ? option.action : ''));
		expect(actions).not.toContain('On any other event type');
		expect(new Set(actions).size).toBe(actions.length);
	});
});

test('the event filter labels its catch-all choices and its events for the node panel', () => {
	const hipcall = descriptions.get(packageNodeType('hipcallTrigger'))!;
	const options = actionProperty(hipcall)!.options as Array<{ value: string; action?: string }>;
	expect(options.find((option) => option.value === ALL_EVENTS)?.action).toBe('On any Hipcall event');
	expect(options.find((option) => option.value === OTHER_EVENTS)?.action).toBe('On other Hipcall event types (new or unlisted)');
	expect(options.find((option) => option.value === 'call_init')?.action).toBe('On call started');
	expect(sentenceCase('NPS Rating Received')).toBe('NPS rating received');
	expect(sentenceCase('FluxVolt Step Entered')).toBe('FluxVolt step entered');
});

test("every node the AI builder is pointed to is one of the package's nodes", () => {
	for (const [type, description] of descriptions) {
		for (const related of description.builderHint?.relatedNodes ?? []) {
			expect({ type, related: related.nodeType, known: descriptions.has(related.nodeType) }).toEqual({ type, related: related.nodeType, known: true });
		}
	}
});

describe('sensitive output fields', () => {
	/** A delivery that carries each sensitive field; the test fails when a trigger marks one it has no delivery for. */
	const carriers: Record<string, { sample?: string; fixture?: string; headers?: Record<string, string> }> = {
		HipcallTrigger: { fixture: 'Hipcall/call_hangup.json' },
		M8ComTrigger: { sample: 'call recording' },
		ChatVoltUserInfoTrigger: { headers: { authorization: 'Bearer not-for-the-logs', cookie: 'session=not-for-the-logs' } },
	};

	test('only the triggers whose items carry credential-like fields mark any', () => {
		const marking = triggers.filter(({ Node }) => new Node().description.sensitiveOutputFields !== undefined).map(({ name }) => name);
		expect(marking.sort()).toEqual(Object.keys(carriers).sort());
	});

	test.each(Object.entries(carriers))('every field %s marks is in the items of a real delivery', async (name, carrier) => {
		const testCase = cases.find((candidate) => candidate.sample.trigger === name && (!carrier.sample || candidate.sample.label === carrier.sample))!;
		const body = carrier.fixture ? (JSON.parse(fixtureFile(carrier.fixture)) as unknown) : testCase.sample.body;
		const sample = { ...testCase.sample, body };
		const { items } = await deliverTo({ ...testCase, sample }, testCase.declaration.checks.default, { headers: carrier.headers ?? {} });
		const fields = new testCase.Node().description.sensitiveOutputFields!;
		expect(items.length).toBeGreaterThan(0);
		for (const field of fields) {
			// A list of links (M8Com's fileUrls) counts by its entries.
			const values = items.flatMap((item) => valuesAt(item, field.split('.')).flat());
			expect({ field, values }).toEqual({ field, values: expect.arrayContaining([expect.stringMatching(/\S/)]) });
		}
	});
});

test("where n8n's node panel shows a trigger and an action node as one app entry, the entry is found by the trigger's aliases too", () => {
	const aliasesOf = (source: string): string[] =>
		(JSON.parse(fs.readFileSync(source.replace(/\.ts$/, '.json'), 'utf8')) as { alias?: string[] }).alias ?? [];
	const byType = new Map(nodeFiles.map((source) => [path.basename(source, '.node.ts'), source]));
	for (const [className, source] of byType) {
		// n8n merges "<Name>Trigger" into "<Name>" and keeps the action node's codex for the entry.
		const partner = className.endsWith('Trigger') ? byType.get(className.slice(0, -'Trigger'.length)) : undefined;
		if (!partner) continue;
		const entry = aliasesOf(partner).map((alias) => alias.toLowerCase());
		const missing = aliasesOf(source).filter((alias) => !entry.includes(alias.toLowerCase()));
		expect({ className, missing }).toEqual({ className, missing: [] });
	}
});

test('every node is found by its vendor and by "contact center" in the node panel', () => {
	for (const source of nodeFiles) {
		const codex = JSON.parse(fs.readFileSync(source.replace(/\.ts$/, '.json'), 'utf8')) as { alias?: string[]; categories?: string[] };
		const { description } = new ((require(source) as Record<string, new () => { description: INodeTypeDescription }>)[path.basename(source, '.node.ts')])();
		const vendor = description.displayName.split(' ')[0];
		const aliases = (codex.alias ?? []).map((alias) => alias.toLowerCase());
		expect({ node: description.name, vendor: aliases.some((alias) => alias.startsWith(vendor.toLowerCase())), contactCenter: aliases.includes('contact center') }).toEqual({
			node: description.name,
			vendor: true,
			contactCenter: true,
		});
		expect(codex.categories?.length).toBeGreaterThan(0);
	}
});
