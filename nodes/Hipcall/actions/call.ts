import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import {
	dateRangeFields,
	on,
	pagingFields,
	requiredLocator,
	requiredText,
	segment,
	simplifyField,
	simplifyRecords,
	textParameter,
	versionedLocator,
	type ResourceModule,
} from '../../shared/action';
import { hipcall } from './api';
import { cardFromBuilder, cardFromJson, cardProblems, normalizeCard, type BuilderRow } from './card';
import { CALL_STARTED, listOptions, readList } from './listOptions';
import { TAG } from './locators';
import { commentField, idField, tagField } from './properties';
import { CALL_FIELDS } from './simplified';
import { hipcallId } from './values';

const R = 'call';

/** The call's UUID, trimmed (not yet encoded for a path). */
function callId(context: IExecuteFunctions, itemIndex: number): string {
	const description = 'Map the callId field of the Hipcall Trigger (data.uuid of the call_init event).';
	return requiredText(context, 'callId', itemIndex, 'The Call ID is empty', description);
}

/** The Call Date as Hipcall takes it, YYYY-MM-DD: a timestamp such as started_at gives its date part. */
function callDate(context: IExecuteFunctions, itemIndex: number): string {
	const text = textParameter(context, 'date', itemIndex);
	const date = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(text)?.[1];
	if (text && !date) {
		throw new NodeOperationError(context.getNode(), `The Call Date must be written YYYY-MM-DD, got ${JSON.stringify(text)}`, {
			itemIndex,
			description: 'For example 2024-11-17, or map started_at of the call: its date part is used.',
		});
	}
	return date ?? '';
}

function card(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const mode = context.getNodeParameter('cardMode', itemIndex, 'builder') as string;
	let rows: IDataObject[];
	if (mode === 'json') {
		const parsed = cardFromJson(context.getNodeParameter('cardJson', itemIndex));
		if ('problem' in parsed) throw new NodeOperationError(context.getNode(), parsed.problem, { itemIndex });
		rows = parsed.rows;
	} else {
		const builderRows = context.getNodeParameter('rows.row', itemIndex, []) as BuilderRow[];
		rows = cardFromBuilder({
			title: context.getNodeParameter('title', itemIndex, '') as string,
			titleLink: context.getNodeParameter('titleLink', itemIndex, '') as string,
			rows: builderRows,
			skipEmptyRows: context.getNodeParameter('skipEmptyRows', itemIndex, true) as boolean,
		});
	}
	const problems = cardProblems(rows);
	if (problems.length > 0) {
		throw new NodeOperationError(context.getNode(), `The card cannot be sent: ${problems[0]}`, {
			itemIndex,
			description: problems.join('\n'),
		});
	}
	return normalizeCard(rows);
}

