// The loopback recording storage of scripts/recording-server.js (shared with the simulator), typed
// for the tests.
import * as path from 'path';

import { REPO_ROOT } from '../e2e/harness';

export interface RecordingServer {
	/** http://127.0.0.1:<port> */
	base: string;
	/** Requests per path (without the query). */
	hits: Map<string, number>;
	stop(): Promise<void>;
}

const server = require(path.join(REPO_ROOT, 'scripts', 'recording-server.js')) as {
	RECORDING: Buffer;
	sampleMp3(frames?: number): Buffer;
	startRecordingServer(options?: { port?: number; onRequest?: (path: string, status: number) => void; unref?: boolean }): Promise<RecordingServer>;
};

/** The file every /files/… link serves: a short MP3. */
export const RECORDING = server.RECORDING;
export const sampleMp3 = server.sampleMp3;
export const startRecordingServer = server.startRecordingServer;
