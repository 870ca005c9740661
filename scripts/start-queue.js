// Runs the queue-mode set-up in the foreground for a person; Ctrl-C stops every process it started.
'use strict';

const path = require('path');
const { REPO_ROOT, DEFAULT_OWNER } = require('./n8n-launcher');
const { startQueue } = require('./queue-launcher');

const mainPort = Number(process.env.N8N_PORT ?? 5678);
const webhookPort = Number(process.env.N8N_WEBHOOK_PORT ?? mainPort + 1);

async function main() {
	console.log('Starting PostgreSQL, Redis and n8n in queue mode (data in .queue/) ...');
	const queue = await startQueue({ dir: path.join(REPO_ROOT, '.queue'), mainPort, webhookPort });
	console.log('');
	console.log(`  n8n editor (main):    ${queue.main.baseUrl}/`);
	console.log(`  login:                ${DEFAULT_OWNER.email}`);
	console.log(`  password:             ${DEFAULT_OWNER.password}`);
	console.log(`  webhooks (webhook process): ${queue.webhook.baseUrl}/webhook/...`);
	console.log(`  workers:              ${queue.workers.length}, executions run there`);
	console.log('');
	console.log('Press Ctrl-C to stop.');
	let stopping = false;
	const shutdown = async () => {
		if (stopping) return;
		stopping = true;
		console.log('Stopping n8n, Redis and PostgreSQL ...');
		await queue.stop();
		process.exit(0);
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
