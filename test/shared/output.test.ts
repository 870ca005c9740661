// withDerivedFields copies the payload as a spread would, including an own "__proto__" key.
import { withDerivedFields } from '../../nodes/shared/webhook';

test('an own "__proto__" key of parsed JSON stays a plain field and the prototype is untouched', () => {
	const payload = JSON.parse('{"__proto__": {"polluted": true}, "id": "e1"}');
	const out = withDerivedFields(payload, { eventId: 'e1', id: 'derived' });
	expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
	expect((out as Record<string, unknown>).polluted).toBeUndefined();
	expect(Object.keys(out)).toEqual(['__proto__', 'id', 'eventId']);
	expect(out).toEqual({ ...payload, eventId: 'e1' });
	expect(out.id).toBe('e1');
});

test('the result is a copy: changing it leaves the payload alone', () => {
	const payload = { a: 1, nested: { b: 2 } };
	const out = withDerivedFields(payload, { c: 3 });
	out.a = 9;
	expect(payload).toEqual({ a: 1, nested: { b: 2 } });
	expect(out).toEqual({ a: 9, nested: { b: 2 }, c: 3 });
});
