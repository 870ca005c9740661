// The ceiling trigger as a community package n8n loads beside ours (bench only, never shipped).
import * as fs from 'fs';
import * as path from 'path';

export const CEILING_PACKAGE = 'n8n-nodes-bench-ceiling';

/** Writes the package next to its compiled files and returns its folder. */
export function ceilingPackage(): string {
	const dir = path.join(__dirname, 'package');
	fs.mkdirSync(dir, { recursive: true });
	for (const file of ['BenchCeilingTrigger.node.js', 'BenchCeilingApi.credentials.js']) {
		fs.copyFileSync(path.join(__dirname, file), path.join(dir, file));
	}
	const manifest = {
		name: CEILING_PACKAGE,
		version: '0.0.0',
		private: true,
		n8n: { n8nNodesApiVersion: 1, nodes: ['BenchCeilingTrigger.node.js'], credentials: ['BenchCeilingApi.credentials.js'] },
	};
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
	return dir;
}
