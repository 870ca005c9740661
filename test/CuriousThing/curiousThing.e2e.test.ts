// The Curious Thing Trigger on a real n8n 2.41.1: the human hand-off example end to end (secret URL
// segment, Remove Duplicates, IF, Send Email to a loopback SMTP sink, Data Table), and the secret
// header variant.
import type { IDataObject } from 'n8n-workflow';

import { loadWorkflow, startTestN8n, type TestN8n } from '../e2e/harness';
import { nodeOutput, waitForWebhook, type WorkflowJson } from '../e2e/n8nClient';
import { decodeMail, startSmtpSink, type SmtpSink } from '../e2e/smtpSink';
import { fixture, fixtureText } from './fixtures';

const SECRET = 'e2e-curious-thing-secret_0123456789';
const WEBHOOK_ID = 'b7e2c4a1-5d3f-4e8a-9c6b-2f1a0d9e8c7b';

let n8n: TestN8n;
let smtp: SmtpSink;
let workflowId: string;
let tableId: string;
let credentialId: string;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function post(url: string, body: string, headers: Record<string, string> = {}) {
	return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/** The example as a user imports it, with the ids of the credentials the test created. */
function exampleWorkflow(ids: Record<string, string>): WorkflowJson {
	let text = JSON.stringify(loadWorkflow('examples/curious-thing-human-handoff.json'));
	for (const [placeholder, id] of Object.entries(ids)) text = text.split(placeholder).join(id);
	return JSON.parse(text) as WorkflowJson;
}

const handoffUrl = (secret: string) => n8n.webhookUrl(`${WEBHOOK_ID}/${WEBHOOK_ID}/${secret}`);

beforeAll(async () => {
	smtp = await startSmtpSink();
	n8n = await startTestN8n();
	credentialId = await n8n.client.createCredential('Curious Thing webhook secret', 'curiousThingWebhookApi', {
		secret: SECRET,
		headerName: 'X-Webhook-Secret',
	});
	const smtpId = await n8n.client.createCredential('SMTP sink', 'smtp', {
		user: 'n8n',
		password: 'n8n',
		host: '127.0.0.1',
		port: smtp.port,
		secure: false,
		disableStartTls: true,
	});
	tableId = await n8n.client.createDataTable('Curious Thing calls', [
		{ name: 'eventId', type: 'string' },
		{ name: 'eventType', type: 'string' },
		{ name: 'name', type: 'string' },
		{ name: 'phone', type: 'string' },
		{ name: 'status', type: 'string' },
		{ name: 'statusGroup', type: 'string' },
		{ name: 'campaignId', type: 'string' },
	]);
	workflowId = await n8n.client.importAndActivate(
		exampleWorkflow({ CURIOUS_THING_CREDENTIAL_ID: credentialId, SMTP_CREDENTIAL_ID: smtpId }),
	);
	// The secret-segment route is dynamic: poll with a request refused for its secret.
	await waitForWebhook(handoffUrl('not-the-secret'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' }, (status) => status !== 404, 15_000);
});

afterAll(async () => {
	await n8n?.stop();
	await smtp?.close();
});

test('a wrong secret segment is answered 403 and records no execution', async () => {
	const res = await post(handoffUrl('wrong-secret'), fixtureText('CallComplete.json'));
	expect(res.status).toBe(403);
	expect(((await res.json()) as IDataObject).error).toMatch(/secret segment/);
	await sleep(500);
	expect(await n8n.client.executions(workflowId)).toHaveLength(0);
});

test("the seed's malformed text is answered 400 and records no execution", async () => {
	const res = await post(handoffUrl(SECRET), fixtureText('CallComplete.malformed.txt'));
	expect(res.status).toBe(400);
	expect(((await res.json()) as IDataObject).error).toMatch(/not valid JSON/);
	await sleep(500);
	expect(await n8n.client.executions(workflowId)).toHaveLength(0);
});

test('a 3-event batch runs once with 3 items: the one who asked for a human is emailed, the rest stored', async () => {
	const res = await post(handoffUrl(SECRET), fixtureText('CallComplete.json'));
	expect(res.status).toBe(200);
	expect(await res.json()).toEqual({ received: true, events: 3 });

	const executions = await n8n.client.waitForExecutions(workflowId, 1);
	expect(executions).toHaveLength(1);
	const [execution] = executions;
	expect(execution.status).toBe('success');

	const items = nodeOutput(execution, 'Curious Thing Trigger');
	expect(items.map((i) => i.id)).toEqual(fixture('CallComplete').map((e) => e.id));
	expect(items.map((i) => i.batchIndex)).toEqual([0, 1, 2]);
	expect(items.map((i) => i.humanSupportRequested)).toEqual([false, true, false]);
	expect(nodeOutput(execution, 'Asked for a human?', 0).map((i) => i.id)).toEqual(['d07b9760-9c74-4c12-919b-3b88adbf5863']);

	const [mail] = await smtp.waitFor(1);
	expect(mail.to).toEqual(['support-team@example.com']);
	const text = decodeMail(mail.raw);
	expect(text).toContain('John Doe');
	expect(text).toContain('+61491573087');
	expect(text).toContain('I want to talk to a human.');
	expect(text).not.toContain('Jane Doe');

	const rows = await n8n.client.listRows(tableId);
	expect(rows.map((r) => r.eventId).sort()).toEqual(['CallComplete:34441be5-750e-49bc-a1d8-fd701790b345', 'CallComplete:3aa7c3d2-6d1a-4b02-9418-f8ae1e16bbc0']);
	const voicemail = rows.find((r) => r.eventId === 'CallComplete:34441be5-750e-49bc-a1d8-fd701790b345');
	expect(voicemail).toMatchObject({ eventType: 'CallComplete', status: 'Not Complete', statusGroup: 'Failed', phone: '+61491573087' });
});

test('the same batch re-sent is dropped by Remove Duplicates on eventId: no second email, no new rows', async () => {
	const res = await post(handoffUrl(SECRET), fixtureText('CallComplete.json'));
	expect(res.status).toBe(200);
	const executions = await n8n.client.waitForExecutions(workflowId, 2);
	expect(nodeOutput(executions[1], 'Curious Thing Trigger')).toHaveLength(3);
	expect(nodeOutput(executions[1], 'Skip events already handled')).toHaveLength(0);
	await sleep(1000);
	expect(smtp.messages).toHaveLength(1);
	expect(await n8n.client.listRows(tableId)).toHaveLength(2);
});

test('a batch with a malformed element still runs: the good event is handled and the bad one flagged', async () => {
	const before = (await n8n.client.executions(workflowId)).length;
	const single = fixture<IDataObject>('CallComplete-single');
	const res = await post(handoffUrl(SECRET), JSON.stringify([single, 'garbage']));
	expect(res.status).toBe(200);
	const executions = await n8n.client.waitForExecutions(workflowId, before + 1);
	const items = nodeOutput(executions[before], 'Curious Thing Trigger');
	expect(items).toHaveLength(2);
	expect(items[0]).toMatchObject({ eventId: `CallComplete:${single.id}`, humanSupportRequested: true });
	expect(items[1]).toMatchObject({ malformed: true, element: 'garbage', batchIndex: 1 });
	await smtp.waitFor(2);
	expect(smtp.messages).toHaveLength(2);
	expect(decodeMail(smtp.messages[1].raw)).toContain('Priya Nair');
	expect(decodeMail(smtp.messages[1].raw)).toContain('Can someone call me back about my bill?');
});

test('secret header variant: missing -> 401, wrong -> 403, right -> an execution', async () => {
	const workflow = exampleWorkflow({ CURIOUS_THING_CREDENTIAL_ID: credentialId, SMTP_CREDENTIAL_ID: 'unused' });
	const trigger = workflow.nodes.find((node) => node.name === 'Curious Thing Trigger') as IDataObject;
	trigger.webhookId = 'curious-thing-header-e2e';
	(trigger.parameters as IDataObject).authentication = 'headerSecret';
	(trigger.parameters as IDataObject).events = ['*'];
	const headerWorkflow: WorkflowJson = {
		name: 'Curious Thing header secret',
		nodes: [trigger, { id: 'noop', name: 'No Operation', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [240, 0], parameters: {} }],
		connections: { 'Curious Thing Trigger': { main: [[{ node: 'No Operation', type: 'main', index: 0 }]] } },
	};
	const path = 'curious-thing-header-e2e/curious-thing';
	const id = await n8n.client.importAndActivate(headerWorkflow, `/webhook/${path}`);
	const body = fixtureText('SMSReceived.json');

	expect((await post(n8n.webhookUrl(path), body)).status).toBe(401);
	expect((await post(n8n.webhookUrl(path), body, { 'X-Webhook-Secret': 'wrong' })).status).toBe(403);
	await sleep(500);
	expect(await n8n.client.executions(id)).toHaveLength(0);

	const ok = await post(`${n8n.webhookUrl(path)}?eventType=SMSReceived`, body, { 'X-Webhook-Secret': SECRET });
	expect(ok.status).toBe(200);
	const [execution] = await n8n.client.waitForExecutions(id, 1);
	expect(nodeOutput(execution, 'No Operation')[0]).toMatchObject({
		eventType: 'SMSReceived',
		eventTypeSource: 'url',
		phone: '+61491573087',
		message: 'Message text body',
	});
});
