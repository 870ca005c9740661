// The webhook-description fields n8n 2.x reads without its expression engine give what their
// templates give (the editor and n8n 1.x evaluate the templates), for every choice of the
// parameters they read; and which triggers' webhooks n8n reads without the engine at all.
import {
	NodeHelpers,
	WEBHOOK_RESOLVERS,
	Workflow,
	webhookDescriptionIsNativelyResolvable,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IWebhookDescription,
	type NodeParameterValue,
} from 'n8n-workflow';

import { triggers } from './harness';

/** The values a parameter can take in the editor: its options, or its default. */
function choicesOf(nodeType: INodeType, name: string): NodeParameterValue[] {
	const property = nodeType.description.properties.find((p) => p.name === name);
	if (!property) throw new Error(`template reads ${name}, which ${nodeType.description.name} does not have`);
	const options = (property.options ?? []) as Array<{ value?: NodeParameterValue }>;
	return [...options.map((o) => o.value as NodeParameterValue), property.default as NodeParameterValue];
}

function combinations(names: string[], nodeType: INodeType): INodeParameters[] {
	return names.reduce<INodeParameters[]>(
		(sets, name) => sets.flatMap((set) => choicesOf(nodeType, name).map((value) => ({ ...set, [name]: value }))),
		[{}],
	);
}

/** What n8n's expression engine makes of a template for a node with these parameters. */
function evaluate(nodeType: INodeType, template: string, parameters: INodeParameters): unknown {
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const node = { id: 'n', name: 'Trigger', type: 'test.trigger', typeVersion: 1, position: [0, 0] as [number, number], webhookId: 'wid', parameters };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(workflow.nodes.Trigger, template, 'internal', {});
}

const resolved = triggers.flatMap(({ name, Node }) => {
	const nodeType = new Node();
	return (nodeType.description.webhooks ?? []).flatMap((webhook: IWebhookDescription) =>
		Object.entries(webhook[WEBHOOK_RESOLVERS] ?? {}).map(([field, entry]) => ({ label: `${name} ${webhook.name} ${field}`, nodeType, entry })),
	);
});

test.each(resolved.map((r) => [r.label, r] as const))('%s: the resolver gives what the template gives', (_, { nodeType, entry }) => {
	const read = [...entry.template.matchAll(/\$parameter\["(\w+)"\]/g)].map((m) => m[1]);
	expect(read.length).toBeGreaterThan(0);
	for (const chosen of combinations([...new Set(read)], nodeType)) {
		// The parameters n8n hands a resolver: the node's, with the defaults of the rest filled in.
		const parameters = NodeHelpers.getNodeParameters(nodeType.description.properties, chosen, true, false, null, nodeType.description) ?? {};
		expect([chosen, entry.resolve(parameters)]).toEqual([chosen, evaluate(nodeType, entry.template, parameters)]);
	}
});

test('the triggers whose webhooks n8n reads without its expression engine (their URL holds no webhook id; docs/performance.md says why they stay at version 1)', () => {
	const engineFree = triggers
		.filter(({ Node }) => (new Node().description.webhooks ?? []).every(webhookDescriptionIsNativelyResolvable))
		.map(({ name }) => name);
	expect(engineFree.sort()).toEqual(['BambuserTrigger', 'ChatVoltTrigger', 'ChatVoltUserInfoTrigger', 'HipcallCallControlTrigger', 'HipcallRoutingTrigger']);
});
