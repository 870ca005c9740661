// Replays an example workflow on a running n8n: creates the credentials it names, imports and
// activates it, sends the deliveries to its production webhook URL and collects the answers and
// what each compared node put out. The same replay runs on SQLite n8n and in queue mode, so that
// the two results can be compared.
import * as fs from 'fs';
import * as path from 'path';
import type { IDataObject } from 'n8n-workflow';

import { REPO_ROOT } from '../e2e/harness';
import { fixtureFile } from '../helpers/fixtures';
import { nodeOutput, type N8nClient, type WorkflowJson } from '../e2e/n8nClient';

export interface Delivery {
	/** Path after /webhook/ */
	path: string;
	method?: string;
	headers?: Record<string, string>;
	/** A fixture under test/fixtures/ (e.g. 'Hipcall/call_init.json') or a literal body. */
	fixture?: string;
	/** A literal body, or one made from the test's services (a link to its file server). */
	body?: string | ((services: IDataObject) => string);
	query?: Record<string, string>;
}

export interface ReplayEnvironment {
	client: N8nClient;
	/** Base URL that receives webhooks: the n8n itself, or the webhook process in queue mode. */
	webhookBase: string;
	/** Things a replay's setup may need, e.g. the SMTP sink's port. */
	services: IDataObject;
}

export interface Replay {
	name: string;
	example: string;
	/** Credential data by credential type, for every credential the example names. */
	credentials: (services: IDataObject) => Record<string, IDataObject>;
	/** Optional preparation (Data Tables...); returns text substitutions applied to the workflow JSON. */
	prepare?: (client: N8nClient) => Promise<Record<string, string>>;
	deliveries: Delivery[];
	/** How many executions the deliveries start. */
	executions: number;
	/** Nodes whose output is compared between runs. */
	compare: string[];
	/** For answering pairs: what the caller must get back for a delivery (by its index). */
	answers?: Record<number, { status: number; json: IDataObject }>;
}

export interface ReplayResult {
	answers: Array<{ status: number; body: string }>;
	/** Per execution (oldest first), per compared node, the items' json. */
	outputs: Array<Record<string, IDataObject[] | 'did not run'>>;
	executionIds: string[];
	statuses: string[];
}

// What the vendors' replay files use to set their examples up.

type Column = { name: string; type: 'string' | 'number' | 'boolean' | 'date' };

/** Data Table columns of type string. */
export const strings = (...names: string[]): Column[] => names.map((name) => ({ name, type: 'string' }));

/** Creates a Data Table, with rows if given. */
export async function table(client: N8nClient, name: string, columns: Column[], rows: IDataObject[] = []): Promise<void> {
	const id = await client.createDataTable(name, columns);
	if (rows.length) await client.insertRows(id, rows);
}

/** The SMTP credential's data for the test's SMTP sink. */
export const smtp = (services: IDataObject) => ({
	user: '',
	password: '',
	host: '127.0.0.1',
	port: services.smtpPort as number,
	secure: false,
	disableStartTls: true,
});

/** The content-type header of a JSON delivery. */
export const json = { 'content-type': 'application/json' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function bodyOf(delivery: Delivery, services: IDataObject): string | undefined {
	if (delivery.fixture) return fixtureFile(delivery.fixture);
	return typeof delivery.body === 'function' ? delivery.body(services) : delivery.body;
}

/** Sends one delivery; the first may meet a route that is still being registered, so 404s are retried briefly. */
async function send(env: ReplayEnvironment, delivery: Delivery, waitForRoute: boolean) {
	const url = new URL(`${env.webhookBase}/webhook/${delivery.path}`);
	for (const [key, value] of Object.entries(delivery.query ?? {})) url.searchParams.set(key, value);
	const deadline = Date.now() + (waitForRoute ? 20_000 : 0);
	for (;;) {
		const res = await fetch(url, {
			method: delivery.method ?? 'POST',
			headers: { 'content-type': 'application/json', ...delivery.headers },
			body: (delivery.method ?? 'POST') === 'GET' ? undefined : bodyOf(delivery, env.services),
		});
		const body = await res.text();
		if (res.status === 404 && /not registered/i.test(body) && Date.now() < deadline) {
			await sleep(300);
			continue;
		}
		return { status: res.status, body };
	}
}

/** Waits until no execution of the workflow is queued or running. */
async function settled(client: N8nClient, workflowId: string): Promise<void> {
	const deadline = Date.now() + 60_000;
	await sleep(300);
	while ((await client.executions(workflowId)).some((e) => ['new', 'running', 'waiting'].includes(e.status))) {
		if (Date.now() > deadline) throw new Error('executions still running after 60 s');
		await sleep(200);
	}
}

/** The replay's example as a user sets it up: its stores prepared and new credentials created. */
export async function exampleWorkflow(client: N8nClient, replay: Replay, services: IDataObject): Promise<WorkflowJson> {
	let text = fs.readFileSync(path.join(REPO_ROOT, replay.example), 'utf8');
	for (const [from, to] of Object.entries((await replay.prepare?.(client)) ?? {})) text = text.split(from).join(to);
	const credentialData = replay.credentials(services);
	return await client.withNewCredentials(JSON.parse(text) as WorkflowJson, (type) => {
		if (!credentialData[type]) throw new Error(`${replay.name}: no credential data for ${type}`);
		return credentialData[type];
	});
}

export async function runReplay(env: ReplayEnvironment, replay: Replay): Promise<ReplayResult> {
	const workflow = await exampleWorkflow(env.client, replay, env.services);
	const workflowId = await env.client.importAndActivate(workflow);
	try {
		const answers = [];
		for (const [index, delivery] of replay.deliveries.entries()) {
			answers.push(await send(env, delivery, index === 0));
			// A vendor's next delivery (or retry) comes later than the previous run takes.
			await settled(env.client, workflowId);
		}
		const executions = await env.client.waitForExecutions(workflowId, replay.executions, 60_000);
		return {
			answers,
			executionIds: executions.map((e) => e.id),
			statuses: executions.map((e) => e.status),
			outputs: executions.map((execution) =>
				Object.fromEntries(
					replay.compare.map((node) => {
						try {
							return [node, nodeOutput(execution, node)];
						} catch {
							return [node, 'did not run' as const];
						}
					}),
				),
			),
		};
	} finally {
		await env.client.api('POST', `/workflows/${workflowId}/deactivate`);
	}
}

/**
 * Drops what legitimately differs between two runs: the Host header (each n8n listens on its own
 * port) and times (rows' createdAt and the like). Everything else must be equal.
 */
export function comparable(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(comparable);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value as IDataObject)
				.filter(([key]) => key.toLowerCase() !== 'host')
				.map(([key, v]) => [key, comparable(v)]),
		);
	}
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return '<time>';
	return value;
}
