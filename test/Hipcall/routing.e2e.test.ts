// Hipcall smart routing on a real n8n: Routing Trigger → Set (the caller's extension from a table)
// → If → Routing Response (extension, or the default route), as a builder wires it; Basic Auth
// refused without an execution; an invalid extension never sent, with and without Continue On Fail.
import type { IDataObject } from 'n8n-workflow';

import { startTestN8n, type TestN8n } from '../e2e/harness';
import { nodeOutput, waitForWebhook, type WorkflowJson } from '../e2e/n8nClient';
import { ROUTING_LONG_DERIVED, fixture, fixtureText } from './fixtures';

const USER = 'hipcall';
const PASSWORD = 'routing-e2e-password-0123';
const basic = (user = USER, password = PASSWORD) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

const ROUTED_ID = '3b0e9d1c-7a41-4c55-9f0e-routing00001';
const STRICT_ID = '3b0e9d1c-7a41-4c55-9f0e-routing00002';
const LENIENT_ID = '3b0e9d1c-7a41-4c55-9f0e-routing00003';

/** Who rings where: callers by E.164, as a CRM or a Data Table would hold them. */
const EXTENSIONS: Record<string, string> = { '+905438851111': '1000', '+442045205757': '2001' };

let n8n: TestN8n;
const workflows: Record<string, string> = {};

const trigger = (webhookId: string, authentication: string, credentialId?: string): IDataObject => ({
	id: 'trigger',
	name: 'Incoming Call',
	type: 'n8n-nodes-contact-center.hipcallRoutingTrigger',
	typeVersion: 1,
	position: [0, 0],
	webhookId,
	parameters: { authentication },
	...(credentialId ? { credentials: { hipcallRoutingApi: { id: credentialId, name: 'Hipcall routing' } } } : {}),
});

const response = (name: string, parameters: IDataObject, extra: IDataObject = {}): IDataObject => ({
	id: name,
	name,
	type: 'n8n-nodes-contact-center.hipcallRoutingResponse',
	typeVersion: 1,
	position: [600, 0],
	parameters,
	...extra,
});

function routedWorkflow(credentialId: string): WorkflowJson {
	return {
		name: 'Hipcall smart routing',
		nodes: [
			trigger(ROUTED_ID, 'basicAuth', credentialId),
			{
				id: 'pick',
				name: 'Pick Extension',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [200, 0],
				parameters: {
					mode: 'manual',
					includeOtherFields: true,
					assignments: {
						assignments: [
							{ id: 'ext', name: 'extension', type: 'string', value: `={{ (${JSON.stringify(EXTENSIONS)})[$json.callerE164] ?? '' }}` },
						],
					},
					options: {},
				},
			},
			{
				id: 'known',
				name: 'Known Caller?',
				type: 'n8n-nodes-base.if',
				typeVersion: 2.2,
				position: [400, 0],
				parameters: {
					conditions: {
						options: { caseSensitive: true, leftValue: '', typeValidation: 'loose', version: 2 },
						conditions: [
							{ id: 'c1', leftValue: '={{ $json.extension }}', rightValue: '', operator: { type: 'string', operation: 'notEmpty', singleValue: true } },
						],
						combinator: 'and',
					},
					looseTypeValidation: true,
					options: {},
				},
			},
			response('Ring Extension', { routeTo: 'extension', extension: '={{ $json.extension }}' }),
			{ ...response('Default Route', { routeTo: 'defaultRoute' }), position: [600, 200] },
		],
		connections: {
			'Incoming Call': { main: [[{ node: 'Pick Extension', type: 'main', index: 0 }]] },
			'Pick Extension': { main: [[{ node: 'Known Caller?', type: 'main', index: 0 }]] },
			'Known Caller?': {
				main: [[{ node: 'Ring Extension', type: 'main', index: 0 }], [{ node: 'Default Route', type: 'main', index: 0 }]],
			},
		},
	};
}

/**
 * The extension straight from the item: the caller, which is digits only for an internal call and
 * not for "+44…". Read as callerNumber: n8n's expression sandbox refuses `$json.caller`.
 */
function directWorkflow(name: string, webhookId: string, extra: IDataObject): WorkflowJson {
	return {
		name,
		nodes: [trigger(webhookId, 'none'), { ...response('Route', { routeTo: 'extension', extension: '={{ $json.callerNumber }}' }, extra), position: [200, 0] }],
		connections: { 'Incoming Call': { main: [[{ node: 'Route', type: 'main', index: 0 }]] } },
	};
}

