import type { IDataObject } from 'n8n-workflow';

import { on, pagingFields, requiredLocator, segment, simplifyField, simplifyRecords, versionedLocator, type ResourceModule } from '../../shared/action';
import { compact } from '../../shared/object';
import { hipcall } from './api';
import { listOptions, readList } from './listOptions';
import { TASK } from './locators';
import { idField } from './properties';
import { TASK_FIELDS } from './simplified';
import { hipcallDateTime, hipcallId } from './values';

const R = 'task';

/** "1, 2,3" (or an array) -> the parts, trimmed, empty ones left out. */
export function idList(value: unknown): unknown[] {
	const parts: unknown[] = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((part) => (typeof part === 'string' ? part.trim() : part)).filter((part) => part !== '');
}

const FIELD_NAMES: Record<string, string> = {
	assign_to_user_id: 'Assign to User ID',
	company_ids: 'Company IDs',
	contact_ids: 'Contact IDs',
	deal_ids: 'Deal IDs',
};

export const taskResource: ResourceModule = {
	resource: { name: 'Task', value: R },
	operations: [
		{ name: 'Create', value: 'create', action: 'Create a task', description: 'Create a task, for example a call-back' },
		{ name: 'Get', value: 'get', action: 'Get a task' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many tasks' },
	],
	defaultOperation: 'create',
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Call the customer back',
			description: 'What is to be done',
			displayOptions: on(R, 'create'),
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: on(R, 'create'),
			options: [
				{
					displayName: 'Assign Automatically',
					name: 'auto_assign_to_user',
					type: 'boolean',
					default: false,
					description: 'Whether Hipcall picks the user itself',
				},
				{
					displayName: 'Assign to User ID',
					name: 'assign_to_user_id',
					type: 'string',
					default: '',
					description: 'The Hipcall user who should do it',
				},
				{
					displayName: 'Company IDs',
					name: 'company_ids',
					type: 'string',
					default: '',
					description: 'Hipcall company IDs the task is about, separated by commas',
				},
				{
					displayName: 'Contact IDs',
					name: 'contact_ids',
					type: 'string',
					default: '',
					description: 'Hipcall contact IDs the task is about, separated by commas',
				},
				{
					displayName: 'Deal IDs',
					name: 'deal_ids',
					type: 'string',
					default: '',
					description: 'Hipcall deal IDs the task is about, separated by commas',
				},
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					typeOptions: { rows: 3 },
					default: '',
				},
				{
					displayName: 'Due Date',
					name: 'due_date',
					type: 'dateTime',
					default: '',
				},
				{
					displayName: 'Priority',
					name: 'priority',
					type: 'options',
					options: [
						{ name: 'Low', value: 'low' },
						{ name: 'Medium', value: 'medium' },
						{ name: 'High', value: 'high' },
					],
					default: 'medium',
				},
			],
		},
		...versionedLocator(TASK, idField('taskId', 'Task ID', R, ['get'], 'The ID of the Hipcall task'), {
			description: 'The Hipcall task: pick it from the list, or give its ID',
		}),
		...pagingFields(R, 'getMany'),
		listOptions(R, 'getMany'),
		simplifyField(R, ['get', 'getMany']),
	],
	handlers: {
		async create(context, itemIndex) {
			const body: IDataObject = { name: context.getNodeParameter('name', itemIndex) as string };
			const fields = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
			const id = (value: unknown, key: string) => hipcallId(context, itemIndex, value, FIELD_NAMES[key]);
			for (const [key, value] of Object.entries(compact(fields))) {
				if (key.endsWith('_ids')) body[key] = idList(value).map((part) => id(part, key));
				else if (key === 'assign_to_user_id') body[key] = id(value, key);
				else if (key === 'due_date') body[key] = hipcallDateTime(context, itemIndex, value, 'Due Date');
				else body[key] = value;
			}
			return hipcall.written(await hipcall.request(context, 'POST', '/tasks', { body }));
		},
		async get(context, itemIndex) {
			const id = segment(requiredLocator(context, TASK, itemIndex));
			return simplifyRecords(context, itemIndex, hipcall.record(await hipcall.request(context, 'GET', `/tasks/${id}`)), TASK_FIELDS);
		},
		getMany: async (context, itemIndex) => simplifyRecords(context, itemIndex, await readList(context, itemIndex, '/tasks'), TASK_FIELDS),
	},
};
