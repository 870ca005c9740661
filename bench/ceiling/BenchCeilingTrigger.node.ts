// The bench's do-nothing community trigger (never shipped): it starts the workflow with one empty
// item, after reading its credential when told to. What n8n costs any community trigger is what
// this one costs; the gap between it and one of ours with the same authentication is ours.
import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

export class BenchCeilingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bench Ceiling Trigger',
		name: 'benchCeilingTrigger',
		group: ['trigger'],
		// Version 1 is as our triggers are: n8n evaluates its raw-body option (`options.binaryData`,
		// set by the hidden parameter below) for every delivery and leaves the body unparsed. Version
		// 2 is what n8n gives a trigger that lets it parse the body: no such evaluation.
		version: [1, 2],
		description: 'Does nothing: the ceiling of any community trigger',
		defaults: { name: 'Bench Ceiling Trigger' },
		inputs: [],
		outputs: ['main'],
		credentials: [{ name: 'benchCeilingApi', required: false, displayOptions: { show: { readCredential: [true] } } }],
		webhooks: [{ name: 'default', httpMethod: 'POST', path: 'ceiling', responseMode: 'onReceived', responseData: '' }],
		properties: [
			{ displayName: 'Read Credential', name: 'readCredential', type: 'boolean', default: false },
			// Self-contained (the file is copied into a package of its own): the same parameter as our
			// rawBodyProperty, shown to version 1 only.
			{ displayName: 'Raw Body', name: 'options', type: 'hidden', default: { binaryData: true }, displayOptions: { show: { '@version': [1] } } },
		],
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (this.getNodeParameter('readCredential', false)) await this.getCredentials('benchCeilingApi');
		return { workflowData: [[{ json: {} }]] };
	}
}
