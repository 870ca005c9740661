import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

/** What a webhook secret credential ({ secret, headerName }) must satisfy for one vendor. */
export interface SecretCredentialRules {
	/** The shortest secret accepted. */
	minLength: number;
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
