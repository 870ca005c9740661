// What the two call-recording examples' replays share: the deliveries' links point at the test's
// loopback file server (services.recordingBase), a good recording, an expired link (403) and a slow
// one; the examples are strict (https, public hosts, a 60 s timeout), and the replay opens them up
// as a user whose recording server is on their own network does ("Allow HTTP and Private Addresses").
import type { IDataObject } from 'n8n-workflow';

import { fixtureFile } from '../helpers/fixtures';

/** The workflow text changes a replay applies: the loopback server allowed, a 2 s timeout, no wait. */
export const OPEN_TO_LOOPBACK: Record<string, string> = {
	'"timeoutSeconds": 60': '"timeoutSeconds": 2,\n\t\t\t\t\t"allowPrivateNetwork": true',
	'"waitBeforeSeconds": 10': '"waitBeforeSeconds": 0',
};

/** The three links of a replay: the file, an expired one, one slower than the timeout. */
export const LINKS = {
	good: (base: string, name: string) => `${base}/files/${name}.mp3?X-Amz-Expires=1800&X-Amz-Signature=9c2e41`,
	expired: (base: string, name: string) => `${base}/expired/${name}.mp3?X-Amz-Expires=1800&X-Amz-Signature=0ff1ce`,
	slow: (base: string, name: string) => `${base}/slow/6000/${name}.mp3?X-Amz-Expires=1800`,
};

/** A fixture with some of its fields replaced, as the body of a delivery. */
export function fixtureWith(file: string, change: (body: IDataObject) => void): string {
	const body = JSON.parse(fixtureFile(file)) as IDataObject;
	change(body);
	return JSON.stringify(body);
}
