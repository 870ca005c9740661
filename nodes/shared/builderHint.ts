// What n8n's AI workflow builder is told about how our nodes fit together (n8n 2.x reads
// `builderHint`; 1.x ignores the field). The node creator itself does not read it: it finds a
// response node through the aliases of its .node.json.
import type { IBuilderHint } from 'n8n-workflow';

/** The package's name: the prefix of every node type n8n registers for it. */
export const PACKAGE_NAME = 'n8n-nodes-contact-center';

/** A node of this package, as n8n and exported workflows name it. */
export function packageNodeType(name: string): string {
	return `${PACKAGE_NAME}.${name}`;
}

/** A node of this package that works with another one, and why. */
export interface RelatedNode {
	/** The node's `name`, e.g. `hipcallRoutingResponse`. */
	name: string;
	why: string;
}

/** A trigger that waits for a response node, and that node. */
export interface AnsweringPair {
	trigger: { name: string; displayName: string };
	response: { name: string; displayName: string };
	vendor: string;
	/** When the trigger needs the response node, if not always (e.g. "for a number lookup"). */
	when?: string;
}

function hint(searchHint: string, related: RelatedNode[]): IBuilderHint {
	return {
		searchHint,
		relatedNodes: related.map(({ name, why }) => ({ nodeType: packageNodeType(name), relationHint: why })),
	};
}

/** The trigger's hint: what its items hold, and the nodes that work with it (first of all its response node). */
export function triggerBuilderHint(vendor: string, pair: AnsweringPair | undefined, related: RelatedNode[] = []): IBuilderHint {
	const items = `Each item holds ${vendor}'s fields untouched plus derived fields, and an eventId that is the same for every retry of one event (deduplicate on it with Remove Duplicates).`;
	if (!pair) return hint(items, related);
	const when = pair.when ? `${pair.when}, ` : '';
	return hint(
		`${items} ${capitalize(when)}${pair.vendor} waits for the answer: end the workflow with the ${pair.response.displayName} node (${packageNodeType(pair.response.name)}). n8n's core Respond to Webhook node does not work behind this trigger.`,
		[{ name: pair.response.name, why: `Required to answer ${pair.vendor}${pair.when ? ` ${pair.when}` : ''}: sends the response the trigger waits for` }, ...related],
	);
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The response node's hint: it only works after its trigger. */
export function responseBuilderHint(pair: AnsweringPair): IBuilderHint {
	return hint(
		`Only works in a workflow started by the ${pair.trigger.displayName} (${packageNodeType(pair.trigger.name)})${pair.when ? ` ${pair.when}` : ''}: it sends the answer ${pair.vendor} waits for. Use it instead of n8n's core Respond to Webhook node.`,
		[{ name: pair.trigger.name, why: `Required trigger: its request is what this node answers` }],
	);
}
