// The Hipcall records a builder picks from a list (node version 2 on): what each picker lists,
// how an entry reads, and the list searches behind them. Hipcall searches itself (`q`) and pages
// by limit/offset; its web app has no documented address per record, so there is no "By URL".
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { firstText, idOf, searchPage, type ListEntry, type LocatorSpec } from '../../shared/action';
import { isPlainObject } from '../../shared/object';
import { hipcall } from './api';

const hipcallId = (kind: string): Pick<LocatorSpec, 'idPattern' | 'idName'> => ({
	idPattern: '\\d+',
	idName: `a Hipcall ${kind} ID (a whole number)`,
});

export const USER: LocatorSpec = { name: 'userId', displayName: 'User', searchMethod: 'searchUsers', idPlaceholder: '2945', ...hipcallId('user') };
export const EXTENSION: LocatorSpec = {
	name: 'extensionId',
	displayName: 'Extension',
	searchMethod: 'searchExtensions',
	idPlaceholder: '2004',
	...hipcallId('extension'),
};
export const TASK: LocatorSpec = { name: 'taskId', displayName: 'Task', searchMethod: 'searchTasks', idPlaceholder: '110181', ...hipcallId('task') };
export const COMPANY: LocatorSpec = {
	name: 'companyId',
	displayName: 'Company',
	searchMethod: 'searchCompanies',
	idPlaceholder: '80679',
	...hipcallId('company'),
};
export const CONTACT: LocatorSpec = {
	name: 'contactId',
	displayName: 'Contact',
	searchMethod: 'searchContacts',
	idPlaceholder: '49775',
	...hipcallId('contact'),
};
export const TAG: LocatorSpec = { name: 'tagId', displayName: 'Tag', searchMethod: 'searchTags', idPlaceholder: '5417', ...hipcallId('tag') };

/** "name (detail)", or the name alone when the detail is empty or the same. */
function labelled(name: string, detail: string | undefined): string {
	return detail && detail !== name ? `${name} (${detail})` : name;
}

/** The first email or number of a Hipcall record's `emails` / `phones` list ([{email}], [{number}]). */
function firstOf(list: unknown, key: 'email' | 'number'): string | undefined {
	if (!Array.isArray(list)) return undefined;
	return firstText(...list.map((entry: unknown) => (isPlainObject(entry) ? entry[key] : entry)));
}

/** An entry for a record with an ID, named by `name` (or "<Kind> <id>" when the record names nothing). */
function entry(kind: string, name: (record: IDataObject) => string | undefined, detail?: (record: IDataObject) => string | undefined): ListEntry {
	return (record) => {
		const id = idOf(record);
		if (id === undefined) return undefined;
		return { name: labelled(name(record) ?? `${kind} ${id}`, detail?.(record)), value: id };
	};
}

const fullName = (record: IDataObject) =>
	firstText(record.full_name, [firstText(record.first_name), firstText(record.last_name)].filter(Boolean).join(' '), record.name);

const ENTRIES: Record<string, { path: string; entry: ListEntry }> = {
	searchUsers: { path: '/users', entry: entry('User', (r) => firstText(r.full_name, r.name, r.email), (r) => firstText(r.email)) },
	searchExtensions: {
		path: '/extensions',
		entry: entry(
			'Extension',
			(r) => (firstText(r.number) ? `Extension ${firstText(r.number)}` : undefined),
			(r) => firstText(r.target_type),
		),
	},
	searchTasks: { path: '/tasks', entry: entry('Task', (r) => firstText(r.name), (r) => (r.done === true ? 'done' : undefined)) },
	searchCompanies: {
		path: '/companies',
		entry: entry('Company', (r) => firstText(r.name), (r) => firstText(firstOf(r.phones, 'number'), firstOf(r.emails, 'email'))),
	},
	searchContacts: {
		path: '/contacts',
		entry: entry(
			'Contact',
			(r) => fullName(r) ?? firstText(firstOf(r.emails, 'email'), firstOf(r.phones, 'number')),
			(r) => firstText(isPlainObject(r.company) ? r.company.name : undefined, firstOf(r.phones, 'number'), firstOf(r.emails, 'email')),
		),
	},
	searchTags: { path: '/tags', entry: entry('Tag', (r) => firstText(r.name), (r) => firstText(r.type)) },
};

/** `methods.listSearch` of the Hipcall node: each picker, searched by Hipcall's `q`, a page at a time. */
export const hipcallListSearch = Object.fromEntries(
	Object.entries(ENTRIES).map(([method, { path, entry: toEntry }]) => [
		method,
		async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			const q = filter?.trim();
			return await searchPage(
				async (offset, size) => await hipcall.page(this, path, { qs: q ? { q } : {}, offset, size }),
				toEntry,
				{ paginationToken, pageSize: hipcall.pageSize },
			);
		},
	]),
);
