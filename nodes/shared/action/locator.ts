// Resource locators ("From List", "By ID", "By URL") for action nodes, and the list searches
// behind them. The node reads a locator's value itself (locatorValue), so that a plain string ID,
// as version-1 nodes and hand-written workflows store it, reads the same as a picked entry.
import {
	NodeOperationError,
	type IDataObject,
	type IDisplayOptions,
	type IExecuteFunctions,
	type INodeListSearchItems,
	type INodeListSearchResult,
	type INodeProperties,
} from 'n8n-workflow';

import { isPlainObject } from '../object';
import type { Page } from './paging';

/** What one kind of record's picker is made of. */
export interface LocatorSpec {
	/** The parameter's name (the one version 1 stores as a string). */
	name: string;
	displayName: string;
	/** The `methods.listSearch` entry that lists the records. */
	searchMethod: string;
	/** Placeholder of "By ID", e.g. "2945". */
	idPlaceholder: string;
	/** What an ID looks like (a regular expression's source); "By ID" refuses anything else. */
	idPattern: string;
	/** What an ID is, for the refusal: "a Hipcall user ID (a whole number)". */
	idName: string;
	/** The vendor's web address of a record, where it has one: the ID is the first group of `regex`. */
	url?: { regex: string; placeholder: string };
}

/** The locator property for `spec`, shown where `displayOptions` say. */
export function locatorProperty(
	spec: LocatorSpec,
	displayOptions: IDisplayOptions,
	{ required = true, description }: { required?: boolean; description?: string } = {},
): INodeProperties {
	// Written as `modes:` literals: n8n's lint rules tell modes from parameters by that key.
	const { modes = [] }: Pick<INodeProperties, 'modes'> = {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: spec.searchMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: spec.idPlaceholder,
				validation: [
					{ type: 'regex', properties: { regex: `^\\s*${spec.idPattern}\\s*$`, errorMessage: `Not ${spec.idName}` } },
				],
			},
		],
	};
	if (spec.url) {
		const byUrl: Pick<INodeProperties, 'modes'> = {
			modes: [
				{
					displayName: 'By URL',
					name: 'url',
					type: 'string',
					placeholder: spec.url.placeholder,
					validation: [{ type: 'regex', properties: { regex: spec.url.regex, errorMessage: 'Not a link to one record' } }],
					extractValue: { type: 'regex', regex: spec.url.regex },
				},
			],
		};
		modes.push(...(byUrl.modes ?? []));
	}
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required,
		...(description ? { description } : {}),
		modes,
		displayOptions,
	};
}

/** From node version 2 on (n8n's `_cnd` condition, so that a later version keeps it). */
export const FROM_VERSION_2 = { '@version': [{ _cnd: { gte: 2 } }] } as unknown as Record<string, number[]>;

function withShow(displayOptions: IDisplayOptions | undefined, also: IDisplayOptions['show']): IDisplayOptions {
	return { ...displayOptions, show: { ...displayOptions?.show, ...also } };
}

/**
 * One ID parameter across versions: version 1 keeps its text field (`textField`, as saved
 * workflows have it), version 2 on shows the picker under the same name.
 */
export function versionedLocator(
	spec: LocatorSpec,
	textField: INodeProperties,
	options: { required?: boolean; description?: string } = {},
): INodeProperties[] {
	return [
		{ ...textField, displayOptions: withShow(textField.displayOptions, { '@version': [1] }) },
		locatorProperty(spec, withShow(textField.displayOptions, FROM_VERSION_2), {
			required: options.required ?? textField.required ?? true,
			description: options.description ?? textField.description,
		}),
	];
}

/**
 * The ID a locator holds, trimmed: from a plain string, or from `{ mode, value }` (a URL gives the
 * ID inside it). '' when empty; an item error when a URL is no link to a record.
 */
export function locatorValue(context: IExecuteFunctions, spec: LocatorSpec, itemIndex: number): string {
	const raw = context.getNodeParameter(spec.name, itemIndex, '') as unknown;
	const value = isPlainObject(raw) ? (raw as IDataObject).value : raw;
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!isPlainObject(raw) || (raw as IDataObject).mode !== 'url' || !spec.url || text === '') return text;
	const id = new RegExp(spec.url.regex).exec(text)?.[1];
	if (!id) {
		throw new NodeOperationError(context.getNode(), `${spec.displayName}: ${JSON.stringify(text)} is not a link to one record`, {
			itemIndex,
			description: `A link looks like ${spec.url.placeholder}`,
		});
	}
	return id;
}

/** locatorValue that must not be empty: the item fails, naming the parameter, before any request. */
export function requiredLocator(context: IExecuteFunctions, spec: LocatorSpec, itemIndex: number): string {
	const id = locatorValue(context, spec, itemIndex);
	if (!id) throw new NodeOperationError(context.getNode(), `${spec.displayName} ID is empty`, { itemIndex });
	return id;
}

/** How a record shows in a picker; undefined leaves it out (a row without an ID cannot be picked). */
export type ListEntry = (record: IDataObject) => INodeListSearchItems | undefined;

/** The first of `values` that is text with something in it, trimmed. */
export function firstText(...values: unknown[]): string | undefined {
	for (const value of values) {
		const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
		if (text) return text;
	}
	return undefined;
}

/** A record's ID as a picker's value: text or a number; undefined when it has none. */
export function idOf(record: IDataObject, key = 'id'): string | undefined {
	return firstText(record[key]);
}

/**
 * One page of a picker from an API that pages by offset: `paginationToken` is the offset to read
 * from. The next token is given while the API says more records match (or, without a total, while
 * pages come back full).
 */
export async function searchPage(
	fetchPage: (offset: number, size: number) => Promise<Page>,
	entry: ListEntry,
	{ paginationToken, pageSize }: { paginationToken?: string; pageSize: number },
): Promise<INodeListSearchResult> {
	const offset = Math.max(0, Number.parseInt(paginationToken ?? '0', 10) || 0);
	const { records, total } = await fetchPage(offset, pageSize);
	const next = offset + records.length;
	const more = records.length > 0 && (total === undefined ? records.length >= pageSize : next < total);
	return { results: entries(records, entry), paginationToken: more ? String(next) : undefined };
}

/**
 * A picker over a list the API gives whole: filtered here by the text typed (in the entry's name
 * or value, case and accents aside), then served `pageSize` entries at a time.
 */
export function searchWhole(
	records: IDataObject[],
	entry: ListEntry,
	{ filter, paginationToken, pageSize }: { filter?: string; paginationToken?: string; pageSize: number },
): INodeListSearchResult {
	const wanted = fold(filter ?? '');
	const all = entries(records, entry).filter(
		(item) => !wanted || fold(item.name).includes(wanted) || fold(String(item.value)).includes(wanted),
	);
	const offset = Math.max(0, Number.parseInt(paginationToken ?? '0', 10) || 0);
	const next = offset + pageSize;
	return { results: all.slice(offset, next), paginationToken: next < all.length ? String(next) : undefined };
}

function entries(records: IDataObject[], entry: ListEntry): INodeListSearchItems[] {
	return records.flatMap((record) => {
		const item = isPlainObject(record) ? entry(record) : undefined;
		return item ? [item] : [];
	});
}

function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}
