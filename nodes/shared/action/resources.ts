import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';

import { mapItems, type ItemWithFiles } from './items';

/** Runs one operation for one input item; an array becomes several output items. */
export type Handler = (context: IExecuteFunctions, itemIndex: number) => Promise<IDataObject | IDataObject[] | ItemWithFiles>;

/** One resource of an action node: its entry in the Resource picker, its operations and fields. */
export interface ResourceModule {
	/** Its entry in the Resource picker. */
	resource: { name: string; value: string };
	/** The Operation picker's options, each with a handler of the same value. */
	operations: INodePropertyOptions[];
	defaultOperation: string;
	/** The properties its operations show (see `on`). */
	fields: INodeProperties[];
	handlers: Record<string, Handler>;
}

/** The node's properties: the Resource picker, each resource's Operation picker, then their fields. */
export function resourceProperties(resources: ResourceModule[], defaultResource: string): INodeProperties[] {
	const picker: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources.map(({ resource }) => resource).sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultResource,
	};
	const operations = resources.map(
		({ resource, operations, defaultOperation }): INodeProperties => ({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: operations,
			default: defaultOperation,
		}),
	);
	return [picker, ...operations, ...resources.flatMap((resource) => resource.fields)];
}

/** execute() of a resource/operation node: each item runs the handler its parameters pick. */
export async function executeResources(
	context: IExecuteFunctions,
	resources: ResourceModule[],
): Promise<INodeExecutionData[][]> {
	return await mapItems(context, async (itemIndex) => {
		const resource = context.getNodeParameter('resource', itemIndex) as string;
		const operation = context.getNodeParameter('operation', itemIndex) as string;
		const handler = resources.find((r) => r.resource.value === resource)?.handlers[operation];
		if (!handler) {
			throw new NodeOperationError(context.getNode(), `The operation "${operation}" of "${resource}" is not supported`, {
				itemIndex,
			});
		}
		return await handler(context, itemIndex);
	});
}
