// Starts a fresh n8n for one test file, with an authenticated client, and stops it afterwards.
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

import { N8nClient } from './n8nClient';

/** The repository root: the nearest folder above this file that holds the launcher (also when compiled elsewhere). */
function findRepoRoot(dir: string): string {
	while (!fs.existsSync(path.join(dir, 'scripts', 'n8n-launcher.js'))) {
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error('scripts/n8n-launcher.js not found above ' + __dirname);
		dir = parent;
	}
	return dir;
}

const launcher = require(path.join(findRepoRoot(__dirname), 'scripts', 'n8n-launcher.js')) as {
	REPO_ROOT: string;
	startN8n(options: { userFolder: string; extraEnv?: Record<string, string>; packageSource?: string; extraPackages?: string[] }): Promise<{
		baseUrl: string;
		n8nVersion: string;
		owner: { email: string; password: string };
		logFile: string;
		stop(): Promise<void>;
	}>;
};

export const REPO_ROOT = launcher.REPO_ROOT;

/**
 * How the tests load the package: 'tarball' (default) installs the packed package as n8n installs a
 * community package, so that a file missing from `files` or a path that works only from the source
 * tree fails here; E2E_PACKAGE_SOURCE=link loads the working tree through a symlink instead.
 * The n8n version is N8N_RUNTIME_VERSION's, else the pinned one (scripts/n8n-env.sh).
 */
export const E2E_PACKAGE_SOURCE = process.env.E2E_PACKAGE_SOURCE ?? 'tarball';

export interface TestN8n {
	baseUrl: string;
	/** The version of the n8n under test, e.g. '2.41.1'. */
	n8nVersion: string;
	client: N8nClient;
	/** The production URL of a webhook path, e.g. webhookUrl('abc/default'). */
	webhookUrl(pathAfterWebhook: string): string;
	logFile: string;
	stop(): Promise<void>;
}

/** `extraPackages`: folders of other community packages to install beside ours (the bench's ceiling trigger). */
export async function startTestN8n(extraEnv: Record<string, string> = {}, extraPackages: string[] = []): Promise<TestN8n> {
	const userFolder = path.join(launcher.REPO_ROOT, '.e2e', `n8n-${Date.now()}-${randomBytes(3).toString('hex')}`);
	const n8n = await launcher.startN8n({ userFolder, extraEnv, packageSource: E2E_PACKAGE_SOURCE, extraPackages });
	const client = new N8nClient(n8n.baseUrl);
	try {
		await client.authenticate(n8n.owner);
	} catch (error) {
		await n8n.stop();
		throw error;
	}
	return {
		baseUrl: n8n.baseUrl,
		n8nVersion: n8n.n8nVersion,
		client,
		logFile: n8n.logFile,
		webhookUrl: (p) => `${n8n.baseUrl}/webhook/${p}`,
		stop: async () => {
			await n8n.stop();
			if (!process.env.KEEP_E2E) fs.rmSync(userFolder, { recursive: true, force: true });
		},
	};
}

/** Loads an example workflow from examples/ (or any JSON path relative to the repo). */
export function loadWorkflow(relativePath: string) {
	return JSON.parse(fs.readFileSync(path.join(launcher.REPO_ROOT, relativePath), 'utf8'));
}
