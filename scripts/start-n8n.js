// Runs n8n in the foreground for a person: prints where to log in and stops cleanly on Ctrl-C.
'use strict';

const path = require('path');
const { REPO_ROOT, DEFAULT_OWNER, persistedEncryptionKey, startN8n } = require('./n8n-launcher');

const userFolder = path.join(REPO_ROOT, '.n8n-local');
const port = Number(process.env.N8N_PORT ?? 5678);

async function main() {
	console.log(`Starting n8n with n8n-nodes-contact-center on port ${port} (data in .n8n-local/) ...`);
	const n8n = await startN8n({ port, userFolder, encryptionKey: persistedEncryptionKey(userFolder), inheritOutput: true });
	console.log('');
	console.log(`  n8n editor:  ${n8n.baseUrl}/`);
	console.log(`  login:       ${DEFAULT_OWNER.email}`);
	console.log(`  password:    ${DEFAULT_OWNER.password}`);
	console.log(`  webhooks:    ${n8n.baseUrl}/webhook/...`);
	console.log('');
	console.log('Press Ctrl-C to stop.');
	const shutdown = async () => {
		await n8n.stop();
		process.exit(0);
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
	n8n.child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
