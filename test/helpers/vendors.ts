// The vendors, found rather than listed: every folder under nodes/ but the shared toolkit. The
// benchmark and the example replays keep one file per vendor (bench/<Vendor>.ts,
// test/replays/<Vendor>.ts) and collect them from here, so that a new vendor adds its own file
// and edits no list.
import * as fs from 'fs';
import * as path from 'path';

import { repoRoot } from './repoRoot';

/** The vendor folders under nodes/ (not nodes/shared), in name order. */
export function vendors(): string[] {
	return fs
		.readdirSync(path.join(repoRoot(), 'nodes'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name !== 'shared')
		.map((entry) => entry.name)
		.sort();
}

/**
 * What each vendor's own file in `dir` exports as `<vendor><suffix>` (the vendor's name in any
 * case, e.g. `m8comScenarios` from bench/M8Com.ts), concatenated in vendor order. `dir` is the
 * caller's `__dirname`, so that this works from the TypeScript sources (ts-jest) and from compiled
 * output (the benchmark). Which vendors have a file is read from the sources; a vendor without one
 * has nothing, a file that was not compiled or lacks the export is an error.
 */
export function perVendor<T>(dir: string, suffix: string): T[] {
	const root = repoRoot();
	// This file is test/helpers/vendors.{ts,js} under the sources or under the compiled output.
	const outputRoot = path.resolve(__dirname, '..', '..');
	const folder = path.relative(outputRoot, dir);
	const extension = path.extname(__filename);
	return vendors().flatMap((vendor) => {
		if (!fs.existsSync(path.join(root, folder, `${vendor}.ts`))) return [];
		const file = path.join(dir, vendor + extension);
		if (!fs.existsSync(file)) throw new Error(`${file} is missing: is ${folder}/${vendor}.ts in the tsconfig's include?`);
		const exported = require(file) as Record<string, unknown>;
		const wanted = `${vendor}${suffix}`.toLowerCase();
		const name = Object.keys(exported).find((key) => key.toLowerCase() === wanted);
		if (!name || !Array.isArray(exported[name])) throw new Error(`${folder}/${vendor} exports no ${vendor}${suffix} array`);
		return exported[name] as T[];
	});
}
