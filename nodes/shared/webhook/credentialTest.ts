import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

/** What a webhook secret credential ({ secret, headerName }, or { username, password }) must satisfy for one vendor. */
export interface SecretCredentialRules {
	/** The shortest secret (or Basic Auth password) accepted. */
	minLength: number;
	/** The credential is a Basic Auth username and password rather than a secret. */
	basicAuth?: boolean;
	/** The secret also travels as a URL segment: letters, digits, "-" and "_" only. */
	urlSafe?: boolean;
	/** The vendor sends it as "Authorization: Bearer <secret>": no "Bearer" prefix, no spaces. */
	bearer?: boolean;
	/** Whether the header name must be filled in, or may stay empty; 'none' when the credential has none. */
	headerName: 'required' | 'optional' | 'none';
	/** What the Test button says when all is well: the vendor-side step that comes next. */
	okMessage: string;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const URL_SAFE = /^[A-Za-z0-9_-]+$/;

/** Says what is wrong with a webhook secret credential, or undefined when it is usable. */
export function secretCredentialProblem(
	data: Record<string, unknown> | undefined,
	rules: SecretCredentialRules,
): string | undefined {
	if (rules.basicAuth) return basicAuthProblem(data, rules.minLength);
	const secret = typeof data?.secret === 'string' ? data.secret : '';
	const headerName = typeof data?.headerName === 'string' ? data.headerName.trim() : '';
	if (rules.headerName === 'required' || (rules.headerName === 'optional' && headerName !== '')) {
		if (!HEADER_NAME.test(headerName)) return `"${headerName}" is not a valid HTTP header name`;
	}
	if (secret.trim() === '') return 'The secret is empty';
	if (rules.bearer && /^bearer\s/i.test(secret)) return 'Enter the secret without the word "Bearer"';
	if (rules.bearer && /\s/.test(secret)) return 'The secret must not contain spaces';
	if (secret.length < rules.minLength) {
		return `The secret is shorter than ${rules.minLength} characters: make it long and random`;
	}
	if (rules.urlSafe && !URL_SAFE.test(secret)) {
		return 'The secret may only contain letters, digits, "-" and "_", so that it also works as a URL segment';
	}
	return undefined;
}

/** What is wrong with a Basic Auth username and password, or undefined when they are usable. */
function basicAuthProblem(data: Record<string, unknown> | undefined, minLength: number): string | undefined {
	const username = typeof data?.username === 'string' ? data.username : '';
	const password = typeof data?.password === 'string' ? data.password : '';
	if (username.trim() === '') return 'The username is empty';
	// RFC 7617: the first colon ends the username; control characters cannot travel in it.
	if (username.includes(':')) return 'The username must not contain ":"';
	if (/[\u0000-\u001f\u007f]/.test(username + password)) return 'The username and password must not contain control characters';
	if (password === '') return 'The password is empty';
	if (password.length < minLength) return `The password is shorter than ${minLength} characters: make it long and random`;
	return undefined;
}

/**
 * The Test button of a webhook secret credential. The vendors send secrets but offer no endpoint to
 * check one against, so the test checks what can go wrong here: a usable secret and header name.
 */
export function secretCredentialTest(rules: SecretCredentialRules) {
	return async function (
		this: ICredentialTestFunctions,
		credential: ICredentialsDecrypted,
	): Promise<INodeCredentialTestResult> {
		const problem = secretCredentialProblem(credential.data, rules);
		return problem ? { status: 'Error', message: problem } : { status: 'OK', message: rules.okMessage };
	};
}
