import { secretCredentialProblem, secretCredentialTest, type SecretCredentialRules } from '../../nodes/shared/webhook';

const inUrl: SecretCredentialRules = { minLength: 16, urlSafe: true, headerName: 'optional', okMessage: 'fine' };
const inHeader: SecretCredentialRules = { minLength: 8, headerName: 'required', okMessage: 'fine' };

describe('secretCredentialProblem', () => {
	test.each([
		[{ secret: '' }, inUrl, /empty/],
		[{ secret: 'short' }, inUrl, /shorter than 16/],
		[{ secret: 'has spaces in it, sixteen+' }, inUrl, /letters, digits/],
		[{ secret: 'abcdefghijklmnop', headerName: 'Bad Header' }, inUrl, /not a valid HTTP header/],
		[{ secret: 'long enough' }, inHeader, /"" is not a valid HTTP header/],
		[{ secret: '1234567', headerName: 'X-Token' }, inHeader, /shorter than 8/],
	])('%p is refused', (data, rules, message) => {
		expect(secretCredentialProblem(data, rules)).toMatch(message);
	});

	test.each([
		[{ secret: 'abcdefghijklmnop_-12' }, inUrl],
		[{ secret: 'abcdefghijklmnop_-12', headerName: 'X-Webhook-Secret' }, inUrl],
		[{ secret: 'Bearer with spaces', headerName: 'Authorization' }, inHeader],
	])('%p is usable', (data, rules) => {
		expect(secretCredentialProblem(data, rules)).toBeUndefined();
	});
});

test('the Test button answers OK with the next step, or Error with the problem', async () => {
	const test = secretCredentialTest(inHeader);
	const run = async (data: Record<string, string>) => await test.call({} as never, { id: '1', name: 'c', type: 't', data });
	expect(await run({ headerName: 'X-Token', secret: '0123456789' })).toEqual({ status: 'OK', message: 'fine' });
	expect(await run({ headerName: 'X-Token', secret: '' })).toEqual({ status: 'Error', message: 'The secret is empty' });
});

test('a bearer secret must come without the word Bearer and without spaces', () => {
	const bearer: SecretCredentialRules = { minLength: 16, bearer: true, headerName: 'none', okMessage: 'fine' };
	expect(secretCredentialProblem({ secret: 'Bearer abcdefghijklmnopqrstuvwxyz' }, bearer)).toMatch(/without the word "Bearer"/);
	expect(secretCredentialProblem({ secret: 'has a space inside of it' }, bearer)).toMatch(/spaces/);
	expect(secretCredentialProblem({ secret: 'abcdefghijklmnop.~+/' }, bearer)).toBeUndefined();
});
