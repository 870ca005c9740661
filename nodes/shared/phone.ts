/**
 * Phone numbers to E.164 without a phone library (the package has no runtime dependencies).
 *
 * The rule covers what Curious Thing sends: digits with the country code and no "+"
 * (`61491573087` -> `+61491573087`). It also accepts "+" and "00" international prefixes,
 * spaces, dashes, dots and brackets, and a national number with a leading trunk "0" when a
 * default country calling code is given (`0491 573 087` with 61 -> `+61491573087`).
 * Anything else gives undefined: the original number is always kept by the caller.
 */
export function toE164(value: unknown, defaultCountryCode = ''): string | undefined {
	if (typeof value === 'number' && Number.isInteger(value) && value > 0) value = String(value);
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
	const hasPlus = trimmed.startsWith('+');
	let digits = trimmed.replace(/\D/g, '');
	if (!hasPlus) {
		if (digits.startsWith('00')) {
			digits = digits.slice(2);
		} else if (digits.startsWith('0')) {
			const code = defaultCountryCode.replace(/\D/g, '');
			if (!code) return undefined;
			digits = code + digits.slice(1);
		}
	}
	// E.164: a country code that never starts with 0, and at most 15 digits in all.
	if (!/^[1-9]\d{7,14}$/.test(digits)) return undefined;
	return `+${digits}`;
}
