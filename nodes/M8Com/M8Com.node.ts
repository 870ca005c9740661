import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { executeResources, resourceProperties } from '../shared/action';
import { recordingResource } from './recordingDownload';

const RESOURCES = [recordingResource];

export class M8Com implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'M8Com',
		name: 'm8Com',
		icon: { light: 'file:m8com.svg', dark: 'file:m8com.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Download M8Com call recordings as files, from the links of the M8Com Trigger\'s Call Recorded event',
		defaults: { name: 'M8Com' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: resourceProperties(RESOURCES, 'callRecording'),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeResources(this, RESOURCES);
	}
}
