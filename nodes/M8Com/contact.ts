// Builds the lookup answer M8Com shows as Caller Insights, and checks it against the contract.
import type { IDataObject } from 'n8n-workflow';

import { ActivityError, prepareActivities } from './activities';

export class ContactError extends ActivityError {}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function parseListJson(text: string, name: string): unknown {
	let parsed: unknown;
	let failed = false;
	try {
		parsed = JSON.parse(text);
	} catch {
		failed = true;
	}
	if (failed) throw new ContactError(`"${name}" is not valid JSON: ${text.slice(0, 80)}`);
	return parsed;
}

function asArray(value: unknown, name: string): unknown[] {
	if (isBlank(value)) return [];
	if (Array.isArray(value)) return value;
	if (typeof value === 'string') {
		const text = value.trim();
		if (text.startsWith('[')) return asArray(parseListJson(text, name), name);
		return text.split(',').map((s) => s.trim());
	}
	if (typeof value === 'object') return [value];
	throw new ContactError(`"${name}" must be a list, got ${JSON.stringify(value)}`);
}

/** Emails and phone numbers: `{id, comment?}` objects; plain strings are accepted as ids. */
function idList(value: unknown, name: string): IDataObject[] {
	return asArray(value, name)
		.map((entry, i): IDataObject | undefined => {
			if (isBlank(entry)) return undefined;
			if (typeof entry === 'string' || typeof entry === 'number') return { id: String(entry).trim() };
			if (typeof entry !== 'object' || entry === null) {
				throw new ContactError(`${name}[${i}] must be text or an object with an "id"`);
			}
			const item = withoutBlanks(entry as IDataObject);
			// A row without its address (e.g. an empty CRM column) is left out rather than failing the lookup.
			if (isBlank(item.id)) return undefined;
			return withoutBlanks({ ...item, id: String(item.id).trim() });
		})
		.filter((entry): entry is IDataObject => entry !== undefined);
}

/**
 * Objects that need the listed keys. A row whose `valueKey` is blank (an empty editor row, or an
 * empty CRM column mapped into it) is left out rather than failing the whole lookup.
 */
function objectList(value: unknown, name: string, required: string[], valueKey: string): IDataObject[] {
	return asArray(value, name)
		.map((entry, i): IDataObject | undefined => {
			if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
				throw new ContactError(`${name}[${i}] must be an object with ${required.join(' and ')}`);
			}
			const item = withoutBlanks(entry as IDataObject);
			if (isBlank(item[valueKey])) return undefined;
			const missing = required.filter((key) => isBlank(item[key]));
			if (missing.length > 0) throw new ContactError(`${name}[${i}] is missing ${missing.join(' and ')}`);
			return item;
		})
		.filter((entry): entry is IDataObject => entry !== undefined);
}

function withoutBlanks(object: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(object)) if (!isBlank(value)) out[key] = value;
	return out;
}

export interface BuiltContact {
	contact: IDataObject;
	/** Activities left out because a type had more than the limit. */
	droppedActivities: number;
}

/**
 * The contact as M8Com expects it. `displayName` is required; lists are checked; activities are
 * converted, limited and ordered; fields this node does not know are passed through untouched.
 */
export function buildContact(input: IDataObject, options: { timeZone: string; maxPerType?: number }): BuiltContact {
	if (isBlank(input.displayName) || typeof input.displayName === 'object') {
		throw new ContactError('The contact has no display name: "displayName" is required by M8Com');
	}
	const contact = withoutBlanks(input);
	contact.displayName = String(input.displayName).trim();

	const lists: Array<[string, IDataObject[]]> = [
		['emails', idList(input.emails, 'emails')],
		['phoneNumbers', idList(input.phoneNumbers, 'phoneNumbers')],
		['fields', objectList(input.fields, 'fields', ['title', 'comment'], 'comment')],
		['createActivityUrls', objectList(input.createActivityUrls, 'createActivityUrls', ['name', 'url'], 'url')],
	];
	for (const [key, list] of lists) {
		if (list.length > 0) contact[key] = list;
		else delete contact[key];
	}

	if (contact.companyInfo !== undefined) {
		if (typeof contact.companyInfo !== 'object' || Array.isArray(contact.companyInfo)) {
			throw new ContactError('"companyInfo" must be an object with name and/or title');
		}
		const company = withoutBlanks(contact.companyInfo as IDataObject);
		if (Object.keys(company).length > 0) contact.companyInfo = company;
		else delete contact.companyInfo;
	}

	let droppedActivities = 0;
	const activities = asArray(input.activities, 'activities');
	if (activities.length > 0) {
		const prepared = prepareActivities(activities, options);
		contact.activities = prepared.activities;
		droppedActivities = prepared.dropped;
	} else {
		delete contact.activities;
	}
	return { contact, droppedActivities };
}
