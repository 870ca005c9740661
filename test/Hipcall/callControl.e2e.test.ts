// Hipcall external management on a real n8n: the two-level IVR example as a builder imports it,
// one call of three steps end to end (the first POST, the POST after each gather, the connect); a
// wrong key hangs up politely; Basic Auth refused without an execution; an invalid answer never
// sent (204 at once, a failed execution that says why), and with Continue On Fail.
import * as fs from 'fs';
import * as path from 'path';
import type { IDataObject } from 'n8n-workflow';

import { REPO_ROOT, startTestN8n, type TestN8n } from '../e2e/harness';
import { nodeOutput, waitForWebhook, type WorkflowJson } from '../e2e/n8nClient';
import { CALL_STEP1_DERIVED, fixture, fixtureText } from './fixtures';

const USER = 'hipcall';
const PASSWORD = 'call-control-e2e-password-0123';
const basic = (user = USER, password = PASSWORD) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

const IVR_ID = '5a7c2e10-4b3d-4f6a-9e21-c0ffee000002';
const STRICT_ID = '5a7c2e10-4b3d-4f6a-9e21-ca11c0000001';
const LENIENT_ID = '5a7c2e10-4b3d-4f6a-9e21-ca11c0000002';
const AUDIO = 'https://example.com/hipcall-audio/';

let n8n: TestN8n;
const workflows: Record<string, string> = {};

/** Trigger (no auth) → a Call Control Response that connects to the caller's number as an extension: digits only for internal callers. */
function directWorkflow(name: string, webhookId: string, extra: IDataObject): WorkflowJson {
	return {
		name,
		nodes: [
			{ id: 't', name: 'Step', type: 'n8n-nodes-contact-center.hipcallCallControlTrigger', typeVersion: 1, position: [0, 0], webhookId, parameters: { authentication: 'none' } },
			{
				id: 'r',
				name: 'Answer',
				type: 'n8n-nodes-contact-center.hipcallCallControlResponse',
				typeVersion: 1,
				position: [220, 0],
				parameters: { respondWith: 'actions', actions: { action: [{ type: 'say', text: 'One moment', language: 'en-US' }, { type: 'connect', extension: '={{ $json.callerNumber }}' }] } },
				...extra,
			},
		],
		connections: { Step: { main: [[{ node: 'Answer', type: 'main', index: 0 }]] } },
	};
}

const url = (webhookId: string) => n8n.webhookUrl(`${webhookId}/hipcall-call-control`);
const post = (webhookId: string, body: string, headers: Record<string, string> = {}) =>
	fetch(url(webhookId), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

async function finished(workflowId: string) {
	return (await n8n.client.executions(workflowId)).filter((e) => e.status !== 'running' && e.status !== 'new');
}

beforeAll(async () => {
	n8n = await startTestN8n();
	const example = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'examples/hipcall-ivr-menu.json'), 'utf8')) as WorkflowJson;
	const credentialId = await n8n.client.createCredential('Hipcall web service', 'hipcallRoutingApi', { username: USER, password: PASSWORD });
	const withCredential = JSON.parse(JSON.stringify(example).split('hipcall-web-service-basic-auth').join(credentialId)) as WorkflowJson;
	workflows.ivr = await n8n.client.importAndActivate(withCredential);
	workflows.strict = await n8n.client.importAndActivate(directWorkflow('Call control, strict', STRICT_ID, {}));
	workflows.lenient = await n8n.client.importAndActivate(directWorkflow('Call control, Continue On Fail', LENIENT_ID, { onError: 'continueRegularOutput' }));
	await waitForWebhook(url(IVR_ID), { method: 'POST' }, (status) => status === 401);
	for (const id of [STRICT_ID, LENIENT_ID]) await waitForWebhook(url(id), { method: 'POST', body: '{}' }, (status) => status === 400);
});

afterAll(async () => {
	await n8n?.stop();
});

