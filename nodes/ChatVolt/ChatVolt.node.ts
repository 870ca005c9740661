import {
	NodeConnectionTypes,
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { mapItems } from '../shared/action';
import { chatVoltProperties } from './fields';
import { operations } from './operations';

export class ChatVolt implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatVolt',
		name: 'chatVolt',
		icon: { light: 'file:chatvolt.svg', dark: 'file:chatvolt.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Ask ChatVolt agents, send messages and manage conversations and contacts',
		defaults: { name: 'ChatVolt' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'chatVoltApi', required: true }],
		properties: chatVoltProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await mapItems(this, async (i) => {
			const resource = this.getNodeParameter('resource', i) as string;
			const operation = this.getNodeParameter('operation', i) as string;
			const run = operations[resource]?.[operation];
			if (!run) {
				throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`, { itemIndex: i });
			}
			return await run(this, i);
		});
	}
}
