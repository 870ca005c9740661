import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { listLimit, on, type DateRange } from '../../shared/action';
import { compact } from '../../shared/object';
import { hipcall } from './api';
import { hipcallDateTime } from './values';

/** Call > Get Many's start filter (the Options' names; Hipcall's query gets started_at[gte] / [lte]). */
export const CALL_STARTED: DateRange = { event: 'Started', after: 'startedAfter', before: 'startedBefore' };

/** Search, sort and starting offset for a list operation, plus extra filters. */
export function listOptions(resource: string, operation: string, extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: on(resource, operation),
		options: [
			...extra,
			{
				displayName: 'Offset',
				name: 'offset',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'How many records to skip before the first one returned',
			},
			{
				displayName: 'Search',
				name: 'q',
				type: 'string',
				default: '',
				description: 'Free text Hipcall searches for (a name, a number, an email)',
			},
			{
				displayName: 'Sort',
				name: 'sort',
				type: 'string',
				default: '',
				placeholder: 'name.asc',
				description: 'Field and order, like "name.asc" or "started_at.desc"; several separated by commas',
			},
		].sort((a, b) => a.displayName.localeCompare(b.displayName)) as INodeProperties[],
	};
}

/** The query a list operation's Options make, in Hipcall's filter syntax. */
export function listQuery(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	for (const [key, value] of Object.entries(compact(options))) {
		if (key === 'direction') {
			if (value !== 'any') qs['direction[eq]'] = String(value);
		} else if (key === CALL_STARTED.after) qs['started_at[gte]'] = hipcallDateTime(context, itemIndex, value, `${CALL_STARTED.event} After`);
		else if (key === CALL_STARTED.before) qs['started_at[lte]'] = hipcallDateTime(context, itemIndex, value, `${CALL_STARTED.event} Before`);
		else if (key === 'missedOnly') {
			if (value === true) qs['missing_call[eq]'] = true;
		} else qs[key] = value;
	}
	return qs;
}

/** Runs a list operation: its Options, Return All / Limit, every page Hipcall gives. */
export async function readList(context: IExecuteFunctions, itemIndex: number, path: string): Promise<IDataObject[]> {
	return await hipcall.list(context, path, {
		qs: listQuery(context, itemIndex),
		limit: listLimit(context, itemIndex),
	});
}
