import {
	jsonParse,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	NodeConnectionTypes,
} from 'n8n-workflow';

import { answerFirstItem, type BuiltAnswer, type WebhookAnswer } from '../shared/action';
import { responseBuilderHint } from '../shared/builderHint';
import { isPlainObject } from '../shared/webhook';
import { USER_INFO_PAIR, type AnswerShape, detailsFromFields, hasNoDetails, shapeDetails } from './userInfo';

type NotFoundAnswer = 'emptyObject' | 'foundFalse' | 'status404';

const DEFAULT_NOT_FOUND: NotFoundAnswer = 'emptyObject';

const NOT_FOUND: Record<NotFoundAnswer, { statusCode: number; body: IDataObject }> = {
	emptyObject: { statusCode: 200, body: {} },
	foundFalse: { statusCode: 200, body: { found: false } },
	status404: { statusCode: 404, body: { error: 'User not found' } },
};

// A responder answers the webhook that started its workflow; it is not an AI tool (project rule).
export class ChatVoltUserInfoResponse implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatVolt User Info Response',
		name: 'chatVoltUserInfoResponse',
		icon: { light: 'file:chatvolt.svg', dark: 'file:chatvolt.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["respondWith"] === "notFound" ? "Not found" : "User details"}}',
		description: 'Sends the user details back to ChatVolt; use after a ChatVolt User Info Trigger',
		defaults: { name: 'ChatVolt User Info Response' },
		builderHint: responseBuilderHint(USER_INFO_PAIR),
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// Answers the webhook that started the workflow: not something an AI agent can call.
		usableAsTool: undefined,
		properties: [
			{
				displayName:
					'Answers the request that started the workflow at a ChatVolt User Info Trigger, once, from the first input item. Input items are passed on unchanged.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Respond With',
				name: 'respondWith',
				type: 'options',
				options: [
					{ name: 'User Details', value: 'userDetails', description: 'The details of the user ChatVolt asked about' },
					{ name: 'Not Found', value: 'notFound', description: 'Tell ChatVolt there is nothing about this user' },
				],
				default: 'userDetails',
			},
			{
				displayName: 'Details From',
				name: 'detailsSource',
				type: 'options',
				displayOptions: { show: { respondWith: ['userDetails'] } },
				options: [
					{ name: 'Fields Below', value: 'fields', description: 'A list of labels and values' },
					{ name: 'JSON', value: 'json', description: 'A JSON object written by hand or with expressions' },
				],
				default: 'fields',
			},
			{
				displayName: 'Fields',
				name: 'fields',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true, sortable: true },
				placeholder: 'Add Field',
				displayOptions: { show: { respondWith: ['userDetails'], detailsSource: ['fields'] } },
				default: {},
				options: [
					{
						displayName: 'Field',
						name: 'field',
						values: [
							{
								displayName: 'Label',
								name: 'label',
								type: 'string',
								default: '',
								placeholder: 'e.g. Customer Since',
								description: 'What the Inbox shows as the name of the value',
							},
							{
								displayName: 'Value',
								name: 'value',
								type: 'string',
								default: '',
								placeholder: 'e.g. {{ $json.customerSince }}',
							},
						],
					},
				],
			},
			{
				displayName: 'JSON',
				name: 'json',
				type: 'json',
				displayOptions: { show: { respondWith: ['userDetails'], detailsSource: ['json'] } },
				default: '{\n  "name": "",\n  "plan": ""\n}',
				description: 'A JSON object of the user\'s details',
			},
			{
				displayName: 'Answer Shape',
				name: 'shape',
				type: 'options',
				displayOptions: { show: { respondWith: ['userDetails'] } },
				options: [
					{ name: 'Flat Object', value: 'flat', description: '{"Plan": "Pro", "City": "Oslo"}' },
					{ name: 'Inside a Key', value: 'wrapped', description: '{"user": {"Plan": "Pro"}}' },
					{ name: 'List of Label/Value Pairs', value: 'list', description: '{"fields": [{"label": "Plan", "value": "Pro"}]}' },
				],
				default: 'flat',
				description: 'How the details are laid out in the answer. ChatVolt does not document the shape it reads; flat is the most common.',
			},
			{
				displayName: 'Key',
				name: 'key',
				type: 'string',
				displayOptions: { show: { respondWith: ['userDetails'], shape: ['wrapped', 'list'] } },
				default: '',
				placeholder: 'user (or fields for a list)',
				description: 'The key the details sit under. Empty means "user" for an object and "fields" for a list.',
			},
			{
				displayName: 'Answer Not Found When Details Are Empty',
				name: 'emptyIsNotFound',
				type: 'boolean',
				displayOptions: { show: { respondWith: ['userDetails'] } },
				default: true,
				description:
					'Whether to send the not-found answer when every value is empty, for example when the lookup before this node found nobody',
			},
			{
				displayName: 'Not Found Answer',
				name: 'notFoundAnswer',
				type: 'options',
				options: [
					{ name: '200 With an Empty Object', value: 'emptyObject', description: '{} — the Inbox simply shows nothing extra' },
					{ name: '200 With Found Set to False', value: 'foundFalse', description: '{"found": false}' },
					{ name: '404 Not Found', value: 'status404', description: '{"error": "User not found"}' },
				],
				default: 'emptyObject',
				description:
					'What ChatVolt gets when there is nothing about the user, and at once when the details cannot be built (the node then fails saying why). ChatVolt does not document how it treats errors; a 200 is the safe choice.',
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const notFound = notFoundAnswer(this);
		// Whatever stops the answer, ChatVolt gets the not-found answer at once rather than a 500.
		const refusal = 'problem' in notFound ? NOT_FOUND[DEFAULT_NOT_FOUND] : notFound.answer;
		return await answerFirstItem(this, () => buildAnswer(this, notFound), {
			answer: refusal,
			json: {},
			description: `It was not sent. ChatVolt got the not-found answer (${refusal.statusCode} ${JSON.stringify(refusal.body)}), as for a user there is nothing about.`,
		});
	}
}

