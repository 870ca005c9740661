import { RECEIVED, acknowledgeIgnored, authorize, getWebhookRequest, readBody } from '../../nodes/shared/webhook';
import { fakeWebhookContext } from '../helpers/webhookContext';

const secrets = [{ kind: 'header' as const, headerName: 'x-secret', value: 'right' }];

function request(init: Parameters<typeof fakeWebhookContext>[0]) {
	const { context, response } = fakeWebhookContext(init);
	return { context, response, request: getWebhookRequest(context) };
}

describe('readBody', () => {
	test('a JSON body of the expected shape is parsed; nothing is answered yet', async () => {
		const { request: req, response } = request({ body: [{ a: 1 }] });
		expect(await readBody(req, { shape: 'objectOrArray' })).toMatchObject({ ok: true, body: [{ a: 1 }] });
		expect(response.ended).toBe(false);
	});

	test('malformed JSON and a wrong shape come back with what is wrong', async () => {
		expect(await readBody(request({ body: '{"a":1,,}' }).request, { shape: 'object' })).toEqual({
			ok: false,
			message: expect.stringMatching(/not valid JSON/),
		});
		expect(await readBody(request({ body: [1, 2] }).request, { shape: 'object' })).toEqual({
			ok: false,
			message: 'Expected a JSON object, got an array',
		});
	});

	test('an empty body is refused unless the trigger allows it, then it is {}', async () => {
		expect(await readBody(request({ body: '' }).request, { shape: 'object' })).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
		expect(await readBody(request({ body: ' ' }).request, { shape: 'object', allowEmpty: true })).toMatchObject({ ok: true, body: {} });
	});

	test('a form body is read as fields only where the trigger accepts forms', async () => {
		const form = { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'phone=%2B4670&name=Ann' };
		expect(await readBody(request(form).request, { shape: 'object', acceptForm: true })).toMatchObject({
			ok: true,
			body: { phone: '+4670', name: 'Ann' },
		});
		expect(await readBody(request(form).request, { shape: 'object' })).toMatchObject({ ok: false });
	});

	test('a body n8n cannot read is a 413 when too large, a 400 when cut off, never a thrown error', async () => {
		const failing = (error: object) => ({
			headers: {},
			query: {},
			params: {},
			readRawBody: async () => {
				throw Object.assign(new Error('stand-in'), error);
			},
		});
		// The shapes raw-body and n8n's body reader throw (status, or httpStatusCode on n8n's BadRequestError).
		expect(await readBody(failing({ status: 413, statusCode: 413, type: 'entity.too.large' }), { shape: 'object' })).toEqual({
			ok: false,
			status: 413,
			message: expect.stringMatching(/larger than this n8n accepts/),
		});
		const aborted = await readBody(failing({ httpStatusCode: 400, message: 'Request body stream was aborted mid-read' }), { shape: 'object' });
		expect(aborted).toEqual({ ok: false, message: 'The request body could not be read: Request body stream was aborted mid-read' });
		const gzip = await readBody(failing({ code: 'Z_DATA_ERROR', message: 'incorrect header check' }), { shape: 'objectOrArray' });
		expect(gzip).toMatchObject({ ok: false, message: expect.stringContaining('incorrect header check') });
	});

	test('a GET lookup reads no body at all', async () => {
		expect(await readBody(request({ method: 'GET', body: '{oops' }).request, { shape: 'none' })).toEqual({ ok: true, body: {} });
	});
});

describe('authorize', () => {
	test('401 without the secret, 403 with a wrong one, answered here with a JSON error', () => {
		for (const [headers, status] of [[{}, 401], [{ 'x-secret': 'wrong' }, 403]] as const) {
			const { context, response, request: req } = request({ headers });
			expect(authorize(context, req, secrets)).toEqual({ noWebhookResponse: true });
			expect(response.statusCode).toBe(status);
			expect(response.body).toEqual({ error: expect.any(String) });
		}
		const ok = request({ headers: { 'x-secret': 'right' } });
		expect(authorize(ok.context, ok.request, secrets)).toBeUndefined();
		expect(ok.response.ended).toBe(false);
	});

	test('ignored deliveries are acknowledged without an execution', () => {
		expect(acknowledgeIgnored('event not selected')).toEqual({
			webhookResponse: { received: true, ignored: 'event not selected' },
		});
		expect(RECEIVED).toEqual({ received: true });
	});
});
