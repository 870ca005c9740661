// The exported example on a real n8n: lookups answered from a Data Table, call logs stored once.
import type { IDataObject } from 'n8n-workflow';

import { loadWorkflow, startTestN8n, type TestN8n } from '../e2e/harness';
import { nodeOutput, waitForWebhook, type WorkflowJson } from '../e2e/n8nClient';
import { SECRET, bearer, fixture, fixtureText } from './fixtures';

const LOOKUP_ID = '6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b01';
const CALL_LOG_ID = '6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b02';

let n8n: TestN8n;
let workflowId: string;
let callLogTable: string;

/** A lookup URL: /webhook/<webhook id>/<event>/<customer id>, the webhook id once. */
const eventUrl = (webhookId: string, segment: string, customerId: string, query: IDataObject = {}) => {
	const search = new URLSearchParams(query as Record<string, string>).toString();
	return `${n8n.webhookUrl(`${webhookId}/${segment}/${customerId}`)}${search ? `?${search}` : ''}`;
};
const lookupUrl = (customerId: string, query: IDataObject) => eventUrl(LOOKUP_ID, 'lookup', customerId, query);
const callLogUrl = (customerId: string) => eventUrl(CALL_LOG_ID, 'call-log', customerId);

const postCallLog = (body: string, headers: Record<string, string> = bearer()) =>
	fetch(callLogUrl('acme'), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** Dynamic webhook paths cannot be probed with PATCH: wait until an unauthenticated request gets 401. */
const waitForDynamicRoute = (url: string, method: string) => waitForWebhook(url, { method }, (status) => status === 401, 15_000);

async function finishedExecutions(): Promise<number> {
	return (await n8n.client.executions(workflowId)).length;
}

beforeAll(async () => {
	n8n = await startTestN8n();
	const contacts = await n8n.client.createDataTable('m8com_contacts', [
		{ name: 'customerId', type: 'string' },
		{ name: 'phone', type: 'string' },
		{ name: 'name', type: 'string' },
		{ name: 'firstName', type: 'string' },
		{ name: 'lastName', type: 'string' },
		{ name: 'email', type: 'string' },
		{ name: 'company', type: 'string' },
		{ name: 'title', type: 'string' },
		{ name: 'crmUrl', type: 'string' },
		{ name: 'lastNote', type: 'string' },
		{ name: 'lastNoteAt', type: 'date' },
	]);
	await n8n.client.insertRows(contacts, [
		{
			customerId: 'acme',
			phone: '+46701234567',
			name: 'Maria Andersson',
			firstName: 'Maria',
			lastName: 'Andersson',
			email: 'maria.andersson@acme.inc',
			company: 'Acme Inc.',
			title: 'Insights Engineer',
			crmUrl: 'https://crm.example.com/contacts/17',
			lastNote: 'Asked about the new integration.',
			lastNoteAt: '2020-11-27T15:25:11.729Z',
		},
		{ customerId: 'globex', phone: '+46709999999', name: 'Hank Scorpio' },
		// A dirty CRM row: a note without its date, a link field someone filled with script.
		{ customerId: 'initech', phone: '+46705555555', name: 'Bill Lumbergh', crmUrl: 'javascript:alert(1)', lastNote: 'Come in on Saturday.' },
	]);
	callLogTable = await n8n.client.createDataTable('m8com_call_log', [
		{ name: 'eventId', type: 'string' },
		{ name: 'customerId', type: 'string' },
		{ name: 'customerNumber', type: 'string' },
		{ name: 'fromNumber', type: 'string' },
		{ name: 'toNumber', type: 'string' },
		{ name: 'callType', type: 'string' },
		{ name: 'startTimeIso', type: 'string' },
		{ name: 'summary', type: 'string' },
		{ name: 'durationSeconds', type: 'number' },
	]);
	const credentialId = await n8n.client.createCredential('M8Com account', 'm8ComWebhookApi', { secret: SECRET });
	const example = JSON.stringify(loadWorkflow('examples/m8com-caller-insights.json')).split('REPLACE_WITH_M8COM_CREDENTIAL_ID').join(credentialId);
	workflowId = await n8n.client.importAndActivate(JSON.parse(example) as WorkflowJson);
	await waitForDynamicRoute(lookupUrl('acme', { fromNumber: '+1' }), 'GET');
	await waitForDynamicRoute(callLogUrl('acme'), 'POST');
});

afterAll(async () => {
	await n8n?.stop();
});

test('a known number gets 200 with the contact exactly as the seed schema says', async () => {
	const res = await fetch(lookupUrl('acme', fixture('number-lookup.json')), { headers: bearer() });
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toMatch(/^application\/json/);
	expect(await res.json()).toEqual({
		displayName: 'Maria Andersson',
		firstName: 'Maria',
		lastName: 'Andersson',
		companyInfo: { name: 'Acme Inc.', title: 'Insights Engineer' },
		emails: [{ id: 'maria.andersson@acme.inc', comment: 'Work' }],
		phoneNumbers: [{ id: '+46701234567', comment: 'Mobile' }],
		activities: [{ type: 'NOTE', header: 'Last note', body: 'Asked about the new integration.', timestamp: 1606490711729 }],
		createActivityUrls: [{ name: 'Create note', url: 'https://crm.example.com/contacts/17/notes/new' }],
		moreInfoUrl: 'https://crm.example.com/contacts/17',
	});
});

test('an unknown number, or a known number of another customer, gets the no-contact answer: 404, empty body', async () => {
	for (const [customerId, fromNumber] of [
		['acme', '+46700000000'],
		['globex', '+46701234567'],
	]) {
		const res = await fetch(lookupUrl(customerId, { fromNumber }), { headers: bearer() });
		expect(res.status).toBe(404);
		expect(await res.text()).toBe('');
	}
	const res = await fetch(lookupUrl('globex', { fromNumber: '+46709999999' }), { headers: bearer() });
	expect(res.status).toBe(200);
	expect(await res.json()).toEqual({ displayName: 'Hank Scorpio', phoneNumbers: [{ id: '+46709999999', comment: 'Mobile' }] });
});

test('a wrong or missing secret, and a malformed call log, are refused and record no execution', async () => {
	// The four lookups above each ran the workflow once.
	await n8n.client.waitForExecutions(workflowId, 4);
	const before = await finishedExecutions();
	const wrong = await fetch(lookupUrl('acme', fixture('number-lookup.json')), { headers: bearer('wrong-secret') });
	expect(wrong.status).toBe(403);
	expect(await wrong.json()).toEqual({ error: 'The bearer token is wrong' });
	const missing = await fetch(lookupUrl('acme', fixture('number-lookup.json')));
	expect(missing.status).toBe(401);
	expect((await postCallLog(fixtureText('call-log.json'), bearer('wrong-secret'))).status).toBe(403);
	const malformed = await postCallLog(fixtureText('malformed-call-log.txt'));
	expect(malformed.status).toBe(400);
	expect(((await malformed.json()) as IDataObject).error).toMatch(/not valid JSON/);
	await new Promise((r) => setTimeout(r, 1500));
	expect(await finishedExecutions()).toBe(before);
});

test('a call-log POST is acknowledged at once and lands in the store once, retries included', async () => {
	const before = await finishedExecutions();
	for (let attempt = 0; attempt < 2; attempt++) {
		const res = await postCallLog(fixtureText('call-log-transferred-summary.json'));
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ received: true });
	}
	const executions = await n8n.client.waitForExecutions(workflowId, before + 2);
	const last = executions.slice(-2);
	expect(last.map((e) => e.status)).toEqual(['success', 'success']);
	const trigger = nodeOutput(last[0], 'Call Logged')[0];
	expect(trigger).toMatchObject({ customerId: 'acme', durationSeconds: 412.25, startTimeIso: '2020-11-27T17:25:11.500Z' });
	expect(nodeOutput(last[1], 'Skip Retries')).toEqual([]);

	const rows = await n8n.client.listRows(callLogTable);
	expect(rows).toHaveLength(1);
	expect(rows[0]).toMatchObject({
		eventId: trigger.eventId,
		customerId: 'acme',
		customerNumber: '+46701234567',
		fromNumber: '+46701234567',
		toNumber: '+46812345678',
		callType: 'Outbound',
		startTimeIso: '2020-11-27T17:25:11.500Z',
		durationSeconds: 412.25,
		summary: 'Maria asked about the new integration.\nAdam promised a follow-up call on Friday.',
	});
});

