// The package's one rule for links in answers: absolute http(s) URLs only.
import { isWebUrl } from '../../nodes/shared/url';

describe('isWebUrl', () => {
	test.each(['https://crm.example.com/contacts/1', 'http://intranet/a?b=c#d', 'HTTPS://EXAMPLE.COM', 'https://example.com:8443/x y'])(
		'%j is a web URL',
		(value) => {
			expect(isWebUrl(value)).toBe(true);
		},
	);

	test.each([
		'javascript:alert(1)',
		'JavaScript:alert(document.cookie)',
		'java\tscript:alert(1)',
		' javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'file:///etc/passwd',
		'vbscript:msgbox(1)',
		'mailto:someone@example.com',
		'ftp://example.com/file',
		'//example.com/no-scheme',
		'/relative/path',
		'example.com',
		'https://',
		'',
	])('%j is not', (value) => {
		expect(isWebUrl(value)).toBe(false);
	});

	test.each([undefined, null, 42, {}, ['https://example.com'], new URL('https://example.com')])('a non-string (%p) is not', (value) => {
		expect(isWebUrl(value)).toBe(false);
	});
});
