/**
 * Phone numbers to E.164 without a phone library (the package has no runtime dependencies).
 *
 * The rule covers what Curious Thing sends, digits with the country code and no "+"
 * (`61491573087` -> `+61491573087`), and what M8Com sends (`+46 70 123 45 67` -> `+46701234567`).
 * It accepts "+" and "00" international prefixes; spaces, dashes, dots and brackets, with a "(0)"
 * after the country code dropped (`+46 (0)70…`, the trunk prefix); and a national number with a
 * leading trunk "0" when a default country calling code is given (`0491 573 087` with 61 ->
 * `+61491573087`). Anything else gives undefined: the original number is always kept by the caller. */
export function toE164(value: unknown, defaultCountryCode = ''): string | undefined {
	if (typeof value === 'number' && Number.isInteger(value) && value > 0) value = String(value);
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
	const hasPlus = trimmed.startsWith('+');
	// "+46 (0)70…": the bracketed 0 is the national trunk prefix, dialled only from inside the country.
	const international = hasPlus || trimmed.startsWith('00') ? trimmed.replace(/\(\s*0\s*\)/g, '') : trimmed;
	let digits = international.replace(/\D/g, '');
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

/**
 * A number read from a URL's query string, with the "+" it may have lost there. Query parsers
 * (n8n's too) read an unencoded "+" as a space, so `?fromNumber=+46701234567` arrives as
 * " 46701234567". Leading spaces before a digit other than 0 are read as that "+" (a country code
 * never starts with 0); anything else is only trimmed. Not a number: undefined.
 */
export function withLostPlus(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return undefined;
	return /^\s+[1-9]/.test(value) ? `+${value.trim()}` : value.trim();
}
