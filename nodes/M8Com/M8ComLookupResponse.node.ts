import {
	NodeConnectionTypes,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { answerFirstItem, type BuiltAnswer } from '../shared/action';
import { responseBuilderHint } from '../shared/builderHint';
import { buildContact } from './contact';
import { contactFromFields, contactFromJson } from './responseInput';
import { LOOKUP_PAIR } from './lookup';
import { responseProperties } from './responseDescription';

const DEFAULT_NO_CONTACT_STATUS = 404;

/** The status of the "no contact found" answer: the option's when it is a status M8Com can be sent, else the default. */
function noContactStatus(context: IExecuteFunctions, itemIndex: number): { statusCode: number; problem?: string } {
	let value: unknown;
	try {
		value = context.getNodeParameter('options.noContactStatusCode', itemIndex, DEFAULT_NO_CONTACT_STATUS);
	} catch (error) {
		return { statusCode: DEFAULT_NO_CONTACT_STATUS, problem: (error as Error).message };
	}
	const statusCode = Number(value);
	if (Number.isInteger(statusCode) && statusCode >= 200 && statusCode <= 599) return { statusCode };
	return { statusCode: DEFAULT_NO_CONTACT_STATUS, problem: `"No Contact Status Code" must be a whole number from 200 to 599, not ${JSON.stringify(value)}` };
}

function hasDisplayName(contact: IDataObject): boolean {
	return typeof contact.displayName === 'number' || (typeof contact.displayName === 'string' && contact.displayName.trim() !== '');
}

function noContactAnswer(context: IExecuteFunctions, itemIndex: number): BuiltAnswer {
	const status = noContactStatus(context, itemIndex);
	if (status.problem) return { problem: status.problem };
	return { answer: { statusCode: status.statusCode }, json: { statusCode: status.statusCode, body: '' } };
}

function buildAnswer(context: IExecuteFunctions, itemIndex: number): BuiltAnswer {
	if (context.getNodeParameter('respondWith', itemIndex) === 'noContact') return noContactAnswer(context, itemIndex);
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const source = context.getNodeParameter('contactSource', itemIndex, 'fields');
	const input = source === 'json' ? contactFromJson(context, itemIndex) : contactFromFields(context, itemIndex);
	if (!hasDisplayName(input.contact) && options.emptyDisplayName !== 'error') return noContactAnswer(context, itemIndex);
	const { contact, droppedActivities, dropped } = buildContact(input.contact, {
		timeZone: context.getTimezone(),
		maxPerType: options.maxActivitiesPerType === undefined ? undefined : Number(options.maxActivitiesPerType),
		rowNames: input.rowNames,
	});
	const json: IDataObject = { statusCode: 200, body: contact };
	if (droppedActivities) json.droppedActivities = droppedActivities;
	const allDropped = [...input.dropped, ...dropped];
	if (allDropped.length) json.dropped = allDropped;
	return { answer: { statusCode: 200, body: contact }, json };
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
		// Whatever stops the answer, M8Com gets "no contact found" at once rather than a 500.
		const { statusCode } = noContactStatus(this, 0);
		return await answerFirstItem(this, (itemIndex) => buildAnswer(this, itemIndex), {
			answer: { statusCode },
			json: { statusCode },
			description: `It was not sent. M8Com was answered "no contact found" (${statusCode}) and shows no Caller Insights for this lookup.`,
		});
	}
}
