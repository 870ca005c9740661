// Reads the M8Com Lookup Response node's parameters into a contact object, before the contract checks.
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { activitiesFromCollection } from './activities';
import { ContactError, type RowNames } from './contact';
import { type Dropped, type DroppedKind, listRows } from './dropped';

/** The contact as the parameters give it, how the panel names its rows, and what could not be read at all. */
export interface ContactInput {
	contact: IDataObject;
	rowNames: RowNames;
	dropped: Dropped[];
}

type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

function tryJson(text: string): JsonResult {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		return { ok: false, message: (error as Error).message };
	}
}

function parseJson(value: unknown, name: string): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	const parsed = tryJson(value);
	if (!parsed.ok) throw new ContactError(`"${name}" is not valid JSON: ${parsed.message}`);
	return parsed.value;
}

function collectionValues(value: unknown): IDataObject[] {
	const values = (value as IDataObject | undefined)?.values;
	return Array.isArray(values) ? (values as IDataObject[]) : [];
}

/**
 * The lists of Define Below: rows of the editor, then those of an expression or JSON beside them
 * ("More Emails (JSON)"), each named as the panel shows it.
 */
const LISTS: Array<{ key: keyof RowNames; kind: DroppedKind; rows: string; more: string; moreName: string }> = [
	{ key: 'emails', kind: 'email', rows: 'Emails', more: 'emailsJson', moreName: 'More Emails (JSON)' },
	{ key: 'phoneNumbers', kind: 'phoneNumber', rows: 'Phone Numbers', more: 'phoneNumbersJson', moreName: 'More Phone Numbers (JSON)' },
	{ key: 'fields', kind: 'field', rows: 'Custom Fields', more: 'fieldsJson', moreName: 'More Custom Fields (JSON)' },
	{
		key: 'createActivityUrls',
		kind: 'createActivityUrl',
		rows: 'Create Activity Links',
		more: 'createActivityUrlsJson',
		moreName: 'More Create Activity Links (JSON)',
	},
];

/** The contact as the editor's fields describe it, before the contract checks. */
export function contactFromFields(context: IExecuteFunctions, itemIndex: number): ContactInput {
	const get = (name: string, fallback: unknown = '') => context.getNodeParameter(name, itemIndex, fallback);
	const extra = parseJson(get('activitiesJson', '[]'), 'More Activities (JSON)');
	if (extra !== undefined && !Array.isArray(extra)) {
		throw new ContactError('"More Activities (JSON)" must be a JSON array of activities');
	}
	const editorActivities = activitiesFromCollection(get('activities', {}) as IDataObject);
	const moreActivities = (extra as unknown[] | undefined) ?? [];
	const rowNames: RowNames = {
		activities: [
			...editorActivities.map((row) => row.where),
			...moreActivities.map((_, i) => `More Activities (JSON) item ${i + 1}`),
		],
	};
	const dropped: Dropped[] = [];
	const lists: IDataObject = {};
	for (const list of LISTS) {
		const fixed = collectionValues(get(list.key, {}));
		const more = listRows(get(list.more, '[]'), list.moreName);
		if ('problem' in more) dropped.push({ kind: list.kind, problem: more.problem });
		const added = 'rows' in more ? more.rows : [];
		lists[list.key] = [...fixed, ...added];
		rowNames[list.key] = [...fixed.map((_, i) => `${list.rows} row ${i + 1}`), ...added.map((_, i) => `${list.moreName} item ${i + 1}`)];
	}
	const contact: IDataObject = {
		displayName: get('displayName'),
		firstName: get('firstName'),
		lastName: get('lastName'),
		avatarUrl: get('avatarUrl'),
		coverPhotoUrl: get('coverPhotoUrl'),
		companyInfo: { name: get('companyName'), title: get('companyTitle') },
		emails: lists.emails,
		phoneNumbers: lists.phoneNumbers,
		fields: lists.fields,
		activities: [...editorActivities.map((row) => row.activity), ...moreActivities],
		createActivityUrls: lists.createActivityUrls,
		moreInfoUrl: get('moreInfoUrl'),
	};
	return { contact, rowNames, dropped };
}

export function contactFromJson(context: IExecuteFunctions, itemIndex: number): ContactInput {
	const value = parseJson(context.getNodeParameter('contactJson', itemIndex, '{}'), 'Contact (JSON)');
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new ContactError('"Contact (JSON)" must be a JSON object with at least a displayName');
	}
	return { contact: value as IDataObject, rowNames: {}, dropped: [] };
}
