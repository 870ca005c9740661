// The "Simplify" switch of n8n's API nodes: where a record has more than ten fields, version 2
// gives by default only the handful a workflow builder maps.
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { on } from './display';
import { FROM_VERSION_2 } from './locator';

/** The Simplify switch for these operations of a resource, from node version 2 on. */
export function simplifyField(resource: string, operations: string | string[]): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: 'Whether to return a simplified version of the response instead of the raw data',
		displayOptions: on(resource, operations, FROM_VERSION_2),
	};
}

/** Whether this item asks for simplified records: never on version 1, which had no switch. */
export function wantsSimplified(context: IExecuteFunctions, itemIndex: number): boolean {
	if (context.getNode().typeVersion < 2) return false;
	return context.getNodeParameter('simplify', itemIndex, true) as boolean;
}

/** `record` cut down to `fields`, in that order; fields it does not have are left out. */
export function pick(record: IDataObject, fields: readonly string[]): IDataObject {
	const out: IDataObject = {};
	for (const field of fields) if (field in record) out[field] = record[field];
	return out;
}

/** The records as the item asks: each cut down to `fields` when simplified, else as they are. */
export function simplifyRecords<T extends IDataObject | IDataObject[]>(
	context: IExecuteFunctions,
	itemIndex: number,
	records: T,
	fields: readonly string[],
): T {
	if (!wantsSimplified(context, itemIndex)) return records;
	return (Array.isArray(records) ? records.map((record) => pick(record, fields)) : pick(records as IDataObject, fields)) as T;
}
