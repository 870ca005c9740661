// What `npm pack` puts in the tarball users install: everything a node needs, nothing else. The
// list comes from `npm pack --dry-run --json` on the built package (run `npm run build` first); the
// e2e suite then installs that tarball into real n8n.
import { execFileSync } from 'child_process';
import { builtinModules } from 'module';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
	name: string;
	peerDependencies?: Record<string, string>;
	dependencies?: Record<string, string>;
	n8n: { nodes: string[]; credentials: string[] };
};

/** Modules n8n puts on the module path of community packages (its NODE_PATH) besides the peer n8n-workflow. */
const PROVIDED_BY_N8N = ['luxon'];

function packedFiles(): Set<string> {
	if (!fs.existsSync(path.join(ROOT, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');
	const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	const [packed] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>;
	return new Set(packed.files.map((file) => file.path));
}

const shipped = packedFiles();
const entries = [...pkg.n8n.nodes, ...pkg.n8n.credentials];

/** The class a node or credential file exports under its own name, as n8n loads it. */
function exported(file: string): { icon?: unknown } {
	const name = path.basename(file).split('.')[0];
	const instance = new (require(path.join(ROOT, file)) as Record<string, new () => Record<string, unknown>>)[name]();
	return (file.startsWith('dist/nodes/') ? instance.description : instance) as { icon?: unknown };
}

/** The files an icon property names (`file:x.svg`, or light and dark ones), relative to the package. */
function iconFiles(file: string): string[] {
	const { icon } = exported(file);
	const names = typeof icon === 'string' ? [icon] : icon && typeof icon === 'object' ? Object.values(icon) : [];
	return names
		.filter((name): name is string => typeof name === 'string' && name.startsWith('file:'))
		.map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(file), name.slice('file:'.length))));
}

const REQUIRE = /\brequire\((["'])([^"']+)\1\)/g;

/** The requires of a shipped JS file: relative ones resolved to package paths, and bare module names. */
function requiresOf(file: string): { local: string[]; modules: string[] } {
	const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
	const local: string[] = [];
	const modules: string[] = [];
	for (const [, , spec] of source.matchAll(REQUIRE)) {
		if (!spec.startsWith('.')) {
			modules.push(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
			continue;
		}
		const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
		local.push([base, `${base}.js`, `${base}.json`, `${base}/index.js`].find((candidate) => shipped.has(candidate)) ?? `${base}(.js)`);
	}
	return { local, modules };
}

/** Every JS file n8n can reach from the declared nodes and credentials, following relative requires. */
function reachable(): { files: Set<string>; missing: string[]; modules: Set<string> } {
	const files = new Set<string>();
	const missing: string[] = [];
	const modules = new Set<string>();
	const queue = [...entries];
	while (queue.length) {
		const file = queue.pop()!;
		if (files.has(file)) continue;
		if (!shipped.has(file)) {
			if (!missing.includes(file)) missing.push(file);
			continue;
		}
		files.add(file);
		const found = requiresOf(file);
		found.modules.forEach((name) => modules.add(name));
		queue.push(...found.local);
	}
	return { files, missing, modules };
}

const graph = reachable();
// Read when a test asks: loading a node that requires a missing file fails that test, not the file.
const iconsByEntry = () => entries.map((file) => [file, iconFiles(file)] as const);
const icons = () => [...new Set(iconsByEntry().flatMap(([, files]) => files))];
// n8n reads a node's codex (categories, aliases, documentation links) from `<file>.node.json`.
const codexFiles = pkg.n8n.nodes.map((file) => file.replace(/\.js$/, '.json'));

test('the tarball holds every node and credential package.json declares to n8n', () => {
	expect(entries.filter((file) => !shipped.has(file))).toEqual([]);
});

test('the tarball holds every file those require', () => {
	expect(graph.missing).toEqual([]);
});

test('the tarball holds every icon a node or credential names', () => {
	expect(iconsByEntry().filter(([, files]) => files.length === 0).map(([file]) => file)).toEqual([]);
	expect(icons().filter((file) => !shipped.has(file))).toEqual([]);
});

test("the tarball holds every node's codex file", () => {
	expect(codexFiles.filter((file) => !shipped.has(file))).toEqual([]);
});

test('shipped code needs no module beyond Node, the peer n8n-workflow and what n8n provides', () => {
	// No runtime dependencies: n8n's verification rule, and n8n installs community packages without them.
	expect(pkg.dependencies ?? {}).toEqual({});
	const allowed = new Set([...builtinModules, ...Object.keys(pkg.peerDependencies ?? {}), ...PROVIDED_BY_N8N]);
	expect([...graph.modules].filter((name) => !allowed.has(name.replace(/^node:/, '')))).toEqual([]);
});

test('the tarball holds nothing else: no sources, tests, fixtures, source maps, type declarations or dev files', () => {
	const needed = new Set([...graph.files, ...icons(), ...codexFiles, 'package.json', 'README.md', 'LICENSE']);
	expect([...shipped].filter((file) => !needed.has(file)).sort()).toEqual([]);
	// Named as well, so that a broken rule above cannot let these through.
	const devFile = /(^|\/)(test|tests|__tests__|fixtures|bench|scripts|examples|docs|\.ci)\/|\.(ts|map|tsbuildinfo)$|(^|\/)(tsconfig[^/]*\.json|eslint\.config\.[cm]?js|gulpfile\.js|jest\.config\.js|\.npmrc)$/;
	expect([...shipped].filter((file) => devFile.test(file))).toEqual([]);
});
