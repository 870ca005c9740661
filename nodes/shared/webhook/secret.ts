import { createHash, timingSafeEqual } from 'crypto';

/** Request headers as Node.js gives them: lower-case names, repeated ones as arrays. */
export type IncomingHeaders = Record<string, string | string[] | undefined>;

/** One way a vendor proves that a delivery is theirs: a shared secret sent back on every request. */
export type SecretCheck =
	| { kind: 'bearer'; token: string }
	| { kind: 'header'; headerName: string; value: string }
	| { kind: 'pathSegment'; paramName: string; value: string }
	/** HTTP Basic Auth (RFC 7617): "Authorization: Basic base64(username:password)". */
	| { kind: 'basic'; username: string; password: string };

export type SecretVerdict =
	| { ok: true }
	| { ok: false; status: 401 | 403 | 500; message: string; headers?: Record<string, string> };

/** The parts of a request a secret check looks at. */
export interface SecretSource {
	headers: IncomingHeaders;
	params?: Record<string, string | undefined>;
}

/** Where a trigger expects the secret of a webhook secret credential ({ secret, headerName }). */
export interface SecretPlaces {
	/** The name of the path parameter that carries the secret in the URL. */
	urlParam?: string;
	/** Whether a header carries it: the credential's header name, or `defaultHeader` when that is empty. */
	header?: boolean;
	defaultHeader?: string;
}

/** The checks for a webhook secret credential: the secret in the URL, in a header, or both. */
export function credentialSecretChecks(credential: Record<string, unknown>, places: SecretPlaces): SecretCheck[] {
	const value = String(credential.secret ?? '');
	const checks: SecretCheck[] = [];
	if (places.urlParam) checks.push({ kind: 'pathSegment', paramName: places.urlParam, value });
	if (places.header) {
		const headerName = String(credential.headerName ?? '').trim() || (places.defaultHeader ?? '');
		checks.push({ kind: 'header', headerName, value });
	}
	return checks;
}

/** Compares two secrets in constant time, whatever their lengths. */
export function secretsMatch(given: string, expected: string): boolean {
	const a = createHash('sha256').update(given, 'utf8').digest();
	const b = createHash('sha256').update(expected, 'utf8').digest();
	return timingSafeEqual(a, b);
}

function headerValue(headers: IncomingHeaders, name: string): string | undefined {
	const value = headers[name.toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}

/** The username and password of an "Authorization: Basic …" header, or undefined when it is not one. */
export function basicCredentialsOf(authorization: string | undefined): { username: string; password: string } | undefined {
	const match = authorization?.match(/^Basic\s+(\S*)\s*$/i);
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	// A user-id never holds a colon (RFC 7617): the first one ends it, the password may hold more.
	return colon < 0 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function checkBasic(source: SecretSource, check: Extract<SecretCheck, { kind: 'basic' }>): SecretVerdict {
	if (!check.username || !check.password) {
		return { ok: false, status: 500, message: 'The username or password in the credential is empty' };
	}
	const authorization = headerValue(source.headers, 'authorization');
	if (!authorization || !/^Basic(\s|$)/i.test(authorization)) {
		return {
			ok: false,
			status: 401,
			message: 'Missing Basic Auth: send "Authorization: Basic <base64 of username:password>"',
			headers: { 'WWW-Authenticate': 'Basic realm="webhook", charset="UTF-8"' },
		};
	}
	const given = basicCredentialsOf(authorization) ?? { username: '', password: '' };
	// Both compared, whatever the first gives: the time taken says nothing about which was wrong.
	const userMatches = secretsMatch(given.username, check.username);
	const passwordMatches = secretsMatch(given.password, check.password);
	return userMatches && passwordMatches ? { ok: true } : { ok: false, status: 403, message: 'The Basic Auth username or password is wrong' };
}

function checkOne(source: SecretSource, check: SecretCheck): SecretVerdict {
	if (check.kind === 'basic') return checkBasic(source, check);
	const expected = check.kind === 'bearer' ? check.token : check.value;
	if (!expected) {
		return { ok: false, status: 500, message: 'The webhook secret in the credential is empty' };
	}
	switch (check.kind) {
		case 'bearer': {
			const authorization = headerValue(source.headers, 'authorization');
			const match = authorization?.match(/^Bearer\s+(.+)$/i);
			if (!match) {
				return {
					ok: false,
					status: 401,
					message: 'Missing bearer token: send "Authorization: Bearer <secret>"',
					headers: { 'WWW-Authenticate': 'Bearer' },
				};
			}
			return secretsMatch(match[1].trim(), expected)
				? { ok: true }
				: { ok: false, status: 403, message: 'The bearer token is wrong' };
		}
		case 'header': {
			const given = headerValue(source.headers, check.headerName);
			if (given === undefined || given === '') {
				return { ok: false, status: 401, message: `Missing header "${check.headerName}"` };
			}
			return secretsMatch(given, expected)
				? { ok: true }
				: { ok: false, status: 403, message: `The value of header "${check.headerName}" is wrong` };
		}
		case 'pathSegment': {
			const given = source.params?.[check.paramName];
			if (!given) {
				return { ok: false, status: 401, message: 'Missing secret segment in the URL path' };
			}
			return secretsMatch(given, expected)
				? { ok: true }
				: { ok: false, status: 403, message: 'The secret segment in the URL path is wrong' };
		}
	}
}

/** Runs every check in turn; the first that fails decides the answer. */
export function verifySecrets(source: SecretSource, checks: SecretCheck[]): SecretVerdict {
	for (const check of checks) {
		const verdict = checkOne(source, check);
		if (!verdict.ok) return verdict;
	}
	return { ok: true };
}

/** The request headers with every header that carried a secret shown as "[hidden]", for items n8n stores. */
export function withSecretsHidden(headers: IncomingHeaders, checks: SecretCheck[]): IncomingHeaders {
	const out: IncomingHeaders = { ...headers };
	for (const check of checks) {
		const name =
			check.kind === 'bearer' || check.kind === 'basic' ? 'authorization' : check.kind === 'header' ? check.headerName.toLowerCase() : undefined;
		if (name !== undefined && out[name] !== undefined) out[name] = '[hidden]';
	}
	return out;
}
