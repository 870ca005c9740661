import type { INodeProperties } from 'n8n-workflow';

/** Shows a field only for these resources and operations. */
export function on(resource: string | string[], operation: string | string[]): INodeProperties['displayOptions'] {
	return {
		show: {
			resource: Array.isArray(resource) ? resource : [resource],
			operation: Array.isArray(operation) ? operation : [operation],
		},
	};
}

/** "Return All" and "Limit" for a list operation. */
export function pagingFields(resource: string, operation: string): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: on(resource, operation),
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...on(resource, operation)?.show, returnAll: [false] } },
		},
	];
}

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

/** A required text field shown for some resource/operation pairs. */
export function idField(
	name: string,
	displayName: string,
	resource: string,
	operations: string[],
	description: string,
	defaultValue = '',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: defaultValue,
		description,
		displayOptions: on(resource, operations),
	};
}

export function commentField(resource: string): INodeProperties {
	return {
		displayName: 'Comment',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: 'The text of the comment, as colleagues will see it in Hipcall',
		displayOptions: on(resource, 'addComment'),
	};
}

/** The operation picker of one resource. */
export function operationProperty(
	resource: string,
	options: NonNullable<INodeProperties['options']>,
	defaultOperation: string,
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultOperation,
	};
}
