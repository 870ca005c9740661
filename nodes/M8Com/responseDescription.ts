// What the M8Com Lookup Response node shows in the editor.
import type { INodeProperties } from 'n8n-workflow';

import { MAX_ACTIVITIES_PER_TYPE, activitiesProperty } from './activities';

const whenContact = { show: { respondWith: ['contact'] } };
const whenFields = { show: { respondWith: ['contact'], contactSource: ['fields'] } };

/** A repeatable pair of text fields, e.g. an email address and its comment. */
function pairCollection(
	name: string,
	displayName: string,
	entry: string,
	fields: Array<{ displayName: string; name: string; placeholder?: string; description?: string }>,
	description?: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: `Add ${entry}`,
		default: {},
		description,
		displayOptions: whenFields,
		options: [{ name: 'values', displayName: entry, values: fields.map((f) => ({ ...f, type: 'string', default: '' })) }],
	};
}

/**
 * A list built upstream beside the editor's rows, e.g. `{{ $json.emails }}`: an array, JSON text of
 * one, or comma-separated text. Its rows are checked as the editor's are.
 */
function moreRows(name: string, displayName: string, rows: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'json',
		default: '[]',
		description: `${rows} built upstream: an expression that gives an array (or JSON text of one, or comma-separated text), added to the rows above. A bad row is left out and listed under "dropped" in the output.`,
		displayOptions: whenFields,
	};
}

const comment = { displayName: 'Comment', name: 'comment', placeholder: 'Work', description: 'Where it is used, e.g. Work or Personal' };

const text = (displayName: string, name: string, description: string, placeholder = ''): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder,
	description,
	displayOptions: whenFields,
});

export const responseProperties: INodeProperties[] = [
	{
		displayName:
			'Put this node after an <b>M8Com Trigger</b> set to a lookup event. It answers M8Com with the first input item. M8Com waits at most 3 seconds: keep the nodes before this one fast. A row M8Com cannot show (an activity without its due date, a link that is not http(s), a field without its title) is left out of the answer, and the output item says which and why under <b>dropped</b>. When no answer can be built at all, M8Com gets "no contact found" at once and the node fails saying why.',
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Respond With',
		name: 'respondWith',
		type: 'options',
		noDataExpression: true,
		default: 'contact',
		options: [
			{ name: 'Contact', value: 'contact', description: 'The contact M8Com shows as Caller Insights' },
			{ name: 'No Contact Found', value: 'noContact', description: 'Tell M8Com the number is unknown' },
		],
	},
	{
		displayName: 'Contact Data',
		name: 'contactSource',
		type: 'options',
		noDataExpression: true,
		default: 'fields',
		displayOptions: whenContact,
		options: [
			{ name: 'Define Below', value: 'fields', description: 'Map the contact field by field' },
			{
				name: 'JSON',
				value: 'json',
				description: 'A whole contact object built upstream, e.g. with an Aggregate node for the activities',
			},
		],
	},
	{
		displayName: 'Contact (JSON)',
		name: 'contactJson',
		type: 'json',
		default: '{\n  "displayName": "",\n  "activities": []\n}',
		description:
			'The contact as M8Com expects it (displayName required). Dates may be ISO text, seconds or milliseconds; they are sent as milliseconds.',
		displayOptions: { show: { respondWith: ['contact'], contactSource: ['json'] } },
	},
	{
		displayName: 'Display Name',
		name: 'displayName',
		type: 'string',
		default: '',
		placeholder: 'Maria Andersson',
		description: 'The name M8Com shows. When it is empty, M8Com is told that no contact was found (see Options).',
		displayOptions: whenFields,
	},
	text('First Name', 'firstName', 'First name of the contact'),
	text('Last Name', 'lastName', 'Last name of the contact'),
	text('Company Name', 'companyName', 'The company the contact works for'),
	text('Title', 'companyTitle', "The contact's title at the company"),
	text('Avatar URL', 'avatarUrl', 'Image shown as avatar (M8Com shows initials otherwise); an http(s) URL', 'https://'),
	text('Cover Photo URL', 'coverPhotoUrl', 'Cover image of the contact card; an http(s) URL', 'https://'),
	text('More Info URL', 'moreInfoUrl', 'Link to the contact in your CRM; an http(s) URL', 'https://crm.example.com/contacts/123'),
	pairCollection('emails', 'Emails', 'Email', [{ displayName: 'Email', name: 'id', placeholder: 'name@email.com' }, comment]),
	moreRows('emailsJson', 'More Emails (JSON)', 'Email addresses (text, or {"id", "comment"} objects)'),
	pairCollection('phoneNumbers', 'Phone Numbers', 'Phone Number', [
		{ displayName: 'Phone Number', name: 'id', placeholder: '+46 70 123 45 67' },
		comment,
	]),
	moreRows('phoneNumbersJson', 'More Phone Numbers (JSON)', 'Phone numbers (text, or {"id", "comment"} objects)'),
	pairCollection(
		'fields',
		'Custom Fields',
		'Field',
		[
			{ displayName: 'Title', name: 'title', description: 'The label, e.g. Customer Tier' },
			{ displayName: 'Comment', name: 'comment', description: 'The value, e.g. Gold' },
		],
		'Additional information shown on the contact',
	),
	moreRows('fieldsJson', 'More Custom Fields (JSON)', 'Custom fields ({"title", "comment"} objects)'),
	{ ...activitiesProperty, displayOptions: whenFields },
	{
		displayName: 'More Activities (JSON)',
		name: 'activitiesJson',
		type: 'json',
		default: '[]',
		description:
			'Activities built upstream, as a JSON array of objects with a "type" (NOTE, TASK, CALL, TICKET, DEAL or APPOINTMENT); added to the ones above',
		displayOptions: whenFields,
	},
	pairCollection(
		'createActivityUrls',
		'Create Activity Links',
		'Link',
		[
			{ displayName: 'Name', name: 'name', placeholder: 'Create Note' },
			{ displayName: 'URL', name: 'url', placeholder: 'https://crm.example.com/notes/new?contact=123' },
		],
		'Buttons that open your CRM on the "create" page for this contact',
	),
	moreRows('createActivityUrlsJson', 'More Create Activity Links (JSON)', 'Create activity links ({"name", "url"} objects, http(s) URLs)'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Max Activities per Type',
				name: 'maxActivitiesPerType',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_ACTIVITIES_PER_TYPE },
				default: MAX_ACTIVITIES_PER_TYPE,
				description: 'M8Com shows at most 10 activities of each type; the newest are kept',
			},
			{
				displayName: 'No Contact Status Code',
				name: 'noContactStatusCode',
				type: 'number',
				typeOptions: { minValue: 200, maxValue: 599 },
				default: 404,
				description: 'The HTTP status of the "no contact found" answer, sent with an empty body (also when no answer can be built)',
			},
			{
				displayName: 'When Display Name Is Empty',
				name: 'emptyDisplayName',
				type: 'options',
				default: 'noContact',
				options: [
					{ name: 'Answer No Contact Found', value: 'noContact', description: 'E.g. the lookup before this node found nothing.' },
					{ name: 'Stop With an Error', value: 'error', description: 'M8Com gets "no contact found" at once; the execution fails saying why' },
				],
			},
		],
	},
];
