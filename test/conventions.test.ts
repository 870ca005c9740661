// Every node and credential that package.json declares to n8n follows n8n's conventions for its
// kind: triggers, action nodes, response nodes, webhook-secret and API credentials.
import * as fs from 'fs';
import * as path from 'path';
import type { ICredentialType, INodeType } from 'n8n-workflow';

const ROOT = path.join(__dirname, '..');
const declared = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } }).n8n;

/** The TypeScript source of a declared dist file, and the class it exports under the file's name. */
function load<T>(distFile: string): { source: string; name: string; instance: T } {
	const source = path.join(ROOT, distFile.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
	const name = path.basename(source).replace(/\.(node|credentials)\.ts$/, '');
	const exported = (require(source) as Record<string, new () => T>)[name];
	return { source, name, instance: new exported() };
}

const nodes = declared.nodes.map((file) => load<INodeType>(file));

type Kind = 'trigger' | 'response' | 'action';
/** A node's kind as its name says it (the file's and class's, or the type name): *Trigger, *Response, else an action node. */
const kindByName = (name: string): Kind => (/Trigger$/.test(name) ? 'trigger' : /Response$/.test(name) ? 'response' : 'action');
/** A node's kind as its description says it: in the trigger group, offered as an AI tool (action), or neither (response). */
const kindByDescription = ({ group, usableAsTool }: INodeType['description']): Kind =>
	group.includes('trigger') ? 'trigger' : usableAsTool === true ? 'action' : 'response';

const triggers = nodes.filter((node) => kindByName(node.name) === 'trigger');
const responders = nodes.filter((node) => kindByName(node.name) === 'response');
const actions = nodes.filter((node) => kindByName(node.name) === 'action');

test('the package declares every node and credential in its sources', () => {
	const sources = (dir: string, suffix: string) =>
		fs
			.readdirSync(path.join(ROOT, dir), { recursive: true })
			.map(String)
			.filter((file) => file.endsWith(suffix))
			.map((file) => `dist/${dir}/${file.replace(/\.ts$/, '.js')}`)
			.sort();
	expect([...declared.nodes].sort()).toEqual(sources('nodes', '.node.ts'));
	expect([...declared.credentials].sort()).toEqual(sources('credentials', '.credentials.ts'));
});

test('each node is the kind its file name says: the description agrees, and so does its type name', () => {
	const byName = nodes.map((node) => [node.name, kindByName(node.name)]);
	expect(nodes.map((node) => [node.name, kindByDescription(node.instance.description)])).toEqual(byName);
	expect(nodes.map((node) => [node.name, kindByName(node.instance.description.name)])).toEqual(byName);
});

describe.each(nodes.map((node) => [node.name, node] as const))('%s', (_, { source, instance }) => {
	const { description } = instance;

	test('has light and dark SVG icons of its own next to it', () => {
		const icon = description.icon as { light: string; dark: string };
		for (const file of [icon.light, icon.dark]) {
			expect(file).toMatch(/^file:.+\.svg$/);
			const svg = fs.readFileSync(path.join(path.dirname(source), file.replace(/^file:/, '')), 'utf8');
			expect(svg).toMatch(/<svg[\s>]/);
		}
		expect(icon.light).not.toBe(icon.dark);
	});

	test('has a plain-English display name and description', () => {
		expect(description.displayName).toMatch(/^[A-Z][A-Za-z0-9 ]+$/);
		expect(description.description).toMatch(/^[A-Z].{10,}$/);
	});
});

describe.each(triggers.map((node) => [node.name, node] as const))('trigger %s', (name, { instance }) => {
	const { description } = instance;

	test('is named *Trigger, takes no input, and is not offered as an AI tool', () => {
		expect(name).toMatch(/Trigger$/);
		expect(description.name).toMatch(/Trigger$/);
		expect(description.inputs).toEqual([]);
		expect(description.usableAsTool).toBeUndefined();
		expect(description.webhooks?.length).toBeGreaterThan(0);
	});

	test('has full webhook methods: the URL is pasted by hand, so n8n is told it exists', async () => {
		const methods = instance.webhookMethods?.default;
		const context = {} as never;
		expect(await methods?.checkExists.call(context)).toBe(true);
		expect(await methods?.create.call(context)).toBe(true);
		expect(await methods?.delete.call(context)).toBe(true);
	});
});

describe.each(actions.map((node) => [node.name, node] as const))('action node %s', (_, { instance }) => {
	test('can be used as an AI tool, takes items in and gives items out, with credentials', () => {
		const { description } = instance;
		expect(description.usableAsTool).toBe(true);
		expect(description.inputs).toEqual(['main']);
		expect(description.outputs).toEqual(['main']);
		expect(typeof instance.execute).toBe('function');
	});
});

describe.each(responders.map((node) => [node.name, node] as const))('response node %s', (_, { instance }) => {
	test('answers the webhook that started the workflow, so it is no AI tool', () => {
		const { description } = instance;
		expect(description).toHaveProperty('usableAsTool', undefined);
		expect(description.inputs).toEqual(['main']);
		expect(typeof instance.execute).toBe('function');
	});
});

const credentials = declared.credentials.map((file) => load<ICredentialType>(file));

describe.each(credentials.map((credential) => [credential.name, credential] as const))('credential %s', (_, { instance }) => {
	const usedBy = nodes.filter((node) => (node.instance.description.credentials ?? []).some((c) => c.name === instance.name));

	test('is used by a node of the package', () => {
		expect(usedBy.length).toBeGreaterThan(0);
	});

	// What a trigger checks deliveries with (a secret, or Basic Auth such as hipcallRoutingApi) is
	// used by triggers only; everything else is an API key.
	if (usedBy.length > 0 && usedBy.every((node) => kindByName(node.name) === 'trigger')) {
		test('a webhook secret: checked by its trigger\'s own credential test (the vendors offer no endpoint)', () => {
			for (const node of usedBy) {
				const reference = node.instance.description.credentials!.find((c) => c.name === instance.name)!;
				expect(reference.testedBy).toEqual(expect.any(String));
				expect(node.instance.methods?.credentialTest?.[reference.testedBy as string]).toEqual(expect.any(Function));
			}
		});
	} else {
		test('a vendor API key: authenticates requests and has a test request', () => {
			expect(instance.authenticate).toBeDefined();
			expect(instance.test?.request.url).toEqual(expect.any(String));
		});
	}
});

/** Every `file:` icon a node or credential names (light and dark, or one for both). */
function iconFiles(icon: unknown): string[] {
	const values = typeof icon === 'string' ? [icon] : Object.values((icon ?? {}) as Record<string, unknown>);
	return values.filter((value): value is string => typeof value === 'string' && value.startsWith('file:')).map((value) => value.replace(/^file:/, ''));
}

describe('icons in the built package', () => {
	// tsc puts <dir>/<file>.js at dist/<dir>/<file>.js (see the declared paths above) and gulp copies
	// its assets to the same paths under dist/, so an icon path resolves in dist/ exactly when it
	// names, relative to the source file, a file that gulp copies.
	let copied: string[];
	beforeAll(async () => {
		const { assets } = require(path.join(ROOT, 'gulpfile.js')) as { assets: string[] };
		const { src } = require('gulp') as { src(globs: string[], options: object): NodeJS.ReadableStream };
		copied = await new Promise<string[]>((resolve, reject) => {
			const files: string[] = [];
			src(assets, { cwd: ROOT, base: ROOT, read: false })
				.on('data', (file: { relative: string }) => files.push(file.relative.split(path.sep).join('/')))
				.on('error', reject)
				.on('end', () => resolve(files));
		});
	});

	const referencing = [
		...nodes.map(({ source, instance }) => [path.relative(ROOT, source), iconFiles(instance.description.icon)] as const),
		...declared.credentials.map((file) => load<ICredentialType>(file)).map(({ source, instance }) => [path.relative(ROOT, source), iconFiles(instance.icon)] as const),
	];

	test.each(referencing)('%s: every icon it references is copied to dist/ next to its compiled file', (source, icons) => {
		expect(icons.length).toBeGreaterThan(0);
		for (const icon of icons) {
			const target = path.posix.normalize(path.posix.join(path.posix.dirname(source.split(path.sep).join('/')), icon));
			expect(target).not.toMatch(/^\.\.\//);
			expect(fs.readFileSync(path.join(ROOT, target), 'utf8')).toMatch(/<svg[\s>]/);
			expect(copied).toContain(target);
		}
	});
});
