import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { executeResources, resourceProperties } from '../shared/action';
import { agentResource } from './actions/agent';
import { API_CREDENTIAL } from './actions/api';
import { contactResource } from './actions/contact';
import { conversationResource } from './actions/conversation';

const RESOURCES = [agentResource, conversationResource, contactResource];

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
		credentials: [{ name: API_CREDENTIAL, required: true }],
		properties: resourceProperties(RESOURCES, 'conversation'),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeResources(this, RESOURCES);
	}
}
