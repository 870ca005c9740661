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
import { chatVoltListSearch } from './actions/locators';

const RESOURCES = [agentResource, conversationResource, contactResource];

export class ChatVolt implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatVolt',
		name: 'chatVolt',
		icon: { light: 'file:chatvolt.svg', dark: 'file:chatvolt.dark.svg' },
		group: ['output'],
		// Version 2 picks agents and conversations from lists and simplifies records by default;
		// version 1 keeps the text IDs saved workflows use.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Ask ChatVolt agents, send messages and manage conversations and contacts',
		defaults: { name: 'ChatVolt' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: API_CREDENTIAL, required: true }],
		properties: resourceProperties(RESOURCES, 'conversation'),
	};

	methods = { listSearch: chatVoltListSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeResources(this, RESOURCES);
	}
}
