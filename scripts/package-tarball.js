// The package as users get it: `npm pack` of the built package, installed into an n8n user folder's
// `.n8n/nodes` with npm the way n8n installs community packages. The e2e tests load it this way;
// `npm start` links the working tree instead, so that a rebuild shows after a restart.
'use strict';

const { execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const REPO_ROOT = path.resolve(__dirname, '..');
const PACKAGE_NAME = require(path.join(REPO_ROOT, 'package.json')).name;
// Besides dist/, npm packs these whatever `files` says.
const ALWAYS_PACKED = ['package.json', 'README.md', 'LICENSE'];

function filesUnder(dir) {
	if (!fs.existsSync(dir)) return [];
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(full) : [full];
	});
}

/** A hash of everything `npm pack` reads: a new build or a package.json edit makes a new tarball. */
function packInputsHash() {
	const hash = crypto.createHash('sha256');
	const inputs = [...filesUnder(path.join(REPO_ROOT, 'dist')), ...ALWAYS_PACKED.map((file) => path.join(REPO_ROOT, file))];
	for (const file of inputs.filter((f) => fs.existsSync(f)).sort()) {
		hash.update(path.relative(REPO_ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * Packs the package once per build: `.e2e/pack/<hash of dist and package.json>/<name>-<version>.tgz`.
 * Every test file of a run (and every process of a queue) installs the same tarball.
 */
function packTarball() {
	if (!fs.existsSync(path.join(REPO_ROOT, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first');
	const dir = path.join(REPO_ROOT, '.e2e', 'pack', packInputsHash());
	const existing = fs.existsSync(dir) ? fs.readdirSync(dir).find((file) => file.endsWith('.tgz')) : undefined;
	if (existing) return path.join(dir, existing);
	const tmp = path.join(REPO_ROOT, '.e2e', `pack.tmp-${process.pid}`);
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp, { recursive: true });
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
	);
	// Tarballs of older builds are of no further use.
	fs.mkdirSync(path.dirname(dir), { recursive: true });
	for (const old of fs.readdirSync(path.dirname(dir))) fs.rmSync(path.join(path.dirname(dir), old), { recursive: true, force: true });
	fs.renameSync(tmp, dir);
	return path.join(dir, packed.filename);
}

/** n8n's ledger of installed community packages: `.n8n/nodes/package.json`, as n8n writes it. */
function nodesFolder(userFolder) {
	const dir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(dir, { recursive: true });
	const manifest = path.join(dir, 'package.json');
	if (!fs.existsSync(manifest)) {
		fs.writeFileSync(manifest, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2));
	}
	return dir;
}

/**
 * Installs the tarball as n8n's community-packages service does (1.123 and 2.41 alike), with the
 * local tarball in place of the one `npm pack <name>@<version>` downloads: unpack it into
 * `.n8n/nodes/node_modules/<name>`, drop dev, peer and optional dependencies from its package.json,
 * `npm install` there (no scripts, audit, bin links or lockfile, a shallow tree), and record the
 * version in `.n8n/nodes/package.json`. Offline: anything npm would have to download fails the
 * install instead, and npm must have added nothing (the package has no runtime dependencies).
 */
function installTarball(userFolder, tarball) {
	const dir = nodesFolder(userFolder);
	const target = path.join(dir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
	const manifestPath = path.join(target, 'package.json');
	const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
	for (const key of ['devDependencies', 'peerDependencies', 'optionalDependencies']) delete manifest[key];
	fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	const args = ['install', '--offline', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow', '--ignore-scripts=true', '--package-lock=false'];
	try {
		execFileSync('npm', args, { cwd: target, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (error) {
		throw new Error(`npm install in ${target} failed:\n${error.stderr || error.message}`);
	}
	const added = path.join(target, 'node_modules');
	if (fs.existsSync(added) && fs.readdirSync(added).some((name) => !name.startsWith('.'))) {
		throw new Error(`npm installed dependencies of ${PACKAGE_NAME}: ${fs.readdirSync(added).join(', ')}`);
	}
	const ledgerPath = path.join(dir, 'package.json');
	const ledger = JSON.parse(fs.readFileSync(ledgerPath, 'utf8'));
	ledger.dependencies = { ...ledger.dependencies, [PACKAGE_NAME]: manifest.version };
	fs.writeFileSync(ledgerPath, JSON.stringify(ledger, null, 2));
}

/**
 * Links a package folder under its package.json name instead: the working tree (`npm start`'s
 * edit, build and restart loop) or another community package beside ours (the bench's ceiling trigger).
 */
function linkFolder(userFolder, dir) {
	const modules = path.join(nodesFolder(userFolder), 'node_modules');
	fs.mkdirSync(modules, { recursive: true });
	const link = path.join(modules, JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name);
	fs.rmSync(link, { force: true, recursive: true });
	fs.symlinkSync(dir, link, 'dir');
}

/**
 * Puts the package where n8n finds community packages: `source` is 'tarball' or 'link';
 * `extraPackages` are folders of other packages, linked beside it.
 */
function providePackage(userFolder, source, extraPackages = []) {
	if (source === 'link') linkFolder(userFolder, REPO_ROOT);
	else if (source === 'tarball') installTarball(userFolder, packTarball());
	else throw new Error(`unknown package source "${source}" (expected "tarball" or "link")`);
	for (const dir of extraPackages) linkFolder(userFolder, dir);
}

module.exports = { PACKAGE_NAME, packTarball, installTarball, providePackage };
