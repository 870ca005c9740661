// Prints how long the Curious Thing Trigger's webhook() takes to turn one delivery into items,
// without n8n (read, parse, split, filter, derive): `npx tsc -p bench/tsconfig.json &&
// node .cache/bench-build/bench/curiousThingSplit.js`. Compare with one n8n execution (tens of ms,
// see `npm run bench`).
import { CuriousThingTrigger } from '../nodes/CuriousThing/CuriousThingTrigger.node';
import { fakeWebhookContext } from '../test/helpers/webhookContext';
import { largeBatch } from './curiousThingBatch';

const trigger = new CuriousThingTrigger();
const parameters = { authentication: 'none', events: ['*'], untypedEventType: '', additionalOptions: {} };

async function itemsOf(body: string): Promise<number> {
	const { context } = fakeWebhookContext({ body }, { parameters });
	const result = await trigger.webhook.call(context);
	return result.workflowData?.[0].length ?? 0;
}

async function main() {
	for (const size of [3, 100, 1000, 10000]) {
		const body = JSON.stringify(largeBatch(size));
		const runs = size >= 10000 ? 5 : 50;
		await itemsOf(body);
		const started = process.hrtime.bigint();
		let items = 0;
		for (let run = 0; run < runs; run++) items = await itemsOf(body);
		const ms = Number(process.hrtime.bigint() - started) / 1e6 / runs;
		console.log(`curious thing split: ${String(size).padStart(6)} events -> ${items} items in ${ms.toFixed(2)} ms (webhook(): parse + split + derive, mean of ${runs})`);
	}
}

void main();
