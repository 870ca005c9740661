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
