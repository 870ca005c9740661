// The shape of a benchmark scenario and the workflow builder the scenarios share.
import type { IDataObject } from 'n8n-workflow';

import type { N8nClient, WorkflowJson } from '../test/e2e/n8nClient';

export interface Scenario {
	name: string;
	/** The scenarios (bench/baselines.ts) whose figures this one is compared with. */
	baseline?: string[];
	/** The workflow, or how to set it up in the n8n under test (stores, credentials). */
	workflow: WorkflowJson | ((client: N8nClient) => Promise<WorkflowJson>);
	/** Path after /webhook/ */
	path: string;
	method: 'GET' | 'POST';
	headers?: Record<string, string>;
	body?: string;
	/** The vendor's answer deadline: the capacity search finds the concurrency answered within it. */
	deadlineMs?: number;
	/** Credentials to create first; their ids replace `{{credential:<key>}}` in the workflow JSON. */
	credentials?: Record<string, { type: string; data: IDataObject }>;
}

const noOp = { id: 'noop', name: 'No Operation', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [220, 0], parameters: {} };

/** A workflow of one trigger followed by a No Operation node. */
export function triggerToNoOp(name: string, trigger: IDataObject & { name: string }): WorkflowJson {
	const triggerNode = { id: 'trigger', position: [0, 0], ...trigger };
	return {
		name,
		nodes: [triggerNode, noOp],
		connections: { [triggerNode.name]: { main: [[{ node: noOp.name, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

/** A trigger followed by a node that answers the request. */
export function triggerToResponder(name: string, trigger: Record<string, unknown> & { name: string }, responder: Record<string, unknown> & { name: string }): WorkflowJson {
	return {
		name,
		nodes: [
			{ id: 'trigger', position: [0, 0], ...trigger },
			{ id: 'responder', position: [220, 0], ...responder },
		],
		connections: { [trigger.name]: { main: [[{ node: responder.name, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

/** Sets the scenario's workflow up in the n8n under test (stores, credentials), activates it, and returns its id. */
export async function installScenario(client: N8nClient, scenario: Scenario): Promise<string> {
	const workflow = typeof scenario.workflow === 'function' ? await scenario.workflow(client) : scenario.workflow;
	let json = JSON.stringify(workflow);
	for (const [key, credential] of Object.entries(scenario.credentials ?? {})) {
		const id = await client.createCredential(`bench ${key} ${Date.now()}`, credential.type, credential.data);
		json = json.split(`{{credential:${key}}}`).join(id);
	}
	return await client.importAndActivate(JSON.parse(json) as WorkflowJson, `/webhook/${scenario.path.split('?')[0]}`);
}