export const callResource: ResourceModule = {
	resource: { name: 'Call', value: R },
	operations: [
		{ name: 'Add Comment', value: 'addComment', action: 'Add a comment to a call', description: 'Write a comment on a call' },
		{
			name: 'Add Tag',
			value: 'addTag',
			action: 'Add a tag to a call',
			description: 'Tag a call for review or reporting (the tag must exist in Hipcall first)',
		},
		{ name: 'Get', value: 'get', action: 'Get a call', description: 'Get the details of one call' },
		{ name: 'Get Comments', value: 'getComments', action: 'Get the comments of a call', description: 'List the comments written on a call' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many calls', description: 'List calls, newest or oldest first' },
		{
			name: 'Push Card',
			value: 'pushCard',
			action: 'Push an information card to a call',
			description: "Show an information card in the agent's Webphone during a call",
		},
	],
	defaultOperation: 'pushCard',
	fields: [
		idField(
			'callId',
			'Call ID',
			R,
			['pushCard', 'get', 'addComment', 'addTag', 'getComments'],
			'The UUID of the call: the callId field of the Hipcall Trigger (data.uuid)',
			'={{ $json.callId }}',
		),
		{
			displayName: 'Card',
			name: 'cardMode',
			type: 'options',
			options: [
				{ name: 'Build It Here', value: 'builder', description: 'A title, then rows of label and text, and user rows' },
				{ name: 'JSON', value: 'json', description: 'A card built by an earlier node, in Hipcall\'s JSON format' },
			],
			default: 'builder',
			displayOptions: on(R, 'pushCard'),
		},
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			placeholder: 'My CRM',
			description: 'The bold first line of the card; leave empty for a card without a title',
			displayOptions: on(R, 'pushCard', { cardMode: ['builder'] }),
		},
		{
			displayName: 'Title Link',
			name: 'titleLink',
			type: 'string',
			default: '',
			placeholder: 'https://my-crm.com',
			description: 'Opens in a new tab when the agent clicks the title (optional)',
			displayOptions: on(R, 'pushCard', { cardMode: ['builder'] }),
		},
		{
			displayName: 'Rows',
			name: 'rows',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: 'Add Row',
			default: {},
			description: 'The lines under the title, in this order',
			displayOptions: on(R, 'pushCard', { cardMode: ['builder'] }),
			options: [
				{
					displayName: 'Row',
					name: 'row',
					values: [
						{
							displayName: 'Label',
							name: 'label',
							type: 'string',
							default: '',
							placeholder: 'Full Name',
						},
						{
							displayName: 'Link',
							name: 'link',
							type: 'string',
							default: '',
							placeholder: 'https://my-crm.com/contact/1234',
							description: 'Opens in a new tab when the agent clicks the row (optional)',
							displayOptions: { show: { type: ['shortText'] } },
						},
						{
							displayName: 'Text',
							name: 'text',
							type: 'string',
							default: '',
							placeholder: 'Onur Ozgur OZKAN',
							displayOptions: { show: { type: ['shortText'] } },
						},
						{
							displayName: 'Type',
							name: 'type',
							type: 'options',
							options: [
								{ name: 'Label and Text', value: 'shortText', description: 'A label and a value, optionally a link' },
								{ name: 'User', value: 'user', description: 'A Hipcall user, shown by name (for example the account owner)' },
							],
							default: 'shortText',
						},
						{
							displayName: 'User ID',
							name: 'userId',
							type: 'string',
							default: '',
							description: 'The ID of a Hipcall user (see User > Get Many)',
							displayOptions: { show: { type: ['user'] } },
						},
					],
				},
			],
		},
		{
			displayName: 'Skip Empty Rows',
			name: 'skipEmptyRows',
			type: 'boolean',
			default: true,
			description: 'Whether to leave out rows whose text or user ID is empty (for example a CRM field not filled in), instead of failing',
			displayOptions: on(R, 'pushCard', { cardMode: ['builder'] }),
		},
		{
			displayName: 'Card JSON',
			name: 'cardJson',
			type: 'json',
			required: true,
			default: '{\n  "card": [\n    { "type": "title", "text": "My CRM", "link": "https://my-crm.com" },\n    { "type": "shortText", "label": "Full Name", "text": "Jane Doe" }\n  ]\n}',
			description:
				'Either {"card": [rows]} or the array of rows. Rows: {"type": "title", "text", "link"?}, {"type": "shortText", "text", "label"?, "link"?, "ios"?, "android"?}, {"type": "user", "label", "user_id"}; Hipcall refuses other fields.',
			displayOptions: on(R, 'pushCard', { cardMode: ['json'] }),
		},
		{
			displayName: 'Call Date',
			name: 'date',
			type: 'string',
			default: '',
			placeholder: '2024-11-17',
			description:
				'The day the call started (YYYY-MM-DD; a timestamp such as started_at gives its date part). Hipcall files calls by day; leave empty to let Hipcall find it.',
			displayOptions: on(R, 'get'),
		},
		...pagingFields(R, 'getMany'),
		listOptions(R, 'getMany', [
			{
				displayName: 'Direction',
				name: 'direction',
				type: 'options',
				options: [
					{ name: 'Any', value: 'any' },
					{ name: 'Inbound', value: 'inbound' },
					{ name: 'Outbound', value: 'outbound' },
				],
				default: 'any',
			},
			{
				displayName: 'Missed Calls Only',
				name: 'missedOnly',
				type: 'boolean',
				default: false,
				description: 'Whether to return only calls nobody answered',
			},
			...dateRangeFields(CALL_STARTED),
		]),
		commentField(R),
		...versionedLocator(TAG, tagField(R, ['addTag']), {
			description: 'The Hipcall tag: pick it from the list, or give its ID (Settings > Call Center > Tags in Hipcall)',
		}),
		...pagingFields(R, 'getComments'),
		listOptions(R, 'getComments'),
		simplifyField(R, ['get', 'getMany']),
	],
	handlers: {
		async pushCard(context, itemIndex) {
			const id = callId(context, itemIndex);
			const rows = card(context, itemIndex);
			const response = await hipcall.request(context, 'POST', `/calls/${segment(id)}/cards`, { body: { card: rows } });
			return hipcall.written(response, { callId: id, card: rows });
		},
		async get(context, itemIndex) {
			const id = segment(callId(context, itemIndex));
			const date = callDate(context, itemIndex);
			const call = hipcall.record(await hipcall.request(context, 'GET', `/calls/${id}`, { qs: date ? { date } : {} }));
			return simplifyRecords(context, itemIndex, call, CALL_FIELDS);
		},
		getMany: async (context, itemIndex) => simplifyRecords(context, itemIndex, await readList(context, itemIndex, '/calls'), CALL_FIELDS),
		async addTag(context, itemIndex) {
			const id = callId(context, itemIndex);
			const tag = requiredLocator(context, TAG, itemIndex);
			const body = { tag_id: hipcallId(context, itemIndex, tag, 'Tag ID') };
			const response = await hipcall.request(context, 'POST', `/calls/${segment(id)}/tags`, { body });
			return hipcall.written(response, { callId: id, tagId: tag });
		},
		async addComment(context, itemIndex) {
			const id = segment(callId(context, itemIndex));
			const content = context.getNodeParameter('content', itemIndex) as string;
			return hipcall.written(await hipcall.request(context, 'POST', `/calls/${id}/comments`, { body: { content } }));
		},
		getComments: async (context, itemIndex) =>
			await readList(context, itemIndex, `/calls/${segment(callId(context, itemIndex))}/comments`),
	},
};
