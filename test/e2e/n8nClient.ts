// Talks to a running n8n the way a user's tools would: REST login, an API key, the public API.
import type { IDataObject } from 'n8n-workflow';

export interface WorkflowJson {
	name: string;
	nodes: IDataObject[];
	connections: IDataObject;
	settings?: IDataObject;
	[key: string]: unknown;
}

export interface ExecutionSummary {
	id: string;
	status: string;
	finished: boolean;
	mode: string;
	workflowId: string;
	data?: {
		resultData: {
			runData: Record<string, Array<{ data?: { main: Array<Array<{ json: IDataObject }> | null> }; error?: IDataObject }>>;
			error?: IDataObject;
		};
	};
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class N8nClient {
	private apiKey = '';
	private cookie = '';

	constructor(readonly baseUrl: string) {}

	/** Logs the owner in and creates an API key for the public API. */
	async authenticate(owner: { email: string; password: string }): Promise<void> {
		const login = await fetch(`${this.baseUrl}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
		if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
		this.cookie = cookie;
		const headers = { cookie, 'content-type': 'application/json' };
		const scopesRes = await fetch(`${this.baseUrl}/rest/api-keys/scopes`, { headers });
		const scopes = ((await scopesRes.json()) as { data: string[] }).data;
		const keyRes = await fetch(`${this.baseUrl}/rest/api-keys`, {
			method: 'POST',
			headers,
			body: JSON.stringify({ label: `e2e-${Date.now()}`, scopes, expiresAt: null }),
		});
		if (!keyRes.ok) throw new Error(`api key failed: ${keyRes.status} ${await keyRes.text()}`);
		this.apiKey = ((await keyRes.json()) as { data: { rawApiKey: string } }).data.rawApiKey;
	}

	async api<T = IDataObject>(method: string, path: string, body?: unknown): Promise<T> {
		const res = await fetch(`${this.baseUrl}/api/v1${path}`, {
			method,
			headers: { 'X-N8N-API-KEY': this.apiKey, 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`${method} ${path} -> ${res.status}: ${text}`);
		return (text ? JSON.parse(text) : {}) as T;
	}

	/** A GET as the logged-in owner, for what the public API does not offer (e.g. /types/nodes.json). */
	async asOwner<T = unknown>(path: string): Promise<T> {
		const res = await fetch(`${this.baseUrl}${path}`, { headers: { cookie: this.cookie } });
		if (!res.ok) throw new Error(`GET ${path} -> ${res.status}: ${await res.text()}`);
		return (await res.json()) as T;
	}

	/** A POST to n8n's own REST API as the logged-in owner (what the editor calls, e.g. a picker's list). */
	async postAsOwner<T = unknown>(path: string, body: unknown): Promise<T> {
		const res = await fetch(`${this.baseUrl}${path}`, {
			method: 'POST',
			headers: { cookie: this.cookie, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		if (!res.ok) throw new Error(`POST ${path} -> ${res.status}: ${await res.text()}`);
		return (await res.json()) as T;
	}

	/**
	 * Creates a credential and returns its id (for wiring into workflow JSON). n8n 1.x's public API
	 * requires the domain allow-list fields it adds to HTTP credentials, which the editor fills with
	 * its default ("All"): so do the tests, where the credential type has them and the data does not.
	 */
	async createCredential(name: string, type: string, data: IDataObject): Promise<string> {
		const schema = await this.api<{ properties?: IDataObject }>('GET', `/credentials/schema/${type}`);
		const withDefaults = schema.properties?.allowedHttpRequestDomains && !('allowedHttpRequestDomains' in data) && !('allowedDomains' in data) ? { allowedHttpRequestDomains: 'all', ...data } : data;
		const created = await this.api<{ id: string }>('POST', '/credentials', { name, type, data: withDefaults });
		return created.id;
	}

	/**
	 * The workflow with a new credential for every credential its nodes name (one per type and
	 * referenced id, data from `dataFor`), as a user does after importing a shared workflow.
	 */
	async withNewCredentials(
		workflow: WorkflowJson,
		dataFor: (type: string) => IDataObject | Promise<IDataObject>,
	): Promise<WorkflowJson> {
		const created = new Map<string, string>();
		for (const node of workflow.nodes) {
			const references = (node.credentials ?? {}) as Record<string, { id: string; name: string }>;
			for (const [type, reference] of Object.entries(references)) {
				const key = `${type}:${reference.id}`;
				if (!created.has(key)) created.set(key, await this.createCredential(reference.name, type, await dataFor(type)));
				references[type] = { id: created.get(key)!, name: reference.name };
			}
		}
		return workflow;
	}

	/** Imports a workflow, activates it, and waits until its production webhooks answer. */
	async importAndActivate(workflow: WorkflowJson, probePath?: string): Promise<string> {
		const { name, nodes, connections, settings } = workflow;
		const created = await this.api<{ id: string }>('POST', '/workflows', {
			name,
			nodes: this.pickDataTables(nodes),
			connections,
			settings: settings ?? { executionOrder: 'v1' },
		});
		await this.api('POST', `/workflows/${created.id}/activate`);
		if (probePath) await this.waitForRoute(probePath);
		return created.id;
	}

	/** Waits until the production webhook at `path` (e.g. /webhook/x) is registered; see routeRegistered. */
	async waitForRoute(path: string, timeoutMs = 15_000): Promise<void> {
		await waitForWebhook(`${this.baseUrl}${path}`, { method: 'PATCH' }, routeRegistered, timeoutMs);
	}

	/**
	 * n8n 1.x has Data Tables but no public API for them: there the tests use the editor's REST API,
	 * in the owner's personal project. Set on the first 404 from the public API.
	 */
	private dataTableProject?: string;
	/** The tables made through the REST API, by name: see pickDataTables. */
	private readonly dataTablesByName = new Map<string, string>();

	/**
	 * n8n 1.x's Data Table node has no "By Name" mode: after importing a workflow that names its
	 * tables, a 1.x user picks each table from the list, i.e. the node gets the table's id.
	 */
	private pickDataTables(nodes: IDataObject[]): IDataObject[] {
		if (!this.dataTableProject) return nodes;
		return nodes.map((node) => {
			const parameters = node.parameters as IDataObject | undefined;
			const table = parameters?.dataTableId as { mode?: string; value?: string } | undefined;
			if (node.type !== 'n8n-nodes-base.dataTable' || table?.mode !== 'name') return node;
			const id = this.dataTablesByName.get(String(table.value));
			if (!id) throw new Error(`no Data Table named "${table.value}" was created for node "${node.name}"`);
			return { ...node, parameters: { ...parameters, dataTableId: { __rl: true, mode: 'id', value: id } } };
		});
	}

	/** A request to the editor's REST API as the logged-in owner; answers are wrapped in `data`. */
	private async rest<T>(method: string, path: string, body?: unknown): Promise<T> {
		const res = await fetch(`${this.baseUrl}/rest${path}`, {
			method,
			headers: { cookie: this.cookie, 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`${method} /rest${path} -> ${res.status}: ${text}`);
		return (JSON.parse(text) as { data: T }).data;
	}

	/** Creates an n8n Data Table (the store the examples look customers up in) and returns its id. */
	async createDataTable(name: string, columns: Array<{ name: string; type: 'string' | 'number' | 'boolean' | 'date' }>): Promise<string> {
		if (!this.dataTableProject) {
			try {
				return (await this.api<{ id: string }>('POST', '/data-tables', { name, columns })).id;
			} catch (error) {
				if (!/-> 404:/.test((error as Error).message)) throw error;
				this.dataTableProject = (await this.rest<{ id: string }>('GET', '/projects/personal')).id;
			}
		}
		const { id } = await this.rest<{ id: string }>('POST', `/projects/${this.dataTableProject}/data-tables`, { name, columns });
		this.dataTablesByName.set(name, id);
		return id;
	}

	async insertRows(dataTableId: string, rows: IDataObject[]): Promise<void> {
		if (this.dataTableProject) {
			await this.rest('POST', `/projects/${this.dataTableProject}/data-tables/${dataTableId}/insert`, { data: rows, returnType: 'count' });
		} else {
			await this.api('POST', `/data-tables/${dataTableId}/rows`, { data: rows });
		}
	}

	async listRows(dataTableId: string): Promise<IDataObject[]> {
		if (this.dataTableProject) {
			const page = await this.rest<{ data: IDataObject[] }>('GET', `/projects/${this.dataTableProject}/data-tables/${dataTableId}/rows?take=250`);
			return page.data;
		}
		const res = await this.api<{ data: IDataObject[] }>('GET', `/data-tables/${dataTableId}/rows?limit=250`);
		return res.data;
	}

	async executions(workflowId: string): Promise<ExecutionSummary[]> {
		const res = await this.api<{ data: ExecutionSummary[] }>(
			'GET',
			`/executions?workflowId=${workflowId}&includeData=true&limit=250`,
		);
		return res.data;
	}

	/** Waits until at least `count` executions of the workflow have finished, and returns them oldest first. */
	async waitForExecutions(workflowId: string, count: number, timeoutMs = 30_000): Promise<ExecutionSummary[]> {
		const deadline = Date.now() + timeoutMs;
		let last: ExecutionSummary[] = [];
		while (Date.now() < deadline) {
			last = (await this.executions(workflowId)).filter((e) => e.status !== 'running' && e.status !== 'new');
			if (last.length >= count) return last.sort((a, b) => Number(a.id) - Number(b.id));
			await sleep(250);
		}
		throw new Error(`expected ${count} finished executions of ${workflowId}, saw ${last.length}`);
	}
}

/**
 * Probed with a method the webhook is not registered for, a registered route makes n8n say so
 * ("Did you mean …") instead of "not registered".
 */
export const routeRegistered = (status: number, body: string): boolean => status !== 404 || /did you mean/i.test(body);

/**
 * A route can answer 404 for a moment after activation: sends `request` to `url` until `ready`
 * says n8n has registered it. Dynamic `:param` paths cannot be probed with another method, so
 * their callers probe with a request that starts no execution.
 */
export async function waitForWebhook(
	url: string,
	request: RequestInit,
	ready: (status: number, body: string) => boolean,
	timeoutMs = 20_000,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const res = await fetch(url, request);
		if (ready(res.status, await res.text())) return;
		await sleep(200);
	}
	throw new Error(`webhook ${url} was not registered after ${timeoutMs} ms`);
}

/** The items a node put out in an execution (first run, first output unless told). */
export function nodeOutput(execution: ExecutionSummary, nodeName: string, output = 0): IDataObject[] {
	const runs = execution.data?.resultData.runData[nodeName];
	if (!runs?.length) throw new Error(`node "${nodeName}" did not run in execution ${execution.id}`);
	return (runs[0].data?.main[output] ?? []).map((item) => item.json);
}
