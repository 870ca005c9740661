// The fake refuses what Hipcall documents refusing, with Hipcall's answers; otherwise the node's
// tests against it would prove nothing.
import { startHipcallFake, type HipcallFake } from './hipcallFake';

const TOKEN = 'fake-token';
let api: HipcallFake;

beforeAll(async () => {
	api = await startHipcallFake({ token: TOKEN });
});
afterAll(async () => {
	await api.stop();
});

async function send(method: string, path: string, body?: unknown, token = TOKEN) {
	const res = await fetch(`${api.baseUrl}${path}`, {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

test('it listens on 127.0.0.1 only, under /api/v3', () => {
	expect(new URL(api.baseUrl).hostname).toBe('127.0.0.1');
	expect(new URL(api.baseUrl).pathname).toBe('/api/v3');
});

test('a missing or wrong token is 401, an unknown path or record 404', async () => {
	expect((await send('GET', '/users', undefined, 'nope')).status).toBe(401);
	expect(await send('GET', '/nothing')).toEqual({ status: 404, body: { errors: { detail: 'Not Found' } } });
	expect((await send('GET', '/contacts/by-external-id/none')).status).toBe(404);
});

test('IDs must be numbers: "80679" is refused where 80679 is taken', async () => {
	expect(await send('PATCH', '/contacts/49775', { company_id: '80679' })).toEqual({
		status: 422,
		body: { errors: { company_id: ['must be an integer, got "80679"'] } },
	});
	expect((await send('PATCH', '/contacts/49775', { company_id: 80679 })).status).toBe(200);
	expect((await send('POST', '/extensions/2004/call', { callee_number: '+905326202911', number_id: '638' })).status).toBe(422);
});

test('an extension call needs number_id; a user call does not', async () => {
	expect(await send('POST', '/extensions/2004/call', { callee_number: '+905326202911' })).toEqual({
		status: 422,
		body: { errors: { number_id: ["can't be blank"] } },
	});
	expect((await send('POST', '/users/2945/call', { callee_number: '+905326202911' })).status).toBe(201);
});

test('dates are written to the second: milliseconds are refused', async () => {
	expect((await send('GET', '/calls?started_at%5Bgte%5D=2024-11-17T00:00:00.000Z')).status).toBe(422);
	expect((await send('GET', '/calls?started_at%5Bgte%5D=2024-11-17T00:00:00Z')).status).toBe(200);
	expect((await send('GET', '/calls?started_at%5Bgt%5D=2024-11-17')).status).toBe(200);
	expect((await send('POST', '/tasks', { name: 'x', due_date: '2025-10-24T01:50:34.000Z' })).status).toBe(422);
});

test('lists answer data and meta.count; limit is 1 to 100; unknown query fields are refused', async () => {
	const page = await send('GET', '/users?limit=100&offset=200');
	expect(page.body?.data).toHaveLength(50);
	expect(page.body?.meta).toEqual({ count: 250, limit: 100, offset: 200 });
	expect((await send('GET', '/users?limit=101')).status).toBe(422);
	expect((await send('GET', '/users?page=2')).body).toEqual({ errors: { page: ['Unexpected field: page'] } });
});

test("card rows: shortText needs no label, other fields are refused with Hipcall's message, even as null", async () => {
	expect((await send('POST', '/calls/c-1/cards', { card: [{ type: 'shortText', text: 'VIP' }] })).status).toBe(201);
	expect(await send('POST', '/calls/c-1/cards', { card: [{ type: 'title', text: 'CRM' }, { type: 'shortText', text: 'x', user_id: null }] })).toEqual({
		status: 422,
		body: {
			errors: {
				'card.1': ['shortText type only allows fields: type, text, label, link, ios, android. Invalid fields found: user_id in card item 2'],
			},
		},
	});
	expect((await send('POST', '/calls/c-1/cards', { card: [{ type: 'user', user_id: 1 }] })).status).toBe(422);
});

test('PATCH refuses phones and emails: they are sub-resources', async () => {
	expect((await send('PATCH', '/contacts/49775', { phones: [] })).body).toEqual({ errors: { phones: ['Unexpected field: phones'] } });
});