test('the experimental user field reaches the item as an object, as JSON text or as user[...] keys', async () => {
	const user = fixture('number-lookup-user.json').user as IDataObject;
	const before = await finishedExecutions();
	const asJson = `${lookupUrl('acme', { fromNumber: '+46701234567', toNumber: '+46812345678' })}&user=${encodeURIComponent(JSON.stringify(user))}`;
	const asKeys = `${lookupUrl('acme', { fromNumber: '+46701234567' })}&user[displayName]=Adam%20Webb&user[id]=u-8f14e45f`;
	for (const url of [asJson, asKeys]) expect((await fetch(url, { headers: bearer() })).status).toBe(200);
	const executions = (await n8n.client.waitForExecutions(workflowId, before + 2)).slice(-2);
	const items = executions.map((e) => nodeOutput(e, 'Lookup')[0]);
	expect(items[0]).toMatchObject({ user, userEmail: 'adam.webb@emca.inc', customerNumber: '+46701234567', callType: 'Outbound' });
	expect(items[1]).toMatchObject({ user: { displayName: 'Adam Webb', id: 'u-8f14e45f' }, userId: 'u-8f14e45f' });
});

// Latency and throughput of this path: bench/M8Com.ts (the example scenario), next to core Webhook -> Respond to Webhook.
test('trigger -> Data Table -> responder under bounded concurrency: every answer goes to its own caller', async () => {
	const concurrency = 4;
	const total = 40;
	let next = 0;
	const worker = async () => {
		while (next < total) {
			const known = next++ % 2 === 0;
			const res = await fetch(lookupUrl('acme', { fromNumber: known ? '+46701234567' : '+46700000000' }), { headers: bearer() });
			const body = await res.text();
			expect(res.status).toBe(known ? 200 : 404);
			if (known) expect((JSON.parse(body) as IDataObject).displayName).toBe('Maria Andersson');
			else expect(body).toBe('');
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
});

/** Activates a workflow of one M8Com Trigger answered by a Lookup Response whose contact is `contactJson`. */
async function activateLookup(name: string, webhookId: string, parameters: IDataObject, contactJson: string): Promise<string> {
	const credentialId = await n8n.client.createCredential(name, 'm8ComWebhookApi', { secret: SECRET });
	return await n8n.client.importAndActivate({
		name,
		nodes: [
			{
				id: 't',
				name: 'Lookup',
				type: 'n8n-nodes-contact-center.m8ComTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId,
				parameters,
				credentials: { m8ComWebhookApi: { id: credentialId, name } },
			},
			{
				id: 'r',
				name: 'Answer',
				type: 'n8n-nodes-contact-center.m8ComLookupResponse',
				typeVersion: 1,
				position: [220, 0],
				parameters: { respondWith: 'contact', contactSource: 'json', contactJson },
			},
		],
		connections: { Lookup: { main: [[{ node: 'Answer', type: 'main', index: 0 }]] } },
	});
}

test('a custom ID lookup has its own URL and is answered from the ID', async () => {
	const id = '6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b03';
	await activateLookup(
		'M8Com custom ID lookup',
		id,
		{ event: 'customIdLookup', lookupOptions: { customIdParameter: 'ivrDigits' } },
		'={{ { "displayName": "Case " + $json.customId, "customerId": $json.customerId } }}',
	);
	const url = eventUrl(id, 'custom-id-lookup', 'acme', { ivrDigits: '4711' });
	await waitForDynamicRoute(url, 'GET');
	const res = await fetch(url, { headers: bearer() });
	expect(res.status).toBe(200);
	expect(await res.json()).toEqual({ displayName: 'Case 4711', customerId: 'acme' });
});

test('a second workflow with a Number Lookup trigger is active next to the example, and each answers its own URL', async () => {
	const id = '6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b04';
	await activateLookup('M8Com second lookup', id, { event: 'numberLookup' }, '={{ { "displayName": "Second workflow, " + $json.customerId } }}');
	const url = eventUrl(id, 'lookup', 'globex', { fromNumber: '+46701234567' });
	await waitForDynamicRoute(url, 'GET');
	const second = await fetch(url, { headers: bearer() });
	expect(second.status).toBe(200);
	expect(await second.json()).toEqual({ displayName: 'Second workflow, globex' });
	const example = await fetch(lookupUrl('acme', fixture('number-lookup.json')), { headers: bearer() });
	expect(example.status).toBe(200);
	expect(((await example.json()) as IDataObject).displayName).toBe('Maria Andersson');
});

test('a contact that is no JSON is answered "no contact found" (404) at once, never a 500, and the execution fails saying why', async () => {
	const id = '6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b05';
	const failing = await activateLookup('M8Com lookup that cannot be answered', id, { event: 'numberLookup' }, '{"displayName": "X",}');
	const url = eventUrl(id, 'lookup', 'acme', { fromNumber: '+46701234567' });
	await waitForDynamicRoute(url, 'GET');
	const res = await fetch(url, { headers: bearer() });
	expect({ status: res.status, body: await res.text() }).toEqual({ status: 404, body: '' });
	const [execution] = await n8n.client.waitForExecutions(failing, 1);
	expect(execution.status).toBe('error');
	const error = JSON.stringify(execution.data?.resultData.error);
	expect(error).toMatch(/\\"Contact \(JSON\)\\" is not valid JSON/);
	expect(error).toMatch(/M8Com was answered \\"no contact found\\" \(404\)/);
});

test('a URL where only ":customerId" was replaced still reaches the same customer; the old form with the webhook id twice is gone', async () => {
	const res = await fetch(lookupUrl(`acme-${LOOKUP_ID}`, { fromNumber: '+46701234567' }), { headers: bearer() });
	expect(res.status).toBe(200);
	expect(((await res.json()) as IDataObject).displayName).toBe('Maria Andersson');
	const doubled = await fetch(`${n8n.webhookUrl(`${LOOKUP_ID}/lookup/${LOOKUP_ID}/acme`)}?fromNumber=%2B46701234567`, {
		headers: bearer(),
	});
	expect(doubled.status).toBe(404);
});

test('a number whose "+" came unencoded (a space to n8n), in the seed format or national, finds the contact by customerNumberE164', async () => {
	const before = await finishedExecutions();
	const raw = ['+46701234567', '+46+70+123+45+67', '070-123%2045%2067', '%2B46%2070%20123%2045%2067'];
	for (const fromNumber of raw) {
		const res = await fetch(`${lookupUrl('acme', {})}?fromNumber=${fromNumber}`, { headers: bearer() });
		expect(res.status).toBe(200);
		expect(((await res.json()) as IDataObject).displayName).toBe('Maria Andersson');
	}
	const items = (await n8n.client.waitForExecutions(workflowId, before + raw.length)).slice(-raw.length).map((e) => nodeOutput(e, 'Lookup')[0]);
	expect(items.map((item) => [item.fromNumber, item.customerNumber, item.customerNumberE164])).toEqual([
		[' 46701234567', '+46701234567', '+46701234567'],
		[' 46 70 123 45 67', '+46 70 123 45 67', '+46701234567'],
		['070-123 45 67', '070-123 45 67', '+46701234567'],
		['+46 70 123 45 67', '+46 70 123 45 67', '+46701234567'],
	]);
});

test('a dirty CRM row (a note without its date, a javascript: link) is answered 200 without them, and the execution says what was left out', async () => {
	const before = await finishedExecutions();
	const res = await fetch(lookupUrl('initech', { fromNumber: '+46705555555' }), { headers: bearer() });
	expect(res.status).toBe(200);
	const body = await res.text();
	expect(body).not.toMatch(/javascript/i);
	expect(JSON.parse(body)).toEqual({ displayName: 'Bill Lumbergh', phoneNumbers: [{ id: '+46705555555', comment: 'Mobile' }] });
	const [execution] = (await n8n.client.waitForExecutions(workflowId, before + 1)).slice(-1);
	expect(execution.status).toBe('success');
	expect(nodeOutput(execution, 'Answer M8Com')[0].dropped).toEqual([
		{ kind: 'contact', field: 'moreInfoUrl', problem: '"moreInfoUrl" is not a web address (http or https): "javascript:alert(1)"' },
		{
			kind: 'createActivityUrl',
			index: 0,
			problem: 'Create Activity Links row 1 has a "url" that is not a web address (http or https): "javascript:alert(1)/notes/new"',
		},
		{ kind: 'activity', index: 0, type: 'NOTE', problem: 'More Activities (JSON) item 1 (NOTE) is missing required field: timestamp' },
	]);
});
