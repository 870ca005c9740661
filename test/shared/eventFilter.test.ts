import {
	ALL_EVENTS,
	OTHER_EVENTS,
	eventFilter,
	filterSubtitle,
	matchesEventFilter,
	withDerivedFields,
} from '../../nodes/shared/webhook';

describe('matchesEventFilter', () => {
	const known = [
		{ value: 'call_init', name: 'Call Started', description: 'x' },
		{ value: 'call_hangup', name: 'Call Ended', description: 'x' },
	];

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

	test('a known value ending in "*" stands for every type that starts with it', () => {
		const waiting = [{ value: 'customer-waiting-*', name: 'Customer Waiting', description: 'x' }];
		expect(matchesEventFilter('customer-waiting-queued', ['customer-waiting-*'], waiting)).toBe(true);
		expect(matchesEventFilter('customer-waiting-queued', [OTHER_EVENTS], waiting)).toBe(false);
		expect(matchesEventFilter('call-ended', ['customer-waiting-*'], waiting)).toBe(false);
		expect(matchesEventFilter('call-ended', [OTHER_EVENTS], waiting)).toBe(true);
	});
});

describe('eventFilter', () => {
	test('the property lists all, any other, then the known events; its rule is matchesEventFilter', () => {
		const filter = eventFilter([{ value: 'call_init', name: 'Call Started', description: 'x' }]);
		expect(filter.property).toMatchObject({ name: 'events', type: 'multiOptions', required: true, default: [ALL_EVENTS] });
		expect((filter.property.options as Array<{ value: string }>).map((o) => o.value)).toEqual([ALL_EVENTS, OTHER_EVENTS, 'call_init']);
		expect(filter.matches('call_init', ['call_init'])).toBe(true);
		expect(filter.matches('call_init', [OTHER_EVENTS])).toBe(false);
	});

	test('a filter without "All" is named after what it filters, and selects nothing by default', () => {
		const filter = eventFilter([{ value: 'Complete', name: 'Complete', description: 'x' }], {
			name: 'statuses',
			singular: 'Status',
			plural: 'Call Statuses',
			offerAll: false,
		});
		expect(filter.property).toMatchObject({ name: 'statuses', displayName: 'Call Statuses', required: false, default: [] });
		expect((filter.property.options as Array<{ name: string }>).map((o) => o.name)).toEqual(['Any Other Status', 'Complete']);
		expect(filter.matches('Voicemail', [])).toBe(true);
	});

	test('the subtitle shows the selection, or "All events"', () => {
		const subtitle = filterSubtitle('events').replace(/^=\{\{/, '').replace(/\}\}$/, '');
		const evaluate = (events: unknown) => new Function('$parameter', `return (${subtitle});`)({ events });
		expect(evaluate(['*'])).toBe('All events');
		expect(evaluate(['call_init', 'call_hangup'])).toBe('call_init, call_hangup');
		expect(evaluate(undefined)).toBe('');
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
