import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { executeResources, resourceProperties } from '../shared/action';
import { API_CREDENTIAL } from './actions/api';
import { callResource } from './actions/call';
import { companyResource, contactResource } from './actions/crm';
import { extensionResource, userResource } from './actions/directory';
import { hipcallListSearch } from './actions/locators';
import { lookupResource } from './actions/lookup';
import { recordingResource } from './actions/recording';
import { taskResource } from './actions/task';

const RESOURCES = [callResource, companyResource, contactResource, lookupResource, extensionResource, taskResource, userResource, recordingResource];

export class Hipcall implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hipcall',
		name: 'hipcall',
		icon: { light: 'file:hipcall.svg', dark: 'file:hipcall.dark.svg' },
		group: ['output'],
		// Version 2 picks users, extensions, tasks, companies, contacts and tags from lists and
		// simplifies records by default; version 1 keeps the text IDs and whole records saved workflows use.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Push information cards to calls, find callers, and work with Hipcall calls, users, tasks, companies and contacts',
		defaults: { name: 'Hipcall' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: API_CREDENTIAL, required: true }],
		properties: resourceProperties(RESOURCES, 'call'),
	};

	methods = { listSearch: hipcallListSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeResources(this, RESOURCES);
	}
}
