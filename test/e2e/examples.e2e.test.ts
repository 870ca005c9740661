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

type Property = { type?: string; enum?: unknown[] };
type Dependency = {
	if?: { properties?: Record<string, { enum?: unknown[] }> };
	then?: { allOf?: Array<{ required?: string[] }> };
	else?: { allOf?: Array<{ not?: { required?: string[] } }> };
};
type Schema = { properties?: Record<string, Property>; required?: string[]; allOf?: Dependency[] };

/**
 * Placeholder credential data that satisfies the credential type's JSON schema. n8n 1.x adds
 * `allOf` conditions for fields shown only for some values of another: such a field is required
 * when the condition holds (also when the other field is absent) and must be absent otherwise.
 */
function placeholderData(schema: Schema): IDataObject {
	const data: IDataObject = {};
	const fill = (name: string) => {
		if (name in data) return false;
		const property = schema.properties?.[name] ?? {};
		if (property.enum?.length) data[name] = property.enum[0] as string;
		else if (property.type === 'number') data[name] = 1;
		else if (property.type === 'boolean') data[name] = false;
		else data[name] = 'example-placeholder';
		return true;
	};
	(schema.required ?? []).forEach(fill);
	for (let changed = true, round = 0; changed && round < 10; round++) {
		changed = false;
		for (const dependency of schema.allOf ?? []) {
			const holds = Object.entries(dependency.if?.properties ?? {}).every(
				([name, condition]) => !(name in data) || !condition.enum || condition.enum.includes(data[name]),
			);
			if (holds) {
				for (const { required = [] } of dependency.then?.allOf ?? []) changed = required.map(fill).some(Boolean) || changed;
			} else {
				for (const { not } of dependency.else?.allOf ?? []) {
					for (const name of not?.required ?? []) if (name in data) changed = delete data[name];
				}
			}
		}
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
