import { limitField, on, pagingFields } from '../../nodes/shared/action';

test('on: a resource and its operations, one or several, and further conditions', () => {
	expect(on('call', 'get')).toEqual({ show: { resource: ['call'], operation: ['get'] } });
	expect(on(['company', 'contact'], ['addTag', 'removeTag'], { cardMode: ['json'] })).toEqual({
		show: { resource: ['company', 'contact'], operation: ['addTag', 'removeTag'], cardMode: ['json'] },
	});
});

test('pagingFields: Return All, and a Limit shown only while Return All is off', () => {
	const [returnAll, limit] = pagingFields('contact', 'getAll');
	expect(returnAll).toMatchObject({ name: 'returnAll', type: 'boolean', default: false, displayOptions: on('contact', 'getAll') });
	expect(limit).toEqual(limitField(on('contact', 'getAll', { returnAll: [false] })));
	expect(limit).toMatchObject({ name: 'limit', type: 'number', default: 50, typeOptions: { minValue: 1 } });
});
