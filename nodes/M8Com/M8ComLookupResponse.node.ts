import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { answerWebhook } from '../shared/action';
import { responseBuilderHint } from '../shared/builderHint';
import { buildContact } from './contact';
import type { Dropped } from './dropped';
import { contactFromFields, contactFromJson } from './responseInput';
import { LOOKUP_PAIR } from './lookup';
import { responseProperties } from './responseDescription';

interface Answer {
	statusCode: number;
	body?: IDataObject;
	droppedActivities?: number;
	/** What was left out of the answer because it was wrong, with why. */
	dropped?: Dropped[];
}

function hasDisplayName(contact: IDataObject): boolean {
	return typeof contact.displayName === 'number' || (typeof contact.displayName === 'string' && contact.displayName.trim() !== '');
}

function buildAnswer(context: IExecuteFunctions, itemIndex: number, options: IDataObject, noContact: Answer): Answer {
	if (context.getNodeParameter('respondWith', itemIndex) === 'noContact') return noContact;
	const source = context.getNodeParameter('contactSource', itemIndex, 'fields');
	const input = source === 'json' ? contactFromJson(context, itemIndex) : contactFromFields(context, itemIndex);
	if (!hasDisplayName(input.contact) && options.emptyDisplayName !== 'error') return noContact;
	const { contact, droppedActivities, dropped } = buildContact(input.contact, {
		timeZone: context.getTimezone(),
		maxPerType: options.maxActivitiesPerType === undefined ? undefined : Number(options.maxActivitiesPerType),
		rowNames: input.rowNames,
	});
	return { statusCode: 200, body: contact, droppedActivities, dropped: [...input.dropped, ...dropped] };
}

export class M8ComLookupResponse implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'M8Com Lookup Response',
		name: 'm8ComLookupResponse',
		icon: { light: 'file:m8com.svg', dark: 'file:m8com.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["respondWith"] === "noContact" ? "No Contact Found" : "Contact" }}',
		description: "Answer an M8Com lookup with the caller's contact card and activities",
		defaults: { name: 'M8Com Lookup Response' },
		builderHint: responseBuilderHint(LOOKUP_PAIR),
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// Answers the webhook that started the workflow: not something an AI agent can call.
		usableAsTool: undefined,
		properties: responseProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const itemIndex = 0;
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const noContact: Answer = { statusCode: Number(options.noContactStatusCode ?? 404) };
		let answer: Answer;
		try {
			answer = buildAnswer(this, itemIndex, options, noContact);
		} catch (error) {
			if (!this.continueOnFail()) {
				throw new NodeOperationError(this.getNode(), error as Error, {
					itemIndex,
					description: 'M8Com gets an HTTP 500 and shows no Caller Insights for this lookup.',
				});
			}
			await answerWebhook(this, noContact);
			return [[{ json: { error: (error as Error).message, statusCode: noContact.statusCode }, pairedItem: { item: itemIndex } }]];
		}
		await answerWebhook(this, answer);
		const json: IDataObject = { statusCode: answer.statusCode, body: answer.body ?? '' };
		if (answer.droppedActivities) json.droppedActivities = answer.droppedActivities;
		if (answer.dropped?.length) json.dropped = answer.dropped;
		return [[{ json, pairedItem: items.length > 0 ? { item: itemIndex } : undefined }]];
	}
}
