// The shared phone rules: numbers that lost their "+" in a query string, and the trunk "(0)".
// (toE164's main table is in test/CuriousThing/helpers.test.ts, where the rule was first written.)
import { toE164, withLostPlus } from '../../nodes/shared/phone';

describe('withLostPlus', () => {
	test.each<[unknown, string | undefined]>([
		[' 46701234567', '+46701234567'],
		['   46 70 123 45 67 ', '+46 70 123 45 67'],
		['+46701234567', '+46701234567'],
		['46701234567', '46701234567'],
		[' 0701234567', '0701234567'],
		['  ', ''],
		[' u-3c59dc04', 'u-3c59dc04'],
		[46701234567, '46701234567'],
		[Number.NaN, undefined],
		[null, undefined],
		[['+46'], undefined],
	])('%j -> %j', (value, expected) => {
		expect(withLostPlus(value)).toBe(expected);
	});
});

describe('toE164: the trunk prefix written as "(0)"', () => {
	test.each([
		['+46 (0)70-123 45 67', '', '+46701234567'],
		['0046 (0) 70 123 45 67', '', '+46701234567'],
		['+44 (0)20 7946 0958', '', '+442079460958'],
		['(0)70 123 45 67', '46', '+46701234567'],
		['(08) 123 456 78', '46', '+46812345678'],
	])('%j (default %j) -> %j', (value, code, expected) => {
		expect(toE164(value, code)).toBe(expected);
	});
});
