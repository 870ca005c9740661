import { parseJsonBody, shapeProblem } from '../../nodes/shared/webhook';

const raw = (text: string) => ({ rawBody: Buffer.from(text) });

describe('parseJsonBody', () => {
	test('parses objects and arrays from the raw bytes and keeps them', () => {
		const parsed = parseJsonBody(raw('{"a":1}'));
		expect(parsed).toEqual({ ok: true, body: { a: 1 }, raw: Buffer.from('{"a":1}') });
		expect(parseJsonBody(raw('[1,{"b":2}]'))).toMatchObject({ ok: true, body: [1, { b: 2 }] });
	});

	test('strips a byte-order mark', () => {
		expect(parseJsonBody(raw('\uFEFF{"a":1}'))).toMatchObject({ ok: true, body: { a: 1 } });
	});

	test('a malformed body is reported with the parser position', () => {
		const parsed = parseJsonBody(raw('{"a":1,}'));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.message).toMatch(/^The request body is not valid JSON: .*position 7/);
	});

	test('an empty body is reported as such', () => {
		expect(parseJsonBody(raw(''))).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
		expect(parseJsonBody(raw('   \n'))).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
		expect(parseJsonBody({})).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
	});

	test('falls back to an already-parsed body, or a string body, when no raw bytes are kept', () => {
		expect(parseJsonBody({ body: { a: 1 } })).toEqual({ ok: true, body: { a: 1 } });
		expect(parseJsonBody({ body: '[1]' })).toEqual({ ok: true, body: [1] });
		expect(parseJsonBody({ body: 'nope' })).toMatchObject({ ok: false });
	});
});

describe('shapeProblem', () => {
	test('accepts the expected shapes and names what arrived otherwise', () => {
		expect(shapeProblem({}, 'object')).toBeUndefined();
		expect(shapeProblem([], 'array')).toBeUndefined();
		expect(shapeProblem([], 'objectOrArray')).toBeUndefined();
		expect(shapeProblem([], 'object')).toBe('Expected a JSON object, got an array');
		expect(shapeProblem({}, 'array')).toBe('Expected a JSON array, got an object');
		expect(shapeProblem('x', 'objectOrArray')).toBe('Expected a JSON object or an array of objects, got a string');
		expect(shapeProblem(null, 'object')).toBe('Expected a JSON object, got null');
	});
});
