// The repository root, from the TypeScript sources (ts-jest) and from compiled copies of them
// (the benchmark builds into .cache/bench-build): the nearest folder above with package.json and nodes/.
import * as fs from 'fs';
import * as path from 'path';

export function repoRoot(from = __dirname): string {
	for (let dir = from; ; dir = path.dirname(dir)) {
		if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'nodes'))) return dir;
		if (path.dirname(dir) === dir) throw new Error(`no package.json with nodes/ above ${from}`);
	}
}
