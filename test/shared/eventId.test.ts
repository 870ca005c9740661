import fc from 'fast-check';

import { contentDigest, stableJson } from '../../nodes/shared/webhook';

test('stableJson sorts keys at every depth and keeps arrays in order', () => {
	expect(stableJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
	expect(stableJson(undefined)).toBe('null');
});

test('contentDigest: the same content in any key order gives the same 32-hex key, other content another', () => {
	const digest = contentDigest({ event: 'x', data: { a: 1, b: 2 } });
	expect(digest).toMatch(/^[0-9a-f]{32}$/);
	expect(contentDigest({ data: { b: 2, a: 1 }, event: 'x' })).toBe(digest);
	expect(contentDigest({ event: 'x', data: { a: 1, b: 3 } })).not.toBe(digest);
});

test('stableJson is JSON.stringify of the same value with its keys sorted, for any JSON value', () => {
	// Integer-like keys are renamed: JavaScript lists them first whatever the insertion order, so a
	// sorted copy could not show the expected text.
	const renamed = (value: unknown): unknown =>
		Array.isArray(value)
			? value.map(renamed)
			: value && typeof value === 'object'
				? Object.fromEntries(Object.entries(value).map(([key, inner]) => [/^\d+$/.test(key) ? `${key}k` : key, renamed(inner)]))
				: value;
	const sorted = (value: unknown): unknown =>
		Array.isArray(value)
			? value.map(sorted)
			: value && typeof value === 'object'
				? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]))
				: value;
	fc.assert(
		fc.property(fc.jsonValue(), (value) => {
			const parsed = renamed(JSON.parse(JSON.stringify(value))) as unknown;
			expect(stableJson(parsed)).toBe(JSON.stringify(sorted(parsed)));
		}),
	);
});

test('stableJson and contentDigest take any nesting depth a client can send', () => {
	const depth = 200_000;
	const deep = JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown;
	expect(stableJson(deep)).toHaveLength(depth * 2);
	expect(contentDigest(deep)).toMatch(/^[0-9a-f]{32}$/);
});
