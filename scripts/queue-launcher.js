// n8n in queue mode on loopback: a private PostgreSQL and Redis, then n8n's main process, one
// webhook process and two workers, all loading this package and sharing one encryption key.
// Used by `npm run start:queue` and by the queue-mode e2e tests. Every process is stopped by PID.
'use strict';

const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { REPO_ROOT, freePort, neverOutlive, persistedEncryptionKey, startN8n, stopProcess } = require('./n8n-launcher');

function postgresBin() {
	const root = '/usr/lib/postgresql';
	const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
	if (!versions.length) throw new Error('PostgreSQL is not installed: run scripts/install-services.sh');
	return path.join(root, versions[0], 'bin');
}

async function waitFor(check, what, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await check()) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${what} did not come up within ${timeoutMs} ms`);
}

/** PostgreSQL refuses to run as root: the data folder belongs to the `postgres` user when we are root. */
function asPostgres(command, args, options = {}) {
	const isRoot = process.getuid && process.getuid() === 0;
	return isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args], options] : [command, args, options];
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who must be able to reach its data folder. A
 * checkout under a private home folder is out of its reach: the data then goes to a temporary folder.
 */
function reachableByPostgres(dir) {
	if (!(process.getuid && process.getuid() === 0)) return dir;
	fs.mkdirSync(dir, { recursive: true });
	try {
		execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', dir], { stdio: 'ignore' });
		return dir;
	} catch {
		const tmp = fs.mkdtempSync(path.join(require('os').tmpdir(), 'contact-center-postgres-'));
		console.warn(`[queue] ${dir} is not reachable by the postgres user; PostgreSQL data goes to ${tmp}`);
		return tmp;
	}
}

/**
 * `durable: false` is for test runs, whose data is thrown away: PostgreSQL skips fsync and Redis
 * keeps nothing on disk. A person's `npm run start:queue` keeps both on, so a crash loses no execution.
 */
async function startPostgres(wanted, durable) {
	const dir = reachableByPostgres(wanted);
	const bin = postgresBin();
	const data = path.join(dir, 'data');
	const sockets = path.join(dir, 'run');
	fs.mkdirSync(sockets, { recursive: true });
	if (process.getuid && process.getuid() === 0) execFileSync('chown', ['-R', 'postgres', dir]);
	if (!fs.existsSync(path.join(data, 'PG_VERSION'))) {
		execFileSync(...asPostgres(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8'], { stdio: 'ignore' }));
	}
	const port = await freePort();
	const [cmd, args] = asPostgres(path.join(bin, 'postgres'), [
		'-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${sockets}`,
		'-c', 'max_connections=200', ...(durable ? [] : ['-c', 'fsync=off']),
	]);
	const log = fs.openSync(path.join(dir, 'postgres.log'), 'a');
	const child = spawn(cmd, args, { stdio: ['ignore', log, log], detached: true });
	neverOutlive(child);
	const psql = (sql, database = 'postgres') =>
		execFileSync(
			...asPostgres(path.join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', database, '-tAc', sql], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
				maxBuffer: 256 * 1024 * 1024,
			}),
		);
	// A temporary data folder (see reachableByPostgres) goes when PostgreSQL stops.
	const removeData = dir === wanted ? () => {} : () => fs.rmSync(dir, { recursive: true, force: true });
	await stoppedOnFailure(child, waitFor(() => {
		try {
			psql('select 1');
			return true;
		} catch {
			return child.exitCode !== null ? Promise.reject(new Error('postgres exited; see postgres.log')) : false;
		}
	}, 'PostgreSQL'), removeData);
	if (!psql("select 1 from pg_database where datname = 'n8n'").trim()) psql('create database n8n');
	return { port, child, psql, name: 'postgres', removeData };
}

async function startRedis(dir, durable) {
	const port = await freePort();
	fs.mkdirSync(dir, { recursive: true });
	const log = fs.openSync(path.join(dir, 'redis.log'), 'a');
	const persistence = durable ? ['--appendonly', 'yes'] : ['--save', '', '--appendonly', 'no'];
	const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, ...persistence], {
		stdio: ['ignore', log, log],
		detached: true,
	});
	neverOutlive(child);
	await stoppedOnFailure(child, waitFor(async () => {
		try {
			execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'ignore' });
			return true;
		} catch {
			return false;
		}
	}, 'Redis'));
	return { port, child, name: 'redis' };
}

/** Waits for `ready`; if it fails, stops the child (and runs `cleanup`) before passing the error on. */
async function stoppedOnFailure(child, ready, cleanup = () => {}) {
	try {
		await ready;
	} catch (error) {
		await stopProcess(child);
		cleanup();
		throw error;
	}
}

/**
 * Starts the whole queue-mode set-up in `dir` (default .queue/ in the repo, git-ignored).
 * Resolves with the main and webhook base URLs, the workers, and `stop()` that ends everything.
 */
async function startQueue({ dir = path.join(REPO_ROOT, '.queue'), workers = 2, concurrency = 10, extraEnv = {}, mainPort, webhookPort, durable = true, packageSource = 'link' } = {}) {
	fs.mkdirSync(dir, { recursive: true });
	const started = [];
	const stopAll = async () => {
		// n8n first (workers finish their jobs), then Redis and PostgreSQL.
		const n8nProcs = started.filter((p) => p.stop).reverse();
		for (const p of n8nProcs) await p.stop();
		for (const p of started.filter((p) => !p.stop).reverse()) {
			await stopProcess(p.child);
			p.removeData?.();
		}
	};
	try {
		const pg = await startPostgres(path.join(dir, 'postgres'), durable);
		started.push(pg);
		const redis = await startRedis(path.join(dir, 'redis'), durable);
		started.push(redis);
		const shared = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(pg.port),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'postgres',
			DB_POSTGRESDB_PASSWORD: '',
			N8N_ENCRYPTION_KEY: persistedEncryptionKey(dir),
			...extraEnv,
		};
		webhookPort = webhookPort ?? (await freePort());
		const webhookUrl = { N8N_WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/`, WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/` };
		const main = await startN8n({ userFolder: path.join(dir, 'main'), port: mainPort, encryptionKey: shared.N8N_ENCRYPTION_KEY, packageSource, extraEnv: { ...shared, ...webhookUrl } });
		started.push(main);
		const workerProcs = [];
		for (let i = 1; i <= workers; i++) {
			const healthPort = await freePort();
			const worker = await startN8n({
				userFolder: path.join(dir, `worker-${i}`),
				port: healthPort,
				encryptionKey: shared.N8N_ENCRYPTION_KEY, packageSource,
				args: ['worker', `--concurrency=${concurrency}`],
				extraEnv: { ...shared, N8N_LOG_LEVEL: 'info', QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(healthPort), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' },
			});
			started.push(worker);
			workerProcs.push(worker);
		}
		const webhook = await startN8n({
			userFolder: path.join(dir, 'webhook'),
			port: webhookPort,
			encryptionKey: shared.N8N_ENCRYPTION_KEY, packageSource,
			args: ['webhook'],
			extraEnv: { ...shared, ...webhookUrl },
		});
		started.push(webhook);
		return { main, webhook, workers: workerProcs, postgres: pg, redis, stop: stopAll };
	} catch (error) {
		await stopAll();
		throw error;
	}
}

module.exports = { startQueue };
