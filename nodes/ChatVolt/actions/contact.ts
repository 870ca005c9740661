import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import { answerOrSuccess, listIn, listLimit, on, pagingFields, requiredText, segment, textParameter, type ResourceModule } from '../../shared/action';
import { compact } from '../../shared/object';
import { chatVolt } from './api';

const R = 'contact';

/** Where a contact list answer keeps its contacts. */
const CONTACT_LIST_KEYS = ['contacts', 'data', 'items'];

/**
 * The id of the contact that already has this email (else this phone number), so that Create or
 * Update updates it instead of creating a second one. Only an exact match counts, whatever the
 * API does with the filter.
 */
async function sameContactId(context: IExecuteFunctions, wanted: IDataObject): Promise<string | undefined> {
	for (const key of ['email', 'phoneNumber'] as const) {
		const value = wanted[key];
		if (typeof value !== 'string' || value === '') continue;
		const answer = await chatVolt.request<unknown>(context, 'GET', '/contacts', { qs: { [key]: value, limit: 10 } });
		const same = (listIn(answer, CONTACT_LIST_KEYS) ?? []).find(
			(contact) => typeof contact[key] === 'string' && (contact[key] as string).toLowerCase() === value.toLowerCase(),
		);
		if (same?.id !== undefined) return String(same.id);
	}
	return undefined;
}

export const contactResource: ResourceModule = {
	resource: { name: 'Contact', value: R },
	operations: [
		{ name: 'Create or Update', value: 'upsert', description: 'Create a new record, or update the current one if it already exists (upsert)', action: 'Create or update a contact' },
		{ name: 'Delete', value: 'delete', description: 'Delete a contact', action: 'Delete a contact' },
		{ name: 'Get Many', value: 'getAll', description: 'List contacts', action: 'Get many contacts' },
	],
	defaultOperation: 'getAll',
	fields: [
		...pagingFields(R, 'getAll'),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: on(R, 'getAll'),
			options: [
				{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
				{ displayName: 'Phone Number', name: 'phoneNumber', type: 'string', default: '' },
			],
		},
		{
			displayName: 'Contact ID',
			name: 'contactId',
			type: 'string',
			required: true,
			default: '',
			displayOptions: on(R, 'delete'),
		},
		{
			displayName: 'Contact ID',
			name: 'contactId',
			type: 'string',
			default: '',
			description: 'Set to update that contact; leave empty to update the contact with the same email (else phone number), or create one',
			displayOptions: on(R, 'upsert'),
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			displayOptions: on(R, 'upsert'),
		},
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			default: '',
			placeholder: 'e.g. 5511988887777',
			description: 'With country code, digits only',
			displayOptions: on(R, 'upsert'),
		},
		{
			displayName: 'Additional Fields',
			name: 'contactFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: on(R, 'upsert'),
			options: [
				{ displayName: 'External ID', name: 'externalId', type: 'string', default: '', description: 'Your own ID of this contact' },
				{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
				{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
			],
		},
	],
	handlers: {
		async getAll(context, i) {
			const filters = compact(context.getNodeParameter('filters', i, {}) as IDataObject);
			return await chatVolt.list(context, '/contacts', { qs: filters, limit: listLimit(context, i), keys: CONTACT_LIST_KEYS });
		},
		async upsert(context, i) {
			const contactId = textParameter(context, 'contactId', i);
			const extra = context.getNodeParameter('contactFields', i, {}) as IDataObject;
			const body = compact({
				email: textParameter(context, 'email', i),
				phoneNumber: textParameter(context, 'phoneNumber', i),
				firstName: extra.firstName,
				lastName: extra.lastName,
				externalId: extra.externalId,
			});
			if (!contactId && !body.email && !body.phoneNumber) {
				throw new NodeOperationError(context.getNode(), 'A new contact needs an email or a phone number', { itemIndex: i });
			}
			const id = contactId || (await sameContactId(context, body));
			if (id) return answerOrSuccess(await chatVolt.request(context, 'PATCH', `/contacts/${segment(id)}`, { body }));
			return answerOrSuccess(await chatVolt.request(context, 'POST', '/contacts', { body }));
		},
		async delete(context, i) {
			const contactId = requiredText(context, 'contactId', i, 'Contact ID is empty');
			const answer = await chatVolt.request(context, 'DELETE', `/contacts/${segment(contactId)}`);
			return answerOrSuccess(answer, { id: contactId, deleted: true });
		},
	},
};
