// Webhook-description fields that depend on the node's parameters, readable without n8n's
// expression engine.
import * as n8nWorkflow from 'n8n-workflow';
import type { INodeParameters, IWebhookDescription, NodeParameterValueType } from 'n8n-workflow';

/**
 * A field of a webhook description computed from the node's parameters: the `={{ … }}` template the
 * editor (and n8n before 2.x) evaluates, and the same rule as a function. From n8n 2.x on, n8n calls
 * the function instead of evaluating the template when the node's parameters hold no expression,
 * so that a delivery needs no expression isolate (see docs/performance.md). `parity.test.ts` checks
 * that both give the same value for every choice.
 */
export interface DescriptionField {
	template: string;
	resolve: (parameters: INodeParameters) => NodeParameterValueType;
}

type Fields = Record<string, DescriptionField>;

/** The fields to spread into a webhook description: templates, plus their resolvers where this n8n reads them. */
export function descriptionFields<F extends Fields>(fields: F): Record<keyof F, string> & Partial<IWebhookDescription> {
	type Spread = Record<keyof F, string> & Partial<IWebhookDescription>;
	// n8n 1.x has no native resolution: the templates alone are the whole description there.
	const withResolvers = (n8nWorkflow as Partial<typeof n8nWorkflow>).webhookDescriptionFields;
	if (typeof withResolvers === 'function') return withResolvers(fields) as Spread;
	return Object.fromEntries(Object.entries(fields).map(([field, { template }]) => [field, template])) as Spread;
}
