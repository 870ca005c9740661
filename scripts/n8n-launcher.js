// Starts a real n8n with this package loaded, headless and offline. Used by `npm start`,
// the e2e tests and the benchmarks, so that all three run n8n the same way.
'use strict';

const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const { PACKAGE_NAME, providePackage } = require('./package-tarball');

const REPO_ROOT = path.resolve(__dirname, '..');

/**
 * The n8n to run: `version`, else N8N_RUNTIME_VERSION, else the pinned one. Its install paths and
 * Node come from scripts/n8n-env.sh, the one place they live.
 */
function runtimePaths(version = process.env.N8N_RUNTIME_VERSION) {
	const out = execFileSync(
		'bash',
		['-c', 'source "$1" && printf "%s\\n%s\\n%s\\n" "$N8N_NODE_BIN" "$N8N_BIN" "$N8N_VERSION"', '_', path.join(__dirname, 'n8n-env.sh')],
		{ encoding: 'utf8', env: { ...process.env, N8N_RUNTIME_VERSION: version ?? '' } },
	).split('\n');
	return { nodeBin: out[0], n8nBin: out[1], n8nVersion: out[2], n8nMajor: Number(out[2].split('.')[0]) };
}

/** Installs that n8n and its Node into .cache/ when missing (a no-op once done). */
function ensureInstalled(version) {
	const paths = runtimePaths(version);
	execFileSync('bash', [path.join(__dirname, 'install-n8n.sh'), paths.n8nVersion], { stdio: ['ignore', 'inherit', 'inherit'] });
	return paths;
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

function bcryptHash(n8nBin, password) {
	const bcrypt = require(path.join(path.dirname(n8nBin), '..', '..', 'bcryptjs'));
	return bcrypt.hashSync(password, 10);
}

/** The environment that makes n8n headless (owner from env), offline and loopback-only. */
function n8nEnvironment({ runtime, port, brokerPort, userFolder, encryptionKey, owner, extra = {} }) {
	return {
		PATH: `${runtime.nodeBin}:${process.env.PATH}`,
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
		// n8n 2.x's default. n8n 1.x defaults to one SQLite connection without WAL (deprecated, its log
		// says): there, concurrent webhook executions that read a Data Table stall and never finish.
		DB_SQLITE_POOL_SIZE: '3',
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
		// n8n 1.x has no such module and refuses to start when asked to disable it.
		...(runtime.n8nMajor >= 2 ? { N8N_DISABLED_MODULES: 'mcp-registry' } : {}),
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: owner.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: owner.firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: owner.lastName,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: bcryptHash(runtime.n8nBin, owner.password),
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

/**
 * n8n 1.x ignores the owner from the environment: it is set up through the editor's first-run
 * form, i.e. POST /rest/owner/setup (refused with 400 once an owner exists, as on a reused user
 * folder). 1.x reports ready a moment before it mounts its REST routes: 404 means "not yet".
 */
async function setUpOwner(baseUrl, owner, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const res = await fetch(`${baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ email: owner.email, firstName: owner.firstName, lastName: owner.lastName, password: owner.password }),
		});
		if (res.ok || res.status === 400) return;
		if (res.status !== 404 || Date.now() > deadline) throw new Error(`owner set-up failed: ${res.status} ${await res.text()}`);
		await new Promise((r) => setTimeout(r, 250));
	}
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
 * `n8nVersion` picks the n8n (default: N8N_RUNTIME_VERSION, else the pinned one); `packageSource`
 * is 'tarball' (the packed package installed as n8n installs community packages) or 'link' (the
 * working tree, for an edit-build-restart loop).
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
	n8nVersion,
	packageSource = 'link',
} = {}) {
	const runtime = ensureInstalled(n8nVersion);
	port = port ?? (await freePort());
	fs.mkdirSync(userFolder, { recursive: true });
	providePackage(userFolder, packageSource, extraPackages);
	const brokerPort = await freePort();
	const env = n8nEnvironment({ runtime, port, brokerPort, userFolder, encryptionKey, owner, extra: extraEnv });
	const logFile = path.join(userFolder, 'n8n.log');
	const stdio = inheritOutput ? 'inherit' : ['ignore', fs.openSync(logFile, 'a'), fs.openSync(logFile, 'a')];
	const child = spawn(path.join(runtime.nodeBin, 'node'), [runtime.n8nBin, ...args], { env, stdio, detached: !inheritOutput });
	const baseUrl = `http://127.0.0.1:${port}`;
	neverOutlive(child);

	// With inherited output n8n shares our terminal and process group: signal n8n alone.
	const stop = () => stopProcess(child, { group: !inheritOutput });

	try {
		await waitForReadiness(baseUrl, child, readyTimeoutMs);
		if (runtime.n8nMajor < 2 && args[0] === 'start') await setUpOwner(baseUrl, owner);
	} catch (error) {
		await stop();
		const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-4000) : '';
		throw new Error(`${error.message}\n--- n8n log ---\n${log}`);
	}
	return { baseUrl, port, userFolder, owner, child, logFile, stop, n8nVersion: runtime.n8nVersion };
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
