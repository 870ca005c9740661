import {
	ALL_EVENTS,
	OTHER_EVENTS,
	eventFilterProperty,
	matchesEventFilter,
	splitBatch,
	withDerivedFields,
} from '../../nodes/shared/webhook';

describe('splitBatch', () => {
	test('an array becomes one element per entry, in order, with its position', () => {
		expect(splitBatch([{ a: 1 }, 'x', { c: 3 }])).toEqual([
			{ value: { a: 1 }, batchIndex: 0, batchSize: 3 },
			{ value: 'x', batchIndex: 1, batchSize: 3 },
			{ value: { c: 3 }, batchIndex: 2, batchSize: 3 },
		]);
	});

	test('a single object is a batch of one; an empty array is no elements', () => {
		expect(splitBatch({ a: 1 })).toEqual([{ value: { a: 1 }, batchIndex: 0, batchSize: 1 }]);
		expect(splitBatch([])).toEqual([]);
	});
});

describe('matchesEventFilter', () => {
	const known = ['call_init', 'call_hangup'];

	test('"all" and an empty selection let every event through, known or not', () => {
		expect(matchesEventFilter('call_init', [ALL_EVENTS], known)).toBe(true);
		expect(matchesEventFilter('brand_new', [ALL_EVENTS], known)).toBe(true);
		expect(matchesEventFilter(undefined, [], known)).toBe(true);
	});

	test('a selected known type passes, an unselected one does not', () => {
		expect(matchesEventFilter('call_init', ['call_init'], known)).toBe(true);
		expect(matchesEventFilter('call_hangup', ['call_init'], known)).toBe(false);
	});

	test('"any other" lets through unknown and missing types, not unselected known ones', () => {
		expect(matchesEventFilter('contact_created', [OTHER_EVENTS], known)).toBe(true);
		expect(matchesEventFilter(undefined, [OTHER_EVENTS], known)).toBe(true);
		expect(matchesEventFilter('call_hangup', [OTHER_EVENTS], known)).toBe(false);
		expect(matchesEventFilter('call_hangup', [OTHER_EVENTS, 'call_hangup'], known)).toBe(true);
	});

	test('the property lists all, any other, then the known events', () => {
		const property = eventFilterProperty([{ value: 'call_init', name: 'Call Started', description: 'x' }]);
		expect(property.type).toBe('multiOptions');
		expect(property.default).toEqual([ALL_EVENTS]);
		expect((property.options as Array<{ value: string }>).map((o) => o.value)).toEqual([ALL_EVENTS, OTHER_EVENTS, 'call_init']);
	});
});

describe('withDerivedFields', () => {
	test('adds derived fields without overwriting vendor fields or adding undefined ones', () => {
		const payload = { event: 'call_init', callId: 'vendor-own', data: { uuid: 'u1' } };
		const out = withDerivedFields(payload, { callId: 'u1', customerNumber: '+90', missing: undefined });
		expect(out).toEqual({ event: 'call_init', callId: 'vendor-own', data: { uuid: 'u1' }, customerNumber: '+90' });
		expect(payload).toEqual({ event: 'call_init', callId: 'vendor-own', data: { uuid: 'u1' } });
	});
});
