// The shared phone rules: E.164, numbers that lost their "+" in a query string, and the trunk "(0)".
import { toE164, withLostPlus } from '../../nodes/shared/phone';

describe('toE164', () => {
	test.each([
		['61491573087', '', '+61491573087'],
		['+61 491 573 087', '', '+61491573087'],
		['0061 491-573-087', '', '+61491573087'],
		['(04) 9157 3087', '61', '+61491573087'],
		['0491573087', '64', '+64491573087'],
		[61491573087, '', '+61491573087'],
	])('%p (default code %p) -> %p', (input, code, expected) => {
		expect(toE164(input, code)).toBe(expected);
	});

	test.each([
		['0491573087', ''],
		['1234', '61'],
		['+0123456789', ''],
		['1234567890123456', ''],
		['call me', '61'],
		['', '61'],
		[null, '61'],
		[{}, '61'],
	])('%p (default code %p) cannot be written in E.164', (input, code) => {
		expect(toE164(input, code)).toBeUndefined();
	});
});

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
