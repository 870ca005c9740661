// Prints how long the Curious Thing Trigger takes to turn one delivery into items, without n8n:
// `npx tsc -p bench/tsconfig.json && node .cache/bench-build/bench/curiousThingSplit.js`.
// Compare with one n8n execution (tens of ms, see `npm run bench`).
import { DEFAULT_SETTINGS as settings, processDelivery } from '../nodes/CuriousThing/process';
import { largeBatch } from './curiousThingBatch';

for (const size of [3, 100, 1000, 10000]) {
	const body = JSON.stringify(largeBatch(size));
	const runs = size >= 10000 ? 5 : 50;
	// Parse + split + derive, as the trigger does for each delivery.
	processDelivery(JSON.parse(body), settings);
	const started = process.hrtime.bigint();
	let items = 0;
	for (let run = 0; run < runs; run++) items = processDelivery(JSON.parse(body), settings).items.length;
	const ms = Number(process.hrtime.bigint() - started) / 1e6 / runs;
	console.log(`curious thing split: ${String(size).padStart(6)} events -> ${items} items in ${ms.toFixed(2)} ms (parse + split + derive, mean of ${runs})`);
}
