// The shape of a benchmark scenario and the workflow builder the scenarios share.
import type { IDataObject } from 'n8n-workflow';

import type { WorkflowJson } from '../test/e2e/n8nClient';

export interface Scenario {
	name: string;
	/** The scenario whose figures this one is compared with. */
	baseline?: string;
	workflow: WorkflowJson;
	/** Path after /webhook/ */
	path: string;
	method: 'GET' | 'POST';
	headers?: Record<string, string>;
	body?: string;
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

