import type { INodeProperties } from 'n8n-workflow';

import { on } from '../../shared/action';

/** A required text field shown for some operations of a resource. */
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

/** The Tag ID text field of version 1 (version 2 picks the tag from a list). */
export function tagField(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Tag ID',
		name: 'tagId',
		type: 'string',
		required: true,
		default: '',
		description: 'The ID of the tag in Hipcall',
		displayOptions: on(resource, operations),
	};
}
