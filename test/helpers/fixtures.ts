// The vendors' deliveries under test/fixtures/<Vendor>/: the files the tests, the queue replays and
// the payload simulator share. Read fresh for each use, so that a test may alter what it gets.
import * as fs from 'fs';
import * as path from 'path';

import { repoRoot } from './repoRoot';

export const FIXTURES_ROOT = path.join(repoRoot(), 'test', 'fixtures');

/** A fixture file's text; `file` is relative to test/fixtures (e.g. 'Hipcall/call_init.json'). */
export function fixtureFile(file: string): string {
	return fs.readFileSync(path.join(FIXTURES_ROOT, file), 'utf8');
}

