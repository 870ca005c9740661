// Builds Curious Thing delivery bodies for the benchmark: the seed's CallComplete batch and a
// 1,000-event batch made from the seed events (each with its own id). The fixtures are imported,
// so tsc copies them next to the compiled benchmark.
import callAttempted from '../test/fixtures/CuriousThing/CallAttempted.json';
import callComplete from '../test/fixtures/CuriousThing/CallComplete.json';
import smsReceived from '../test/fixtures/CuriousThing/SMSReceived.json';

type Event = Record<string, unknown>;

export function seedBatch(): Event[] {
	return callComplete as Event[];
}

/** `size` events cycling through the seed's CallComplete, CallAttempted and SMSReceived examples. */
export function largeBatch(size = 1000): Event[] {
	const seeds: Event[] = [...callComplete, ...callAttempted, ...smsReceived];
	return Array.from({ length: size }, (_, i) => {
		const event = seeds[i % seeds.length];
		return 'id' in event
			? { ...event, id: `bench-${i}` }
			: { ...event, time: new Date(Date.UTC(2022, 8, 1, 0, 0, i)).toISOString() };
	});
}
