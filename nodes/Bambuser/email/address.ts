// The recipient goes into a mail header as it is, so it must be exactly one bare address: a line
// break would start a new header (Bcc:), a comma or semicolon a second recipient, a display name or
// comment an address the reader does not see. Anything else is refused, never repaired.

// RFC 5322 atext, plus letters, marks and digits beyond ASCII (RFC 6531 internationalised
// addresses, e.g. åsa@exempel.se). Invisible and separator characters are never allowed.
const LOCAL_ATOM = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;

/** Why the text is not exactly one email address fit for a To header, or undefined when it is. */
export function addressProblem(address: string): string | undefined {
	if (/[\r\n\u0085\u2028\u2029]/.test(address)) return 'it contains a line break';
	if (/\p{Cc}|\p{Cf}/u.test(address)) return 'it contains a control or invisible character';
	if (/[,;]/.test(address)) return 'it is a list of addresses, and only one recipient is allowed';
	if (/[<>()"]/.test(address)) return 'it holds a name, comment or quoted part, not a bare address';
	if (/\s/u.test(address)) return 'it contains a space';
	const parts = address.split('@');
	if (parts.length !== 2) return parts.length === 1 ? 'it has no @' : 'it has more than one @';
	const [local, domain] = parts;
	if (local === '' || local.length > 64) return 'the part before the @ is empty or longer than 64 characters';
	if (!local.split('.').every((atom) => LOCAL_ATOM.test(atom))) {
		return 'the part before the @ has a character or dot that an address cannot have there';
	}
	const labels = domain.split('.');
	if (address.length > 254 || labels.length < 2 || !labels.every((label) => label.length <= 63 && DOMAIN_LABEL.test(label))) {
		return 'the part after the @ is not a domain name like example.com';
	}
	if (/^[0-9]+$/.test(labels[labels.length - 1])) return 'the part after the @ is not a domain name like example.com';
	return undefined;
}

/** The value as the user should see it in a message: quoted, line breaks visible, not too long. */
export function shown(value: string): string {
	const cut = value.length > 120 ? `${value.slice(0, 120)}…` : value;
	return JSON.stringify(cut);
}