const url = (webhookId: string) => n8n.webhookUrl(`${webhookId}/hipcall-routing`);
const post = (webhookId: string, body: string, headers: Record<string, string> = {}) =>
	fetch(url(webhookId), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

async function executions(workflowId: string) {
	return (await n8n.client.executions(workflowId)).filter((e) => e.status !== 'running' && e.status !== 'new');
}

beforeAll(async () => {
	n8n = await startTestN8n();
	const credentialId = await n8n.client.createCredential('Hipcall routing', 'hipcallRoutingApi', { username: USER, password: PASSWORD });
	workflows.routed = await n8n.client.importAndActivate(routedWorkflow(credentialId));
	workflows.strict = await n8n.client.importAndActivate(directWorkflow('Routing, strict', STRICT_ID, {}));
	workflows.lenient = await n8n.client.importAndActivate(directWorkflow('Routing, Continue On Fail', LENIENT_ID, { onError: 'continueRegularOutput' }));
	// Registered once a body that is no routing request is refused by the trigger rather than by n8n's 404.
	await waitForWebhook(url(ROUTED_ID), { method: 'POST' }, (status) => status === 401);
	for (const id of [STRICT_ID, LENIENT_ID]) await waitForWebhook(url(id), { method: 'POST', body: '{}' }, (status) => status === 400);
});

afterAll(async () => {
	await n8n?.stop();
});

test('the long body of a known caller is answered 200 {"extension": "1000"}; the short body of another 2001', async () => {
	const started = Date.now();
	const long = await post(ROUTED_ID, fixtureText('routing-long.json'), basic());
	const elapsed = Date.now() - started;
	expect(long.status).toBe(200);
	expect(long.headers.get('content-type')).toMatch(/^application\/json/);
	expect(await long.json()).toEqual({ extension: '1000' });
	console.log(`Hipcall routing answer on real n8n: ${elapsed} ms (Hipcall waits 3000 ms)`);

	const short = await post(ROUTED_ID, fixtureText('routing-short.json'), basic());
	expect(short.status).toBe(200);
	expect(await short.json()).toEqual({ extension: '2001' });

	const [first] = await n8n.client.waitForExecutions(workflows.routed, 2);
	expect(first.status).toBe('success');
	expect(nodeOutput(first, 'Incoming Call')).toEqual([{ ...fixture('routing-long.json'), ...ROUTING_LONG_DERIVED }]);
	expect(nodeOutput(first, 'Ring Extension')).toEqual([{ route: 'extension', extension: '1000', statusCode: 200 }]);
});

test('an unknown caller takes the default route: 204 with no body, at once', async () => {
	const before = (await executions(workflows.routed)).length;
	const res = await post(ROUTED_ID, JSON.stringify({ caller: '+15550000000' }), basic());
	expect(res.status).toBe(204);
	expect(await res.text()).toBe('');
	const last = (await n8n.client.waitForExecutions(workflows.routed, before + 1)).at(-1)!;
	expect(last.status).toBe('success');
	expect(nodeOutput(last, 'Default Route')).toEqual([{ route: 'default', statusCode: 204 }]);
});

test('Basic Auth missing (401, WWW-Authenticate: Basic) or wrong (403), and a malformed body (400), start nothing', async () => {
	await n8n.client.waitForExecutions(workflows.routed, 3);
	const before = (await executions(workflows.routed)).length;
	const missing = await post(ROUTED_ID, fixtureText('routing-long.json'));
	expect(missing.status).toBe(401);
	expect(missing.headers.get('www-authenticate')).toMatch(/^Basic/);
	for (const headers of [basic(USER, 'wrong'), basic('admin', PASSWORD)]) {
		const wrong = await post(ROUTED_ID, fixtureText('routing-long.json'), headers);
		expect(wrong.status).toBe(403);
		expect(await wrong.json()).toEqual({ error: 'The Basic Auth username or password is wrong' });
	}
	const malformed = await post(ROUTED_ID, '{"caller": "+905438851111",', basic());
	expect(malformed.status).toBe(400);
	expect(((await malformed.json()) as IDataObject).error).toMatch(/not valid JSON/);
	const noCaller = await post(ROUTED_ID, JSON.stringify({ number: '+908508850000' }), basic());
	expect(noCaller.status).toBe(400);
	await new Promise((r) => setTimeout(r, 1500));
	expect((await executions(workflows.routed)).length).toBe(before);
});

test('an extension from the item: digits are sent; anything else never is — 204 and a failed execution that says why', async () => {
	const ok = await post(STRICT_ID, JSON.stringify({ caller: '1000' }));
	expect({ status: ok.status, body: await ok.text() }).toEqual({ status: 200, body: '{"extension":"1000"}' });

	const invalid = await post(STRICT_ID, fixtureText('routing-short.json'));
	expect(invalid.status).toBe(204);
	expect(await invalid.text()).toBe('');
	const last = (await n8n.client.waitForExecutions(workflows.strict, 2)).at(-1)!;
	expect(last.status).toBe('error');
	expect(JSON.stringify(last.data?.resultData.error)).toMatch(/The extension \\"\+442045205757\\" is not digits only/);
	expect(JSON.stringify(last.data?.resultData.error)).toMatch(/default destination/);
});

test('with Continue On Fail an invalid extension answers the default route and the item says why', async () => {
	const res = await post(LENIENT_ID, fixtureText('routing-short.json'));
	expect(res.status).toBe(204);
	const [execution] = await n8n.client.waitForExecutions(workflows.lenient, 1);
	expect(execution.status).toBe('success');
	expect(nodeOutput(execution, 'Route')).toEqual([
		{ route: 'default', statusCode: 204, error: 'The extension "+442045205757" is not digits only' },
	]);
});
