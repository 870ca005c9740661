import type { IDisplayOptions, INodeProperties, NodeParameterValue } from 'n8n-workflow';

/** Shows a property only for these operations of this resource, and where `also` holds. */
export function on(
	resource: string | string[],
	operation: string | string[],
	also: Record<string, NodeParameterValue[]> = {},
): IDisplayOptions {
	return {
		show: {
			resource: Array.isArray(resource) ? resource : [resource],
			operation: Array.isArray(operation) ? operation : [operation],
			...also,
		},
	};
}

/** "Limit": how many results at most. */
export function limitField(displayOptions: IDisplayOptions): INodeProperties {
	return {
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions,
	};
}

/** "Return All" and "Limit" of a list operation (read them with listLimit). */
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
		limitField(on(resource, operation, { returnAll: [false] })),
	];
}
