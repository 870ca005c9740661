// Every workflow in examples/ imports into real n8n as it is and activates, so that none can rot.
// The credentials an example names are created first (placeholder values that satisfy the
// credential's schema) and swapped in, as a user does when importing a shared workflow.
import * as fs from 'fs';
import * as path from 'path';
import type { IDataObject } from 'n8n-workflow';

import { REPO_ROOT, startTestN8n, type TestN8n } from './harness';
import type { WorkflowJson } from './n8nClient';

const examplesDir = path.join(REPO_ROOT, 'examples');
const examples = fs.existsSync(examplesDir)
	? fs.readdirSync(examplesDir).filter((file) => file.endsWith('.json')).sort()
	: [];

let n8n: TestN8n;
beforeAll(async () => {
	n8n = await startTestN8n();
});
afterAll(async () => {
	await n8n?.stop();
});

type Schema = { properties?: Record<string, { type?: string; enum?: unknown[] }>; required?: string[] };

/** Placeholder credential data that satisfies the credential type's JSON schema. */
function placeholderData(schema: Schema): IDataObject {
	const data: IDataObject = {};
	for (const name of schema.required ?? []) {
		const property = schema.properties?.[name] ?? {};
		if (property.enum?.length) data[name] = property.enum[0] as string;
		else if (property.type === 'number') data[name] = 1;
		else if (property.type === 'boolean') data[name] = false;
		else data[name] = 'example-placeholder';
	}
	return data;
}

/** What package.json's n8n section lists, as n8n names it: package name + description name. */
function declared(kind: 'nodes' | 'credentials'): string[] {
	const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
	return (pkg.n8n[kind] as string[]).map((file) => {
		// As n8n does: the class named like the file (dist/nodes/X/XTrigger.node.js -> XTrigger).
		const exported = require(path.join(REPO_ROOT, file)) as Record<string, new () => IDataObject>;
		const instance = new exported[path.basename(file).split('.')[0]]();
		const name = kind === 'nodes' ? (instance.description as IDataObject).name : instance.name;
		return kind === 'nodes' ? `${pkg.name}.${name}` : String(name);
	});
}

test('n8n loads every node and credential the package declares', async () => {
	const nodes = await n8n.client.asOwner<Array<{ name: string }>>('/types/nodes.json');
	const credentials = await n8n.client.asOwner<Array<{ name: string }>>('/types/credentials.json');
	const loadedNodes = new Set(nodes.map((node) => node.name));
	const loadedCredentials = new Set(credentials.map((credential) => credential.name));
	expect(declared('nodes').filter((name) => !loadedNodes.has(name))).toEqual([]);
	expect(declared('credentials').filter((name) => !loadedCredentials.has(name))).toEqual([]);
});

test('there are example workflows', () => {
	expect(examples.length).toBeGreaterThan(0);
});

test.each(examples)('%s imports and activates', async (file) => {
	const workflow = JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8')) as WorkflowJson;
	expect(workflow.nodes.length).toBeGreaterThan(0);
	expect(workflow.nodes.some((node) => node.type === 'n8n-nodes-base.stickyNote')).toBe(true);

	await n8n.client.withNewCredentials(workflow, async (type) =>
		placeholderData(await n8n.client.api<Schema>('GET', `/credentials/schema/${type}`)),
	);

	const id = await n8n.client.importAndActivate(workflow);
	const stored = await n8n.client.api<{ active: boolean; nodes: unknown[] }>('GET', `/workflows/${id}`);
	expect(stored.active).toBe(true);
	expect(stored.nodes).toHaveLength(workflow.nodes.length);
	// Examples may share webhook paths; only one is active at a time.
	await n8n.client.api('POST', `/workflows/${id}/deactivate`);
});
