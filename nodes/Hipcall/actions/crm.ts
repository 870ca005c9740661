import { NodeApiError, NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

import {
	on,
	pagingFields,
	requiredLocator,
	segment,
	simplifyField,
	simplifyRecords,
	textParameter,
	versionedLocator,
	type ResourceModule,
} from '../../shared/action';
import { compact, isPlainObject } from '../../shared/object';
import { toE164 } from '../../shared/phone';
import { hipcall } from './api';
import { listOptions, readList } from './listOptions';
import { COMPANY, CONTACT, TAG } from './locators';
import { commentField, idField, tagField } from './properties';
import * as simplified from './simplified';
import { hipcallId } from './values';

/** Marks a 404 the user chose to treat as "no result". */
const NOT_FOUND = Symbol('not found');

const COMPANY_FIELDS: Array<[string, string, string]> = [
	['custom_url', 'Custom URL', 'A link of your own, for example to the company in your CRM'],
	['description', 'Description', ''],
	['external_id', 'External ID', 'The ID of the company in your own system'],
	['linkedin_url', 'LinkedIn URL', ''],
	['name', 'Name', ''],
	['website_url', 'Website URL', ''],
];

const CONTACT_FIELDS: Array<[string, string, string]> = [
	['company_id', 'Company ID', 'The Hipcall ID of the company the contact works for (a whole number)'],
	['custom_url', 'Custom URL', 'A link of your own, for example to the contact in your CRM'],
	['external_id', 'External ID', 'The ID of the contact in your own system'],
	['first_name', 'First Name', ''],
	['job_title', 'Job Title', ''],
	['last_name', 'Last Name', ''],
	['linkedin_url', 'LinkedIn URL', ''],
];

/** Fields of an update that Hipcall validates as IDs (numbers); `null` clears them. */
const ID_FIELDS: Record<string, string> = { assign_to_user_id: 'assign_to_user_id', company_id: 'Company ID' };

/** Lists Hipcall keeps as sub-resources: PATCH refuses them ("Unexpected field: phones"). */
const SUB_RESOURCES = ['emails', 'phones'];

/** A JSON object typed as text; undefined when it is not one. */
function parseObject(text: string): IDataObject | undefined {
	if (text.trim() === '') return {};
	try {
		const value: unknown = JSON.parse(text);
		return isPlainObject(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

/** Company and Contact share their operations; only the path and the editable fields differ. */
function crmResource(kind: 'company' | 'contact'): ResourceModule {
	const R = kind;
	const collection = kind === 'company' ? '/companies' : '/contacts';
	const a = kind === 'company' ? 'a company' : 'a contact';
	const idName = `${kind}Id`;
	const known = kind === 'company' ? COMPANY_FIELDS : CONTACT_FIELDS;

	const spec = kind === 'company' ? COMPANY : CONTACT;
	const id = (context: IExecuteFunctions, itemIndex: number) => segment(requiredLocator(context, spec, itemIndex));
	const tagId = (context: IExecuteFunctions, itemIndex: number) => segment(requiredLocator(context, TAG, itemIndex));
	const fieldsToKeep = kind === 'company' ? simplified.COMPANY_FIELDS : simplified.CONTACT_FIELDS;
	const simplify = <T extends IDataObject | IDataObject[]>(context: IExecuteFunctions, itemIndex: number, records: T): T =>
		simplifyRecords(context, itemIndex, records, fieldsToKeep);
	const required = kind === 'company' ? 'name' : 'first_name';

	const fieldCollection = (name: string, displayName: string, operation: string, extra: INodeProperties[] = []): INodeProperties => ({
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: on(R, operation),
		options: [
			...known
				.filter(([field]) => operation !== 'create' || field !== required)
				.map(([field, fieldName, description]) => ({
					displayName: fieldName,
					name: field,
					type: 'string' as const,
					default: '',
					...(description ? { description } : {}),
				})),
			...extra,
			{
				displayName: 'Other Fields (JSON)',
				name: 'otherFields',
				type: 'json',
				default: '{}',
				description: 'Any other field Hipcall accepts, as a JSON object; it wins over the fields above',
			},
		].sort((x, y) => x.displayName.localeCompare(y.displayName)) as INodeProperties[],
	});
	const updateFields = fieldCollection('updateFields', 'Update Fields', 'update');
	const createFields = fieldCollection('additionalFields', 'Additional Fields', 'create', [
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
		{
			displayName: 'Phone Number',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: '+905326202911',
			description: 'In international format; a number typed with spaces, dashes or a leading 00 is written as Hipcall stores it (+905326202911)',
		},
	]);

	/** The body of a create or update: the known fields, then Other Fields (JSON), IDs as numbers. */
	const recordBody = (context: IExecuteFunctions, itemIndex: number, parameter: string): IDataObject => {
		const fields = { ...(context.getNodeParameter(parameter, itemIndex, {}) as IDataObject) };
		const other = fields.otherFields;
		delete fields.otherFields;
		const body = compact(fields);
		const extra = typeof other === 'string' ? parseObject(other) : ((other as IDataObject | undefined) ?? {});
		if (extra === undefined) {
			throw new NodeOperationError(context.getNode(), 'Other Fields (JSON) must be a JSON object', { itemIndex });
		}
		Object.assign(body, extra);
		for (const [key, field] of Object.entries(ID_FIELDS)) {
			if (body[key] !== undefined && body[key] !== null) body[key] = hipcallId(context, itemIndex, body[key], field);
		}
		return body;
	};

	return {
		resource: { name: kind === 'company' ? 'Company' : 'Contact', value: R },
		operations: [
			{ name: 'Add Comment', value: 'addComment', action: `Add a comment to ${a}` },
			{ name: 'Add Tag', value: 'addTag', action: `Add a tag to ${a}` },
			{ name: 'Create', value: 'create', action: `Create ${a}` },
			{ name: 'Get', value: 'get', action: `Get ${a}` },
			{
				name: 'Get by External ID',
				value: 'getByExternalId',
				action: `Get ${a} by external ID`,
				description: `Find ${a} by the ID it has in your own system`,
			},
			{ name: 'Get Many', value: 'getMany', action: `Get many ${kind === 'company' ? 'companies' : 'contacts'}` },
			{ name: 'Remove Tag', value: 'removeTag', action: `Remove a tag from ${a}` },
			{ name: 'Update', value: 'update', action: `Update ${a}` },
		],
		defaultOperation: 'getByExternalId',
		fields: [
			...versionedLocator(
				spec,
				idField(
					idName,
					kind === 'company' ? 'Company ID' : 'Contact ID',
					R,
					['get', 'update', 'addTag', 'removeTag', 'addComment'],
					`The Hipcall ID of ${a} (not the external ID)`,
				),
				{ description: `The Hipcall ${kind}: pick it from the list, or give its Hipcall ID (not the external ID)` },
			),
			{
				displayName: kind === 'company' ? 'Name' : 'First Name',
				name: required,
				type: 'string',
				required: true,
				default: '',
				placeholder: kind === 'company' ? 'Acme Ltd.' : 'Can',
				displayOptions: on(R, 'create'),
			},
			createFields,
			...pagingFields(R, 'getMany'),
			listOptions(R, 'getMany'),
			idField('externalId', 'External ID', R, ['getByExternalId'], `The ID of ${a} in your own system`),
			{
				displayName: 'If Not Found',
				name: 'onNotFound',
				type: 'options',
				options: [
					{
						name: 'Return Nothing',
						value: 'nothing',
						description: 'No item comes out (turn on "Always Output Data" in Settings to go on anyway)',
					},
					{ name: 'Return an Empty Item', value: 'empty', description: 'An item {"found": false, "externalId": ...}' },
					{ name: 'Fail', value: 'error', description: 'Stop with an error (or an error item with Continue On Fail)' },
				],
				default: 'nothing',
				displayOptions: on(R, 'getByExternalId'),
			},
			updateFields,
			...versionedLocator(TAG, tagField(R, ['addTag', 'removeTag']), { description: 'The Hipcall tag: pick it from the list, or give its ID' }),
			commentField(R),
			simplifyField(R, ['get', 'getMany', 'getByExternalId']),
		],
		handlers: {
			async getByExternalId(context, itemIndex) {
				const externalId = textParameter(context, 'externalId', itemIndex);
				const onNotFound = context.getNodeParameter('onNotFound', itemIndex, 'nothing') as string;
				const path = `${collection}/by-external-id/${segment(externalId)}`;
				const response = await hipcall.request(context, 'GET', path).catch(async (error: unknown) => {
					const notFound = error instanceof NodeApiError && error.httpCode === '404';
					return notFound && onNotFound !== 'error' ? NOT_FOUND : await Promise.reject(error);
				});
				if (response === NOT_FOUND) return onNotFound === 'empty' ? { found: false, externalId } : [];
				return simplify(context, itemIndex, hipcall.record(response));
			},
			async get(context, itemIndex) {
				return simplify(context, itemIndex, hipcall.record(await hipcall.request(context, 'GET', `${collection}/${id(context, itemIndex)}`)));
			},
			getMany: async (context, itemIndex) => simplify(context, itemIndex, await readList(context, itemIndex, collection)),
			async create(context, itemIndex) {
				const body: IDataObject = { [required]: textParameter(context, required, itemIndex) };
				if (!body[required]) {
					throw new NodeOperationError(context.getNode(), `${kind === 'company' ? 'Name' : 'First Name'} is empty: Hipcall needs it`, { itemIndex });
				}
				const fields = recordBody(context, itemIndex, 'additionalFields');
				const { email, phone } = fields;
				delete fields.email;
				delete fields.phone;
				if (typeof phone === 'string' && phone.trim()) {
					fields.phones = [{ number: toE164(phone) ?? phone.trim() }, ...(Array.isArray(fields.phones) ? fields.phones : [])];
				}
				if (typeof email === 'string' && email.trim()) {
					fields.emails = [email.trim(), ...(Array.isArray(fields.emails) ? fields.emails : [])];
				}
				Object.assign(body, fields);
				return hipcall.written(await hipcall.request(context, 'POST', collection, { body }));
			},
			async update(context, itemIndex) {
				const body = recordBody(context, itemIndex, 'updateFields');
				const lists = SUB_RESOURCES.filter((key) => key in body);
				if (lists.length > 0) {
					throw new NodeOperationError(context.getNode(), `Hipcall does not change ${lists.join(' or ')} with Update`, {
						itemIndex,
						description: `Hipcall keeps them apart from the ${kind}'s fields and refuses them in an update ("Unexpected field"): add and remove them in Hipcall, or with an HTTP Request to ${collection}/{id}/phones and ${collection}/{id}/emails.`,
					});
				}
				return hipcall.record(await hipcall.request(context, 'PATCH', `${collection}/${id(context, itemIndex)}`, { body }));
			},
			async addTag(context, itemIndex) {
				const tag = decodeURIComponent(tagId(context, itemIndex));
				const body = { tag_id: hipcallId(context, itemIndex, tag, 'Tag ID') };
				const response = await hipcall.request(context, 'POST', `${collection}/${id(context, itemIndex)}/tags`, { body });
				return hipcall.written(response, { [idName]: decodeURIComponent(id(context, itemIndex)), tagId: tag });
			},
			async removeTag(context, itemIndex) {
				const path = `${collection}/${id(context, itemIndex)}/tags/${tagId(context, itemIndex)}`;
				const response = await hipcall.request(context, 'DELETE', path);
				const extra = { [idName]: decodeURIComponent(id(context, itemIndex)), tagId: decodeURIComponent(tagId(context, itemIndex)) };
				return hipcall.written(response, extra);
			},
			async addComment(context, itemIndex) {
				const content = context.getNodeParameter('content', itemIndex) as string;
				const path = `${collection}/${id(context, itemIndex)}/comments`;
				return hipcall.written(await hipcall.request(context, 'POST', path, { body: { content } }));
			},
		},
	};
}

export const companyResource = crmResource('company');
export const contactResource = crmResource('contact');
