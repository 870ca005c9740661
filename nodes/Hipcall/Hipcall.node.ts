import {
	NodeConnectionTypes,
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { mapItems } from '../shared/action';
import { callResource } from './actions/call';
import { companyResource, contactResource } from './actions/crm';
import { extensionResource, userResource } from './actions/directory';
import { taskResource } from './actions/task';
import type { ResourceModule } from './actions/types';

const RESOURCES: Record<string, ResourceModule> = {
	call: callResource,
	company: companyResource,
	contact: contactResource,
	extension: extensionResource,
	task: taskResource,
	user: userResource,
};

export class Hipcall implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hipcall',
		name: 'hipcall',
		icon: { light: 'file:hipcall.svg', dark: 'file:hipcall.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Push information cards to calls and work with Hipcall calls, users, tasks, companies and contacts',
		defaults: { name: 'Hipcall' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'hipcallApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Call', value: 'call' },
					{ name: 'Company', value: 'company' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Extension', value: 'extension' },
					{ name: 'Task', value: 'task' },
					{ name: 'User', value: 'user' },
				],
				default: 'call',
			},
			...Object.values(RESOURCES).map((resource) => resource.operation),
			...Object.values(RESOURCES).flatMap((resource) => resource.fields),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await mapItems(this, async (itemIndex) => {
			const resource = this.getNodeParameter('resource', itemIndex) as string;
			const operation = this.getNodeParameter('operation', itemIndex) as string;
			const handler = RESOURCES[resource]?.handlers[operation];
			if (!handler) {
				throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`, {
					itemIndex,
				});
			}
			return await handler(this, itemIndex);
		});
	}
}
