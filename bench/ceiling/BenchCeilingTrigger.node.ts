// The bench's do-nothing community trigger (never shipped): it starts the workflow with one empty
// item, after reading its credential when told to. What n8n costs any community trigger is what
// this one costs; the gap between it and one of ours with the same authentication is ours.
import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

export class BenchCeilingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bench Ceiling Trigger',
		name: 'benchCeilingTrigger',
		group: ['trigger'],
		// Version 2: n8n evaluates no raw-body option for it, like our version-2 triggers.
		version: 2,
		description: 'Does nothing: the ceiling of any community trigger',
		defaults: { name: 'Bench Ceiling Trigger' },
		inputs: [],
		outputs: ['main'],
		credentials: [{ name: 'benchCeilingApi', required: false, displayOptions: { show: { readCredential: [true] } } }],
		webhooks: [{ name: 'default', httpMethod: 'POST', path: 'ceiling', responseMode: 'onReceived', responseData: '' }],
		properties: [{ displayName: 'Read Credential', name: 'readCredential', type: 'boolean', default: false }],
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (this.getNodeParameter('readCredential', false)) await this.getCredentials('benchCeilingApi');
		return { workflowData: [[{ json: {} }]] };
	}
}