/** The configured not-found answer, or why it cannot be sent. */
function notFoundAnswer(context: IExecuteFunctions): { answer: WebhookAnswer } | { problem: string } {
	let choice: unknown;
	try {
		choice = context.getNodeParameter('notFoundAnswer', 0, DEFAULT_NOT_FOUND);
	} catch (error) {
		return { problem: (error as Error).message };
	}
	if (typeof choice === 'string' && Object.hasOwn(NOT_FOUND, choice)) return { answer: NOT_FOUND[choice as NotFoundAnswer] };
	return { problem: `"Not Found Answer" must be one of ${Object.keys(NOT_FOUND).join(', ')}, not ${JSON.stringify(choice)}` };
}

/** The details of the first item, shaped, or the not-found answer; input items go on unchanged. */
function buildAnswer(context: IExecuteFunctions, notFound: { answer: WebhookAnswer } | { problem: string }): BuiltAnswer {
	if (context.getNodeParameter('respondWith', 0) === 'notFound') return notFound;

	let details: IDataObject;
	if (context.getNodeParameter('detailsSource', 0) === 'json') {
		const raw = context.getNodeParameter('json', 0) as unknown;
		const parsed = typeof raw === 'string' ? jsonParse<unknown>(raw, { errorMessage: 'The JSON is not valid' }) : raw;
		if (!isPlainObject(parsed)) return { problem: 'The JSON must be an object of user details' };
		details = parsed;
	} else {
		const fields = context.getNodeParameter('fields.field', 0, []) as Array<{ label?: unknown; value?: unknown }>;
		details = detailsFromFields(fields);
	}

	if (context.getNodeParameter('emptyIsNotFound', 0, true) && hasNoDetails(details)) return notFound;
	const shape = context.getNodeParameter('shape', 0, 'flat') as AnswerShape;
	const key = context.getNodeParameter('key', 0, '') as string;
	return { answer: { statusCode: 200, body: shapeDetails(details, { shape, key }) } };
}
