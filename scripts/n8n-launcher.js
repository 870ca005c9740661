// Starts a real n8n with this package loaded, headless and offline. Used by `npm start`,
// the e2e tests and the benchmarks, so that all three run n8n the same way.
'use strict';

const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const REPO_ROOT = path.resolve(__dirname, '..');
const PACKAGE_NAME = require(path.join(REPO_ROOT, 'package.json')).name;

/** Reads the pinned versions and install paths from scripts/n8n-env.sh, the one place they live. */
function runtimePaths() {
	const out = execFileSync(
		'bash',
		['-c', 'source "$1" && printf "%s\\n%s\\n%s\\n" "$NODE24_BIN" "$N8N_BIN" "$N8N_VERSION"', '_', path.join(__dirname, 'n8n-env.sh')],
		{ encoding: 'utf8' },
	).split('\n');
	return { node24Bin: out[0], n8nBin: out[1], n8nVersion: out[2] };
}

/** Installs Node 24 and n8n into .cache/ when missing (a no-op once done). */
function ensureInstalled() {
	execFileSync('bash', [path.join(__dirname, 'install-n8n.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
	return runtimePaths();
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/**
 * Makes n8n find this package (and `extraPackages`, folders of other community packages such as
 * the bench's ceiling trigger) the way it finds one installed from the community-nodes panel.
 */
function linkPackage(userFolder, extraPackages = []) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes', 'node_modules');
	fs.mkdirSync(nodesDir, { recursive: true });
	for (const dir of [REPO_ROOT, ...extraPackages]) {
		const name = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name;
		const link = path.join(nodesDir, name);
		fs.rmSync(link, { force: true, recursive: true });
		fs.symlinkSync(dir, link, 'dir');
	}
	// n8n reads the nodes folder's package.json to know which community packages are installed.
	const manifest = path.join(userFolder, '.n8n', 'nodes', 'package.json');
	if (!fs.existsSync(manifest)) {
		fs.writeFileSync(manifest, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2));
	}
}

function bcryptHash(password) {
	const { n8nBin } = runtimePaths();
	const bcrypt = require(path.join(path.dirname(n8nBin), '..', '..', 'bcryptjs'));
	return bcrypt.hashSync(password, 10);
}

/** The environment that makes n8n headless (owner from env), offline and loopback-only. */
function n8nEnvironment({ port, brokerPort, userFolder, encryptionKey, owner, extra = {} }) {
	const { node24Bin } = runtimePaths();
	return {
		PATH: `${node24Bin}:${process.env.PATH}`,
		HOME: process.env.HOME,
		TZ: process.env.TZ ?? 'UTC',
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: encryptionKey,
		N8N_PORT: String(port),
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_DISABLED_MODULES: 'mcp-registry',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: owner.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: owner.firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: owner.lastName,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: bcryptHash(owner.password),
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'warn',
		// n8n 2.x holds an expression isolate for the whole webhook phase of every community trigger
		// (until the answer is sent). With the default pool of one, answering triggers (lookups,
		// "acknowledge when finished") are served one at a time; a small pool serves them in parallel.
		N8N_EXPRESSION_ENGINE_POOL_SIZE: process.env.N8N_EXPRESSION_ENGINE_POOL_SIZE ?? '8',
		...extra,
	};
}

async function waitForReadiness(baseUrl, child, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n exited with code ${child.exitCode} before it was ready`);
		try {
			const res = await fetch(`${baseUrl}/healthz/readiness`);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`n8n was not ready after ${timeoutMs} ms`);
}

// Whatever happens to the process that started them, n8n and the databases do not outlive it.
const running = new Set();
process.once('exit', () => {
	for (const child of running) {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			child.kill('SIGKILL');
		}
	}
});

/**
 * Stops a child: SIGTERM (to its process group when it has one), SIGKILL after the grace period,
 * and resolves when it has exited.
 */
async function stopProcess(child, { group = true, graceMs = 15_000 } = {}) {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	const kill = (signal) => {
		try {
			if (group) process.kill(-child.pid, signal);
			else child.kill(signal);
		} catch {
			// already gone
		}
	};
	kill('SIGTERM');
	const timer = setTimeout(() => kill('SIGKILL'), graceMs);
	await exited;
	clearTimeout(timer);
}

/** The encryption key kept in `dir`, made once: it protects the credentials saved with the data. */
function persistedEncryptionKey(dir) {
	const file = path.join(dir, 'encryption-key');
	if (!fs.existsSync(file)) {
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(file, require('crypto').randomBytes(24).toString('hex'), { mode: 0o600 });
	}
	return fs.readFileSync(file, 'utf8').trim();
}

/** Kills the child's process group when this process exits, should it still run then. */
function neverOutlive(child) {
	running.add(child);
	child.once('exit', () => running.delete(child));
}

// A signal would end the process without 'exit' handlers: turn it into an exit, unless the program
// (npm start, npm run start:queue) handles the signal itself to stop gracefully.
for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]]) {
	process.once(signal, () => {
		if (process.listenerCount(signal) === 0) process.exit(code);
	});
}

const DEFAULT_OWNER = {
	email: 'owner@example.com',
	firstName: 'Local',
	lastName: 'Owner',
	password: 'Contact-Center-1',
};

/**
 * Starts `n8n start` and resolves once it is ready. The returned `stop()` ends it and waits.
 * Output goes to `<userFolder>/n8n.log` (or to this process's terminal with `inheritOutput`).
 */
async function startN8n({
	port,
	userFolder,
	encryptionKey = 'contact-center-local-encryption-key',
	owner = DEFAULT_OWNER,
	extraEnv = {},
	extraPackages = [],
	inheritOutput = false,
	readyTimeoutMs = 120_000,
	args = ['start'],
} = {}) {
	const { node24Bin, n8nBin } = ensureInstalled();
	port = port ?? (await freePort());
	fs.mkdirSync(userFolder, { recursive: true });
	linkPackage(userFolder, extraPackages);
	const brokerPort = await freePort();
	const env = n8nEnvironment({ port, brokerPort, userFolder, encryptionKey, owner, extra: extraEnv });
	const logFile = path.join(userFolder, 'n8n.log');
	const stdio = inheritOutput ? 'inherit' : ['ignore', fs.openSync(logFile, 'a'), fs.openSync(logFile, 'a')];
	const child = spawn(path.join(node24Bin, 'node'), [n8nBin, ...args], { env, stdio, detached: !inheritOutput });
	const baseUrl = `http://127.0.0.1:${port}`;
	neverOutlive(child);

	// With inherited output n8n shares our terminal and process group: signal n8n alone.
	const stop = () => stopProcess(child, { group: !inheritOutput });

	try {
		await waitForReadiness(baseUrl, child, readyTimeoutMs);
	} catch (error) {
		await stop();
		const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-4000) : '';
		throw new Error(`${error.message}\n--- n8n log ---\n${log}`);
	}
	return { baseUrl, port, userFolder, owner, child, logFile, stop };
}

module.exports = {
	REPO_ROOT,
	PACKAGE_NAME,
	DEFAULT_OWNER,
	ensureInstalled,
	freePort,
	neverOutlive,
	persistedEncryptionKey,
	runtimePaths,
	startN8n,
	stopProcess,
};
