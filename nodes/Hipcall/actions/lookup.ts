import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import { on, requiredText, simplifyField, wantsSimplified, pick, textParameter, type ResourceModule } from '../../shared/action';
import { isPlainObject } from '../../shared/object';
import { toE164 } from '../../shared/phone';
import { hipcall } from './api';
import { COMPANY_FIELDS, CONTACT_FIELDS } from './simplified';

const R = 'lookup';

/**
 * Hipcall's directory look-up (`GET /lookup/by_phone?number=`, `/lookup/by_email?email=`, in
 * Hipcall's REST-client collection) answers `{data: {companies: [...], contacts: [...]}}`: each
 * match becomes an item, marked by `resource_type` (contacts first, the caller card's usual pick).
 */
function matches(answer: unknown): IDataObject[] {
	const data = isPlainObject(answer) && isPlainObject(answer.data) ? answer.data : isPlainObject(answer) ? answer : {};
	const of = (key: string, type: string) =>
		(Array.isArray(data[key]) ? (data[key] as unknown[]) : [])
			.filter(isPlainObject)
			.map((record) => ({ resource_type: type, ...record }) as IDataObject);
	return [...of('contacts', 'contact'), ...of('companies', 'company')];
}

/** The number to look up, as Hipcall stores numbers (E.164); the item fails on what is no number. */
function phoneNumber(context: IExecuteFunctions, itemIndex: number): string {
	const typed = requiredText(context, 'phone', itemIndex, 'The Phone Number is empty', 'Map customerNumber of the Hipcall Trigger, or a number from your data.');
	const countryCode = String(context.getNodeParameter('lookupOptions.defaultCountryCode', itemIndex, '') ?? '');
	const number = toE164(typed, countryCode);
	if (!number) {
		throw new NodeOperationError(context.getNode(), `${JSON.stringify(typed)} is not a phone number Hipcall can look up`, {
			itemIndex,
			description:
				'Write it in international format (+905326202911, 905326202911 or 00905326202911 all work), or set Default Country Code for numbers written with a leading 0.',
		});
	}
	return number;
}

export const lookupResource: ResourceModule = {
	resource: { name: 'Contact or Company Lookup', value: R },
	operations: [
		{
			name: 'Find by Email',
			value: 'byEmail',
			action: 'Find contacts and companies by email',
			description: 'Find the contacts and companies in Hipcall that have this email',
		},
		{
			name: 'Find by Phone Number',
			value: 'byPhone',
			action: 'Find contacts and companies by phone number',
			description: 'Find who is calling: the contacts and companies in Hipcall that have this number',
		},
	],
	defaultOperation: 'byPhone',
	fields: [
		{
			displayName: 'Phone Number',
			name: 'phone',
			type: 'string',
			required: true,
			default: '={{ $json.customerNumber }}',
			placeholder: '+905326202911',
			description: "The number to look up; by default the customer's number from the Hipcall Trigger",
			displayOptions: on(R, 'byPhone'),
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'name@email.com',
			displayOptions: on(R, 'byEmail'),
		},
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
				{ name: 'Return an Empty Item', value: 'empty', description: 'An item {"found": false, ...} to route with an If node' },
				{ name: 'Fail', value: 'error', description: 'Stop with an error (or an error item with Continue On Fail)' },
			],
			default: 'empty',
			displayOptions: on(R, ['byPhone', 'byEmail']),
		},
		{
			displayName: 'Options',
			name: 'lookupOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: on(R, 'byPhone'),
			options: [
				{
					displayName: 'Default Country Code',
					name: 'defaultCountryCode',
					type: 'string',
					default: '',
					placeholder: '90',
					description: 'The country calling code for numbers written nationally with a leading 0 (0532 620 29 11 with 90 is +905326202911)',
				},
			],
		},
		simplifyField(R, ['byPhone', 'byEmail']),
	],
	handlers: {
		async byPhone(context, itemIndex) {
			const number = phoneNumber(context, itemIndex);
			return await find(context, itemIndex, '/lookup/by_phone', { number });
		},
		async byEmail(context, itemIndex) {
			const email = textParameter(context, 'email', itemIndex);
			if (!email) throw new NodeOperationError(context.getNode(), 'The Email is empty', { itemIndex });
			return await find(context, itemIndex, '/lookup/by_email', { email });
		},
	},
};

async function find(context: IExecuteFunctions, itemIndex: number, path: string, qs: Record<string, string>): Promise<IDataObject | IDataObject[]> {
	const found = matches(await hipcall.request<unknown>(context, 'GET', path, { qs }));
	if (found.length === 0) {
		const onNotFound = context.getNodeParameter('onNotFound', itemIndex, 'empty') as string;
		const asked = Object.values(qs)[0];
		if (onNotFound === 'error') {
			throw new NodeOperationError(context.getNode(), `No contact or company in Hipcall has ${asked}`, { itemIndex });
		}
		return onNotFound === 'empty' ? { found: false, ...qs } : [];
	}
	if (!wantsSimplified(context, itemIndex)) return found;
	return found.map((record) =>
		pick(record, ['resource_type', ...(record.resource_type === 'company' ? COMPANY_FIELDS : CONTACT_FIELDS)]),
	);
}
