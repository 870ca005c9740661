// The one rule for links the package puts where people click them (Hipcall cards, M8Com answers,
// Bambuser emails).

/**
 * Whether a value is an absolute http or https URL. Every other scheme (`javascript:`, `data:`,
 * `file:`, …) and anything that is not a URL is refused: vendors render these links for their
 * users to click, and the values often come from CRM rows anyone could have typed into.
 */
export function isWebUrl(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}
