// The toolkit's Basic Auth: the check (constant time, 401 with WWW-Authenticate, 403, 500 for an
// empty credential), the credential webhookSecret() builds for it and its test, and a declared
// trigger that offers it.
import {
	basicCredentialsOf,
	secretCredentialProblem,
	triggerCredentials,
	triggerNode,
	triggerParts,
	verifySecrets,
	webhookSecret,
	withSecretsHidden,
	type TriggerDeclaration,
} from '../../nodes/shared/webhook';
import { fakeWebhookContext } from '../helpers/webhookContext';

const basic = (text: string) => `Basic ${Buffer.from(text, 'utf8').toString('base64')}`;
const check = { kind: 'basic' as const, username: 'hipcall', password: 'pa:ss-wörd-0123' };

describe('verifySecrets with a basic check', () => {
	test('the right username and password pass, the scheme read case-insensitively; a password may hold colons', () => {
		expect(verifySecrets({ headers: { authorization: basic('hipcall:pa:ss-wörd-0123') } }, [check])).toEqual({ ok: true });
		expect(verifySecrets({ headers: { authorization: basic('hipcall:pa:ss-wörd-0123').replace('Basic', 'bAsIc') } }, [check])).toEqual({ ok: true });
	});

	test('no Authorization, or another scheme: 401 with WWW-Authenticate: Basic', () => {
		for (const headers of [{}, { authorization: '' }, { authorization: 'Bearer abc' }, { authorization: 'Basically' }]) {
			expect(verifySecrets({ headers }, [check])).toEqual({
				ok: false,
				status: 401,
				message: expect.stringContaining('Basic'),
				headers: { 'WWW-Authenticate': expect.stringMatching(/^Basic realm=/) },
			});
		}
	});

	test('a wrong username, a wrong password, or a Basic header that is not username:password: 403', () => {
		for (const authorization of [
			basic('Hipcall:pa:ss-wörd-0123'),
			basic('hipcall:pa:ss-wörd-012'),
			basic('hipcall'),
			basic(':'),
			'Basic',
			'Basic !!!not-base64',
			basic('pa:ss-wörd-0123:hipcall'),
		]) {
			expect(verifySecrets({ headers: { authorization } }, [check])).toEqual({ ok: false, status: 403, message: 'The Basic Auth username or password is wrong' });
		}
	});

	test('an empty username or password in the credential is a set-up error (500), never a pass', () => {
		for (const empty of [{ ...check, username: '' }, { ...check, password: '' }]) {
			expect(verifySecrets({ headers: { authorization: basic(`${empty.username}:${empty.password}`) } }, [empty])).toMatchObject({ ok: false, status: 500 });
		}
	});

	test('the Authorization header is hidden from what an item may hold', () => {
		const headers = { authorization: basic('hipcall:pa:ss-wörd-0123'), accept: '*/*' };
		expect(withSecretsHidden(headers, [check])).toEqual({ ...headers, authorization: '[hidden]' });
	});

	test('basicCredentialsOf splits at the first colon', () => {
		expect(basicCredentialsOf(basic('a:b:c'))).toEqual({ username: 'a', password: 'b:c' });
		expect(basicCredentialsOf(basic('ab'))).toBeUndefined();
		expect(basicCredentialsOf('Bearer x')).toBeUndefined();
		expect(basicCredentialsOf(undefined)).toBeUndefined();
	});
});

const credential = webhookSecret({
	name: 'acmeRoutingApi',
	minLength: 12,
	okMessage: 'ok',
	basicAuth: { username: { description: 'The user' }, password: { description: 'The password' } },
});