test('one call, three steps: the main menu is asked, then the support menu, then the call is connected to technical support', async () => {
	const answers: Array<{ status: number; body: IDataObject; ms: number }> = [];
	for (const n of [1, 2, 3]) {
		const started = Date.now();
		const res = await post(IVR_ID, fixtureText(`call-control-step${n}.json`), basic());
		answers.push({ status: res.status, body: (await res.json()) as IDataObject, ms: Date.now() - started });
		await n8n.client.waitForExecutions(workflows.ivr, n);
	}
	console.log(`Hipcall call-control answers on real n8n: ${answers.map((a) => `${a.ms} ms`).join(', ')} (Hipcall waits 15000 ms)`);
	expect(answers.map(({ status, body }) => ({ status, body }))).toEqual([
		{
			status: 200,
			body: {
				version: '1',
				seq: [
					{ action: 'play', args: { url: `${AUDIO}welcome.mp3` } },
					{ action: 'gather', args: { min_digits: 1, max_digits: 1, ask: `${AUDIO}main-menu.mp3`, variable_name: 'menu' } },
				],
			},
		},
		{ status: 200, body: { version: '1', seq: [{ action: 'gather', args: { min_digits: 1, max_digits: 1, ask: `${AUDIO}support-menu.mp3`, variable_name: 'support' } }] } },
		{ status: 200, body: { version: '1', seq: [{ action: 'connect', args: { destination: '1002' } }] } },
	]);
	const [first, second, third] = await n8n.client.waitForExecutions(workflows.ivr, 3);
	expect([first.status, second.status, third.status]).toEqual(['success', 'success', 'success']);
	expect(nodeOutput(first, 'Hipcall Call Control Trigger')).toEqual([{ ...fixture('call-control-step1.json'), ...CALL_STEP1_DERIVED }]);
	expect(nodeOutput(third, 'Hipcall Call Control Trigger')[0]).toMatchObject({ gathered: { menu: '2', support: '1' }, stepNumber: 3, firstStep: false });
});

test('a key that is no option: an apology, then hang up', async () => {
	const before = (await finished(workflows.ivr)).length;
	const res = await post(IVR_ID, JSON.stringify({ ...fixture('call-control-step2.json'), data: { menu: '7' } }), basic());
	expect(await res.json()).toEqual({ version: '1', seq: [{ action: 'say', args: { text: 'Sorry, that is not an option. Goodbye.', language: 'en-US' } }, { action: 'hangup' }] });
	await n8n.client.waitForExecutions(workflows.ivr, before + 1);
});

test('Basic Auth missing (401) or wrong (403), and a body that is no call step (400), start nothing', async () => {
	const before = (await finished(workflows.ivr)).length;
	const missing = await post(IVR_ID, fixtureText('call-control-step1.json'));
	expect(missing.status).toBe(401);
	expect(missing.headers.get('www-authenticate')).toMatch(/^Basic/);
	for (const headers of [basic(USER, 'wrong'), basic('admin', PASSWORD)]) {
		expect((await post(IVR_ID, fixtureText('call-control-step1.json'), headers)).status).toBe(403);
	}
	const malformed = await post(IVR_ID, '{"caller": "+908508852972",', basic());
	expect(malformed.status).toBe(400);
	const badData = await post(IVR_ID, JSON.stringify({ caller: '+908508852972', data: 'menu=1' }), basic());
	expect(badData.status).toBe(400);
	expect(((await badData.json()) as IDataObject).error).toMatch(/"data" that is not an object/);
	await new Promise((r) => setTimeout(r, 1500));
	expect((await finished(workflows.ivr)).length).toBe(before);
});

test('an answer with a mistake is never sent: Hipcall gets 204 at once, the execution fails saying why', async () => {
	const ok = await post(STRICT_ID, JSON.stringify({ caller: '1000' }));
	expect(await ok.json()).toEqual({ version: '1', seq: [{ action: 'say', args: { text: 'One moment', language: 'en-US' } }, { action: 'connect', args: { destination: '1000' } }] });

	const invalid = await post(STRICT_ID, fixtureText('call-control-step1.json'));
	expect(invalid.status).toBe(204);
	expect(await invalid.text()).toBe('');
	const last = (await n8n.client.waitForExecutions(workflows.strict, 2)).at(-1)!;
	expect(last.status).toBe('error');
	expect(JSON.stringify(last.data?.resultData.error)).toMatch(/Action 2 \(Connect to Extension\): the extension \\"\+908508852972\\" is not digits only/);
	expect(JSON.stringify(last.data?.resultData.error)).toMatch(/default target/);
});

test('with Continue On Fail the refused answer hands the call back and the item says why', async () => {
	const res = await post(LENIENT_ID, fixtureText('call-control-step1.json'));
	expect(res.status).toBe(204);
	const [execution] = await n8n.client.waitForExecutions(workflows.lenient, 1);
	expect(execution.status).toBe('success');
	expect(nodeOutput(execution, 'Answer')).toEqual([
		{ answer: 'default', statusCode: 204, error: 'Action 2 (Connect to Extension): the extension "+908508852972" is not digits only' },
	]);
});
