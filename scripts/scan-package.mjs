// n8n's verification scan, run here before a release: the rule set of @n8n/scan-community-package
// (0.32.0), applied as the scanner applies it, to the sources it lints and to the packed tarball.
//
// What the scanner does, read from its scanner.mjs: ESLint with no config file of the package's
// own and inline `eslint-disable` comments ignored; @n8n/eslint-plugin-community-nodes' recommended
// config on every file, `no-console` as an error, eslint-plugin-n8n-nodes-base's community rules on
// package.json and its credentials and nodes rules on `.ts` sources (five rules off, listed below);
// the TypeScript parser for `.ts` and `.json`. It lints two trees: the source checkout the npm
// provenance points at (package.json and nodes/, credentials/ `.js`, `.ts`, `.json`) and the
// published tarball, unpacked (every `.js` and package.json). The scanner itself cannot be
// installed here (its pinned typescript 7 breaks the install): this script uses this repo's
// devDependencies, the same plugins at the versions package.json pins.
//
//   node scripts/scan-package.mjs   exits 1 and prints ESLint's report when a rule fails
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { packTarball } = createRequire(import.meta.url)('./package-tarball.js');

/** The scanner's rule set, as a flat ESLint config. */
const scanConfig = [
	n8nCommunityNodesPlugin.configs.recommended,
	{ rules: { 'no-console': 'error' } },
	{ plugins: { 'n8n-nodes-base': n8nNodesBase } },
	{ files: ['package.json'], rules: n8nNodesBase.configs.community.rules },
	{
		files: ['**/credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['**/nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	{ files: ['**/*.json', '**/*.ts'], languageOptions: { parser: tsParser } },
];

async function lint(cwd, patterns) {
	const eslint = new ESLint({ cwd, allowInlineConfig: false, overrideConfigFile: true, overrideConfig: scanConfig });
	const results = await eslint.lintFiles(patterns);
	const failed = results.filter((result) => result.errorCount > 0);
	const report = failed.length ? await (await eslint.loadFormatter('stylish')).format(failed) : '';
	return { files: results.length, failed: failed.length, report };
}

/** The tarball users install, unpacked as the scanner unpacks it. */
function unpackTarball() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contact-center-scan-'));
	execFileSync('tar', ['-xzf', packTarball(), '-C', dir, '--strip-components=1']);
	return dir;
}

const unpacked = unpackTarball();
try {
	const legs = [
		['sources', await lint(REPO_ROOT, ['package.json', '{nodes,credentials}/**/*.{js,ts,json}'])],
		['tarball', await lint(unpacked, ['**/*.js', 'package.json'])],
	];
	let failed = false;
	for (const [name, result] of legs) {
		process.stdout.write(`[scan] ${name}: ${result.files} files linted, ${result.failed} with errors\n${result.report}`);
		failed ||= result.failed > 0;
	}
	process.exitCode = failed ? 1 : 0;
} finally {
	fs.rmSync(unpacked, { recursive: true, force: true });
}
