// Builds the lookup answer M8Com shows as Caller Insights, and checks it against the contract.
import type { IDataObject } from 'n8n-workflow';

import { isWebUrl } from '../shared/url';
import { prepareActivities } from './activities';
import { type Dropped, type DroppedKind, isBlank, listRows, quoted } from './dropped';

/** What stops the whole answer: no display name, a contact that is not an object. */
export class ContactError extends Error {}

/** The contact's lists, by their key in M8Com's answer. */
export type ListKey = 'emails' | 'phoneNumbers' | 'fields' | 'activities' | 'createActivityUrls' | 'createActivityUrl';

/** How the panel names each row of a list ("Emails row 2"); by default, as the JSON does ("emails[1]"). */
export type RowNames = Partial<Record<ListKey, string[]>>;

/** The contact's own fields that are links M8Com shows to its users. */
const URL_FIELDS = ['avatarUrl', 'coverPhotoUrl', 'moreInfoUrl'];

function withoutBlanks(object: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(object)) if (!isBlank(value)) out[key] = value;
	return out;
}

/** One row checked: what is sent, nothing (a blank row, left out silently), or why it is left out. */
type RowCheck = { row: IDataObject } | { problem: string } | undefined;

/** Emails and phone numbers: `{id, comment?}` objects; plain strings are accepted as ids. */
function idRow(entry: unknown, at: string): RowCheck {
	if (isBlank(entry)) return undefined;
	if (typeof entry === 'string' || (typeof entry === 'number' && Number.isFinite(entry))) return { row: { id: String(entry).trim() } };
	if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
		return { problem: `${at} must be text or an object with an "id", got ${quoted(entry)}` };
	}
	const item = withoutBlanks(entry as IDataObject);
	// A row without its address (e.g. an empty CRM column) is left out: there is nothing to show.
	if (isBlank(item.id)) return undefined;
	if (typeof item.id !== 'string' && !(typeof item.id === 'number' && Number.isFinite(item.id))) {
		return { problem: `${at} has an "id" that is not text: ${quoted(item.id)}` };
	}
	return { row: { ...item, id: String(item.id).trim() } };
}

/**
 * Objects that need the listed keys. A row whose `valueKey` is blank (an empty editor row, or an
 * empty CRM column mapped into it) is left out silently; a row with a value but no label, or with
 * a URL that is no web address, is left out and reported.
 */
function objectRow(required: string[], valueKey: string, urlKey?: string) {
	return (entry: unknown, at: string): RowCheck => {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
			return isBlank(entry) ? undefined : { problem: `${at} must be an object with ${required.join(' and ')}, got ${quoted(entry)}` };
		}
		const item = withoutBlanks(entry as IDataObject);
		if (isBlank(item[valueKey])) return undefined;
		const missing = required.filter((key) => isBlank(item[key]));
		if (missing.length > 0) return { problem: `${at} is missing ${missing.join(' and ')}` };
		if (urlKey && !isWebUrl(item[urlKey])) return { problem: `${at} has a "${urlKey}" that is not a web address (http or https): ${quoted(item[urlKey])}` };
		return { row: item };
	};
}

const LISTS: Array<{ key: Exclude<ListKey, 'activities'>; kind: DroppedKind; check: (entry: unknown, at: string) => RowCheck }> = [
	{ key: 'emails', kind: 'email', check: idRow },
	{ key: 'phoneNumbers', kind: 'phoneNumber', check: idRow },
	{ key: 'fields', kind: 'field', check: objectRow(['title', 'comment'], 'comment') },
	{ key: 'createActivityUrls', kind: 'createActivityUrl', check: objectRow(['name', 'url'], 'url', 'url') },
	// The seed's deprecated name of the same list.
	{ key: 'createActivityUrl', kind: 'createActivityUrl', check: objectRow(['name', 'url'], 'url', 'url') },
];

export interface BuiltContact {
	contact: IDataObject;
	/** Activities left out because a type had more than the limit. */
	droppedActivities: number;
	/** Rows and fields left out because something in them was wrong, with why. */
	dropped: Dropped[];
}

export interface ContactOptions {
	timeZone: string;
	maxPerType?: number;
	rowNames?: RowNames;
}

/**
 * The contact as M8Com expects it. `displayName` is required (its absence throws); everything else
 * degrades: a bad row of a list, a bad activity, a link that is no web address is left out and
 * listed in `dropped`, and the rest is sent. Activities are converted, limited and ordered; fields
 * this node does not know are passed through untouched.
 */
export function buildContact(input: IDataObject, options: ContactOptions): BuiltContact {
	if (isBlank(input.displayName) || typeof input.displayName === 'object') {
		throw new ContactError('The contact has no display name: "displayName" is required by M8Com');
	}
	const contact = withoutBlanks(input);
	contact.displayName = String(input.displayName).trim();
	const dropped: Dropped[] = [];

	for (const field of URL_FIELDS) {
		if (field in contact && !isWebUrl(contact[field])) {
			dropped.push({ kind: 'contact', field, problem: `"${field}" is not a web address (http or https): ${quoted(contact[field])}` });
			delete contact[field];
		}
	}

	for (const { key, kind, check } of LISTS) {
		const list = listRows(input[key], key);
		const kept: IDataObject[] = [];
		if ('problem' in list) dropped.push({ kind, problem: list.problem });
		else {
			list.rows.forEach((entry, index) => {
				const checked = check(entry, options.rowNames?.[key]?.[index] ?? `${key}[${index}]`);
				if (checked === undefined) return;
				if ('problem' in checked) dropped.push({ kind, index, problem: checked.problem });
				else kept.push(checked.row);
			});
		}
		if (kept.length > 0) contact[key] = kept;
		else delete contact[key];
	}

	if (contact.companyInfo !== undefined) {
		const company = typeof contact.companyInfo === 'object' && !Array.isArray(contact.companyInfo) ? withoutBlanks(contact.companyInfo as IDataObject) : undefined;
		if (company === undefined) {
			dropped.push({ kind: 'contact', field: 'companyInfo', problem: `"companyInfo" must be an object with name and/or title, got ${quoted(contact.companyInfo)}` });
		}
		if (company && Object.keys(company).length > 0) contact.companyInfo = company;
		else delete contact.companyInfo;
	}

	let droppedActivities = 0;
	const activities = listRows(input.activities, 'activities');
	let sent: IDataObject[] = [];
	if ('problem' in activities) dropped.push({ kind: 'activity', problem: activities.problem });
	else if (activities.rows.length > 0) {
		const prepared = prepareActivities(activities.rows, { ...options, where: options.rowNames?.activities });
		sent = prepared.activities;
		droppedActivities = prepared.dropped;
		dropped.push(...prepared.rejected);
	}
	if (sent.length > 0) contact.activities = sent;
	else delete contact.activities;
	return { contact, droppedActivities, dropped };
}
