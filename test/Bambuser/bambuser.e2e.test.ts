// The exported example on a real n8n: Bambuser Trigger -> Remove Duplicates -> Call Summary Email ->
// Send Email, with the email caught by a loopback SMTP sink.
import type { IDataObject } from 'n8n-workflow';

import { loadWorkflow, startTestN8n, type TestN8n } from '../e2e/harness';
import { nodeOutput, type WorkflowJson } from '../e2e/n8nClient';
import { decodeMail, startSmtpSink, type SmtpSink } from '../e2e/smtpSink';
import { HEADER, SECRET, fixture, fixtureText } from './fixtures';

let n8n: TestN8n;
let smtp: SmtpSink;
let workflowId: string;
let url: string;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Points the example's credential references at the credentials this test created. */
function withCredentials(workflow: WorkflowJson, ids: Record<string, string>): WorkflowJson {
	for (const node of workflow.nodes) {
		const credentials = node.credentials as Record<string, IDataObject> | undefined;
		for (const [type, reference] of Object.entries(credentials ?? {})) {
			if (!ids[type]) throw new Error(`the test has no credential of type ${type}`);
			reference.id = ids[type];
		}
	}
	return workflow;
}

function post(body: string, headers: Record<string, string> = { [HEADER]: SECRET }): Promise<Response> {
	return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

function unfold(header: string | undefined): string {
	return (header ?? '').replace(/\r\n(?=[ \t])/g, '');
}

beforeAll(async () => {
	smtp = await startSmtpSink();
	n8n = await startTestN8n();
	const ids = {
		bambuserWebhookApi: await n8n.client.createCredential('Bambuser webhook header', 'bambuserWebhookApi', {
			headerName: HEADER,
			secret: SECRET,
		}),
		smtp: await n8n.client.createCredential('SMTP sink', 'smtp', {
			user: '',
			password: '',
			host: '127.0.0.1',
			port: smtp.port,
			secure: false,
			disableStartTls: true,
			hostName: '',
		}),
	};
	const workflow = withCredentials(loadWorkflow('examples/bambuser-call-summary-email.json'), ids);
	const trigger = workflow.nodes.find((node) => node.type === 'n8n-nodes-contact-center.bambuserTrigger');
	const path = `${trigger?.webhookId as string}/bambuser`;
	url = n8n.webhookUrl(path);
	workflowId = await n8n.client.importAndActivate(workflow, `/webhook/${path}`);
});

afterAll(async () => {
	await n8n?.stop();
	await smtp?.close();
});

test('a call summary becomes one email with the expected subject, products and chat', async () => {
	const res = await post(fixtureText('call-summary.json'));
	expect(res.status).toBe(200);
	expect(await res.json()).toEqual({ received: true });

	const [mail] = await smtp.waitFor(1);
	expect(mail.to).toEqual(['jon.doe@bambuser.com']);
	expect(unfold(mail.subject)).toBe('Summary of your video call with Fashion for the Curious');
	const body = decodeMail(mail.raw);
	for (const part of ['Amazing handbag', 'Better handbag', '€1,000.00', '€1,299.00', 'Hi Jon,', 'CURIOUS20', 'Thank you!']) {
		expect(body).toContain(part);
	}
	// The example sets Europe/Stockholm: the 10:04 UTC chat line is 11:04 there.
	expect(body).toMatch(/11:04\sAM/);

	const [execution] = await n8n.client.waitForExecutions(workflowId, 1);
	expect(execution.status).toBe('success');
	expect(nodeOutput(execution, 'Bambuser Trigger')[0]).toMatchObject(fixture('call-summary'));
	expect(nodeOutput(execution, 'Call Summary Email')[0]).toMatchObject({
		eventId: 'webhook-transaction-id',
		to: 'jon.doe@bambuser.com',
		productCount: 2,
	});
});

test('hostile chat text arrives escaped in the HTML part', async () => {
	expect((await post(fixtureText('call-summary-hostile.json'))).status).toBe(200);
	const mails = await smtp.waitFor(2);
	const body = decodeMail(mails[1].raw);
	// The text/plain part carries the text as typed; the HTML part must carry it escaped.
	const html = body.slice(body.indexOf('<!DOCTYPE html>'));
	expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Thanks &amp; bye');
	expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; Handbag &amp; Co');
	expect(html).not.toMatch(/<script|<img src=x|href="javascript/i);
	await n8n.client.waitForExecutions(workflowId, 2);
});

test('a retry with the same eventId runs but sends no second email', async () => {
	expect((await post(fixtureText('call-summary.json'))).status).toBe(200);
	const executions = await n8n.client.waitForExecutions(workflowId, 3);
	const retry = executions[2];
	expect(retry.status).toBe('success');
	expect(nodeOutput(retry, 'Bambuser Trigger')[0].eventId).toBe('webhook-transaction-id');
	expect(retry.data?.resultData.runData['Send Email']).toBeUndefined();
	await sleep(1500);
	expect(smtp.messages).toHaveLength(2);
});

test('a wrong or missing header and a malformed body are refused and start nothing', async () => {
	const wrong = await post(fixtureText('call-summary.json'), { [HEADER]: 'not-the-secret' });
	expect(wrong.status).toBe(403);
	const missing = await post(fixtureText('call-summary.json'), {});
	expect(missing.status).toBe(401);
	const malformed = await post(fixtureText('malformed-call-summary.txt'));
	expect(malformed.status).toBe(400);
	expect(((await malformed.json()) as IDataObject).error).toMatch(/not valid JSON/);
	const notSelected = await post(fixtureText('call-ended.json'));
	expect(notSelected.status).toBe(200);

	await sleep(2000);
	expect(await n8n.client.executions(workflowId)).toHaveLength(3);
	expect(smtp.messages).toHaveLength(2);
});

test('one item per product and per chat message on real n8n, without authentication', async () => {
	const trigger = (webhookId: string, output: string) => ({
		name: 'Bambuser Trigger',
		type: 'n8n-nodes-contact-center.bambuserTrigger',
		typeVersion: 1,
		webhookId,
		parameters: { authentication: 'none', collections: ['*'], actions: ['*'], output },
	});
	const noOp = { id: 'n', name: 'No Operation', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [220, 0], parameters: {} };
	const ids: Record<string, string> = {};
	for (const output of ['products', 'chat']) {
		const webhookId = `e2e-bambuser-${output}`;
		ids[output] = await n8n.client.importAndActivate(
			{
				name: `Bambuser ${output}`,
				nodes: [{ id: 't', position: [0, 0], ...trigger(webhookId, output) }, noOp],
				connections: { 'Bambuser Trigger': { main: [[{ node: 'No Operation', type: 'main', index: 0 }]] } },
			},
			`/webhook/${webhookId}/bambuser`,
		);
		const res = await fetch(n8n.webhookUrl(`${webhookId}/bambuser`), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: fixtureText('call-summary.json'),
		});
		expect(res.status).toBe(200);
	}

	const [products] = await n8n.client.waitForExecutions(ids.products, 1);
	const productItems = nodeOutput(products, 'No Operation');
	expect(productItems.map((i) => [i.itemKey, (i.product as IDataObject).name, i.clientEmail])).toEqual([
		['webhook-transaction-id:product:0', 'Amazing handbag', 'jon.doe@bambuser.com'],
		['webhook-transaction-id:product:1', 'Better handbag', 'jon.doe@bambuser.com'],
	]);

	const [chat] = await n8n.client.waitForExecutions(ids.chat, 1);
	expect(nodeOutput(chat, 'No Operation').map((i) => [i.senderName, i.text])).toEqual([
		['Agent Name', 'Here is the discount code that you can use when checking out - CURIOUS20'],
		['Jon Doe', 'Thank you!'],
	]);

	// Without the hidden raw-body option in the saved parameters, n8n must still hand us the raw body.
	const malformed = await fetch(n8n.webhookUrl('e2e-bambuser-chat/bambuser'), {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: fixtureText('malformed-call-summary.txt'),
	});
	expect(malformed.status).toBe(400);
});
