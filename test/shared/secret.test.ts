import { credentialSecretChecks, secretsMatch, verifySecrets, withSecretsHidden } from '../../nodes/shared/webhook';

describe('secretsMatch', () => {
	test('equal secrets match, different ones do not, whatever their lengths', () => {
		expect(secretsMatch('s3cret', 's3cret')).toBe(true);
		expect(secretsMatch('s3cret', 's3cres')).toBe(false);
		expect(secretsMatch('s3cret', 's3cret-and-more')).toBe(false);
		expect(secretsMatch('', 's3cret')).toBe(false);
	});
});

describe('verifySecrets', () => {
	const bearer = { kind: 'bearer' as const, token: 'tok-123' };

	test('no checks configured lets everything through', () => {
		expect(verifySecrets({ headers: {} }, [])).toEqual({ ok: true });
	});

	test('bearer: missing -> 401 with WWW-Authenticate, wrong -> 403, right -> ok (scheme case-insensitive)', () => {
		const missing = verifySecrets({ headers: {} }, [bearer]);
		expect(missing).toMatchObject({ ok: false, status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
		expect(verifySecrets({ headers: { authorization: 'Basic abc' } }, [bearer])).toMatchObject({ status: 401 });
		expect(verifySecrets({ headers: { authorization: 'Bearer nope' } }, [bearer])).toMatchObject({ status: 403 });
		expect(verifySecrets({ headers: { authorization: 'bearer tok-123' } }, [bearer])).toEqual({ ok: true });
	});

	test('named header: looked up case-insensitively; missing -> 401, wrong -> 403', () => {
		const check = { kind: 'header' as const, headerName: 'X-Webhook-Secret', value: 'abc' };
		expect(verifySecrets({ headers: {} }, [check])).toMatchObject({ status: 401, message: expect.stringContaining('X-Webhook-Secret') });
		expect(verifySecrets({ headers: { 'x-webhook-secret': 'abd' } }, [check])).toMatchObject({ status: 403 });
		expect(verifySecrets({ headers: { 'x-webhook-secret': 'abc' } }, [check])).toEqual({ ok: true });
		expect(verifySecrets({ headers: { 'x-webhook-secret': ['abc', 'other'] } }, [check])).toEqual({ ok: true });
	});

	test('path segment: wrong -> 403, right -> ok', () => {
		const check = { kind: 'pathSegment' as const, paramName: 'secret', value: 'p4th' };
		expect(verifySecrets({ headers: {}, params: {} }, [check])).toMatchObject({ status: 401 });
		expect(verifySecrets({ headers: {}, params: { secret: 'wrong' } }, [check])).toMatchObject({ status: 403 });
		expect(verifySecrets({ headers: {}, params: { secret: 'p4th' } }, [check])).toEqual({ ok: true });
	});

	test('every check must pass; the first failure decides', () => {
		const checks = [
			{ kind: 'header' as const, headerName: 'x-key', value: 'k' },
			{ kind: 'pathSegment' as const, paramName: 'secret', value: 'p' },
		];
		expect(verifySecrets({ headers: { 'x-key': 'k' }, params: { secret: 'p' } }, checks)).toEqual({ ok: true });
		expect(verifySecrets({ headers: { 'x-key': 'k' }, params: { secret: 'x' } }, checks)).toMatchObject({ status: 403 });
		expect(verifySecrets({ headers: {}, params: { secret: 'x' } }, checks)).toMatchObject({ status: 401 });
	});

	test('an empty configured secret is refused as a set-up error, never accepted', () => {
		const verdict = verifySecrets({ headers: { authorization: 'Bearer ' } }, [{ kind: 'bearer', token: '' }]);
		expect(verdict).toMatchObject({ ok: false, status: 500 });
	});
});

describe('credentialSecretChecks', () => {
	const credential = { secret: 's3cret', headerName: ' X-Token ' };

	it('puts the secret in the URL parameter, the credential\'s header, or both, in that order', () => {
		expect(credentialSecretChecks(credential, { urlParam: 'secret', header: true })).toEqual([
			{ kind: 'pathSegment', paramName: 'secret', value: 's3cret' },
			{ kind: 'header', headerName: 'X-Token', value: 's3cret' },
		]);
		expect(credentialSecretChecks(credential, {})).toEqual([]);
	});

	it('falls back to the default header when the credential names none', () => {
		expect(credentialSecretChecks({ secret: 'x', headerName: '  ' }, { header: true, defaultHeader: 'Authorization' })).toEqual([
			{ kind: 'header', headerName: 'Authorization', value: 'x' },
		]);
	});
});

describe('withSecretsHidden', () => {
	test('hides every header that carried a secret (a named header, a bearer token), and nothing else', () => {
		const headers = { authorization: 'Bearer s3cret', 'x-secret': 'right', accept: '*/*' };
		expect(withSecretsHidden(headers, [{ kind: 'bearer', token: 's3cret' }])).toEqual({ ...headers, authorization: '[hidden]' });
		expect(withSecretsHidden(headers, [{ kind: 'header', headerName: 'X-Secret', value: 'right' }])).toEqual({ ...headers, 'x-secret': '[hidden]' });
		expect(withSecretsHidden(headers, [{ kind: 'pathSegment', paramName: 'secret', value: 'x' }])).toEqual(headers);
		expect(headers.authorization).toBe('Bearer s3cret');
	});
});
