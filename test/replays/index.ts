// Every example workflow's replay: the credentials and Data Tables it needs, the vendor deliveries
// (the shared fixtures) sent to it, and the nodes whose output is compared between n8n set-ups.
// Each vendor's replays are in test/replays/<Vendor>.ts (named after its folder under nodes/),
// exported as `<vendor>Replays`; they are found by name, so a new vendor adds its file and edits
// nothing here. The queue-mode test checks that every file of examples/ has a replay.
import { perVendor } from '../helpers/vendors';
import type { Replay } from './replay';

export const replays: Replay[] = perVendor<Replay>(__dirname, 'Replays');