describe('webhookSecret with basicAuth', () => {
	test('a username and a password field (the password hidden), no secret or header name', () => {
		expect(credential.fields).toBe('basicAuth');
		expect(credential.defaultHeader).toBeUndefined();
		expect(credential.properties.map((p) => [p.name, p.typeOptions?.password ?? false, p.required])).toEqual([
			['username', false, true],
			['password', true, true],
		]);
		expect(credential.testName).toBe('acmeRoutingApiTest');
	});

	test.each([
		[{}, /username is empty/],
		[{ username: 'a:b', password: '0123456789ab' }, /must not contain ":"/],
		[{ username: 'hipcall', password: '' }, /password is empty/],
		[{ username: 'hipcall', password: 'short' }, /shorter than 12/],
		[{ username: 'hip\ncall', password: '0123456789ab' }, /control characters/],
	])('the credential test refuses %p', async (data, message) => {
		const result = await credential.test.call({} as never, { id: '1', name: 'c', type: 'acmeRoutingApi', data });
		expect(result).toEqual({ status: 'Error', message: expect.stringMatching(message) });
	});

	test('and passes a usable pair with the vendor-side step', async () => {
		const data = { username: 'hipcall', password: 'a long: random one' };
		expect(secretCredentialProblem(data, { minLength: 12, basicAuth: true, headerName: 'none', okMessage: 'ok' })).toBeUndefined();
		expect(await credential.test.call({} as never, { id: '1', name: 'c', type: 't', data })).toEqual({ status: 'OK', message: 'ok' });
	});
});

describe('a declared trigger offering Basic Auth', () => {
	const declaration: TriggerDeclaration = {
		vendor: 'Acme',
		setup: 'Paste the URL in Acme.',
		credential,
		checks: { offered: ['none', 'basicAuth'], default: 'basicAuth' },
		webhook: { path: 'acme', answer: 'responseNode' },
		body: { shape: 'object' },
		source: {},
	};
	class AcmeTrigger extends triggerNode(declaration) {
		description = { properties: [] } as never;
	}
	const deliver = async (authorization: string | undefined, authentication = 'basicAuth', data: object = { username: 'u', password: 'p-0123456789' }) => {
		const { context, response } = fakeWebhookContext(
			{ body: { ping: 1 }, headers: authorization === undefined ? {} : { authorization } },
			{ parameters: { authentication }, credentials: { acmeRoutingApi: data as never } },
		);
		return { result: await new AcmeTrigger().webhook.call(context), response };
	};

	test('the panel offers it (recommended), with its notice; the credential is needed only with it', () => {
		const parts = triggerParts(declaration);
		const authentication = parts.properties.find((p) => p.name === 'authentication');
		expect(authentication?.options).toEqual([
			expect.objectContaining({ name: 'None', value: 'none' }),
			expect.objectContaining({ name: 'Basic Auth (Recommended)', value: 'basicAuth' }),
		]);
		expect(parts.properties.find((p) => p.name === 'basicAuthNotice')?.displayOptions).toEqual({ show: { authentication: ['basicAuth'] } });
		expect(triggerCredentials(declaration)).toEqual([
			{ name: 'acmeRoutingApi', required: true, testedBy: 'acmeRoutingApiTest', displayOptions: { show: { authentication: ['basicAuth'] } } },
		]);
	});

	test('missing 401 (WWW-Authenticate), wrong 403, right starts the workflow; nothing is started when refused', async () => {
		const missing = await deliver(undefined);
		expect(missing.result).toEqual({ noWebhookResponse: true });
		expect(missing.response).toMatchObject({ statusCode: 401, headers: { 'www-authenticate': expect.stringMatching(/^Basic/) } });
		const wrong = await deliver(basic('u:wrong'));
		expect(wrong.result).toEqual({ noWebhookResponse: true });
		expect(wrong.response.statusCode).toBe(403);
		const right = await deliver(basic('u:p-0123456789'));
		expect(right.result.workflowData?.[0]).toHaveLength(1);
		expect(right.response.ended).toBe(false);
	});

	test('a Basic Auth check with a secret credential (or a secret check with a Basic Auth one) is refused, 500', async () => {
		const secretCredential = webhookSecret({ name: 'acmeRoutingApi', minLength: 1, okMessage: 'ok', secret: {} });
		class Mismatched extends triggerNode({ ...declaration, credential: secretCredential }) {
			description = { properties: [] } as never;
		}
		const { context, response } = fakeWebhookContext(
			{ body: {}, headers: { authorization: basic('u:p') } },
			{ parameters: { authentication: 'basicAuth' }, credentials: { acmeRoutingApi: { secret: 'x' } } },
		);
		expect(await new Mismatched().webhook.call(context)).toEqual({ noWebhookResponse: true });
		expect(response).toMatchObject({ statusCode: 500, body: { error: expect.stringContaining('cannot be made with the secret credential') } });
	});
});
