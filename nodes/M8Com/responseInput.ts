// Reads the M8Com Lookup Response node's parameters into a contact object, before the contract checks.
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { activitiesFromCollection } from './activities';
import { ContactError } from './contact';

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

/** The contact as the editor's fields describe it, before the contract checks. */
export function contactFromFields(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const get = (name: string, fallback: unknown = '') => context.getNodeParameter(name, itemIndex, fallback);
	const extra = parseJson(get('activitiesJson', '[]'), 'More Activities (JSON)');
	if (extra !== undefined && !Array.isArray(extra)) {
		throw new ContactError('"More Activities (JSON)" must be a JSON array of activities');
	}
	return {
		displayName: get('displayName'),
		firstName: get('firstName'),
		lastName: get('lastName'),
		avatarUrl: get('avatarUrl'),
		coverPhotoUrl: get('coverPhotoUrl'),
		companyInfo: { name: get('companyName'), title: get('companyTitle') },
		emails: collectionValues(get('emails', {})),
		phoneNumbers: collectionValues(get('phoneNumbers', {})),
		fields: collectionValues(get('fields', {})),
		activities: [...activitiesFromCollection(get('activities', {}) as IDataObject), ...((extra as unknown[]) ?? [])],
		createActivityUrls: collectionValues(get('createActivityUrls', {})),
		moreInfoUrl: get('moreInfoUrl'),
	};
}

export function contactFromJson(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const value = parseJson(context.getNodeParameter('contactJson', itemIndex, '{}'), 'Contact (JSON)');
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new ContactError('"Contact (JSON)" must be a JSON object with at least a displayName');
	}
	return value as IDataObject;
}
