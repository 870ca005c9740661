import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import {
	on,
	pagingFields,
	requiredLocator,
	requiredText,
	segment,
	simplifyField,
	simplifyRecords,
	textParameter,
	versionedLocator,
	type ResourceModule,
} from '../../shared/action';
import { compact } from '../../shared/object';
import { hipcall } from './api';
import { listOptions, readList } from './listOptions';
import { EXTENSION, USER } from './locators';
import { idField } from './properties';
import { USER_FIELDS } from './simplified';
import { hipcallId } from './values';

/** User and Extension share their operations: list, get, and start a call from them. */
function directoryResource(kind: 'user' | 'extension'): ResourceModule {
	const R = kind;
	const Kind = kind === 'user' ? 'User' : 'Extension';
	const idName = `${kind}Id`;
	const collection = `/${kind}s`;
	const spec = kind === 'user' ? USER : EXTENSION;
	const id = (context: IExecuteFunctions, itemIndex: number) => segment(requiredLocator(context, spec, itemIndex));
	// A user has more than ten fields; an extension has seven and needs no Simplify.
	const simplify = <T extends IDataObject | IDataObject[]>(context: IExecuteFunctions, itemIndex: number, records: T): T =>
		kind === 'user' ? simplifyRecords(context, itemIndex, records, USER_FIELDS) : records;

	return {
		resource: { name: Kind, value: R },
		operations: [
			{
				name: 'Click-to-Call',
				value: 'clickToCall',
				action: kind === 'user' ? 'Start a call for a user' : 'Start a call for an extension',
				description:
					kind === 'user'
						? "Ring the user's phone, then dial the number (or the other way round)"
						: 'Ring the extension, then dial the number',
			},
			{ name: 'Get', value: 'get', action: `Get ${kind === 'user' ? 'a user' : 'an extension'}` },
			{ name: 'Get Many', value: 'getMany', action: `Get many ${kind}s` },
		],
		defaultOperation: 'getMany',
		fields: [
			...versionedLocator(spec, idField(idName, `${Kind} ID`, R, ['get', 'clickToCall'], `The ID of the Hipcall ${kind} (see ${Kind} > Get Many)`), {
				description: `The Hipcall ${kind}: pick it from the list, or give its ID`,
			}),
			{
				displayName: 'Number to Call',
				name: 'calleeNumber',
				type: 'string',
				required: true,
				default: '',
				placeholder: '+905326202911',
				description: 'The phone number to dial, in international format',
				displayOptions: on(R, 'clickToCall'),
			},
			...(kind === 'user'
				? [
						{
							displayName: 'Ring User First',
							name: 'ringUserFirst',
							type: 'boolean' as const,
							default: true,
							description: "Whether to ring the user's phone before dialling the number",
							displayOptions: on(R, 'clickToCall'),
						},
						{
							displayName: 'Options',
							name: 'callOptions',
							type: 'collection' as const,
							placeholder: 'Add Option',
							default: {},
							displayOptions: on(R, 'clickToCall'),
							options: [
								{
									displayName: 'Hide Number',
									name: 'call_masking',
									type: 'boolean' as const,
									default: false,
									description: 'Whether to hide the number from the user (call masking)',
								},
								{
									displayName: 'Name Shown Instead',
									name: 'call_masking_name',
									type: 'string' as const,
									default: '',
									placeholder: 'Support Team',
									description: 'What the user sees instead of the number when it is hidden',
								},
								{
									displayName: 'Number ID to Call From',
									name: 'number_id',
									type: 'string' as const,
									default: '',
									placeholder: '638',
									description: "The ID of one of your Hipcall numbers to show as caller ID; empty uses the user's default number",
								},
							],
						},
					]
				: [
						{
							displayName: 'Number ID to Call From',
							name: 'numberId',
							type: 'string' as const,
							required: true,
							default: '',
							placeholder: '638',
							description:
								'The ID of one of your Hipcall numbers, shown to the person called as caller ID. Hipcall needs it for a call from an extension.',
							displayOptions: on(R, 'clickToCall'),
						},
					]),
			...pagingFields(R, 'getMany'),
			listOptions(R, 'getMany'),
			...(kind === 'user' ? [simplifyField(R, ['get', 'getMany'])] : []),
		],
		handlers: {
			async get(context, itemIndex) {
				return simplify(context, itemIndex, hipcall.record(await hipcall.request(context, 'GET', `${collection}/${id(context, itemIndex)}`)));
			},
			getMany: async (context, itemIndex) => simplify(context, itemIndex, await readList(context, itemIndex, collection)),
			async clickToCall(context, itemIndex) {
				const body: IDataObject = {
					callee_number: textParameter(context, 'calleeNumber', itemIndex),
				};
				if (kind === 'user') {
					body.ring_user_first = context.getNodeParameter('ringUserFirst', itemIndex, true) as boolean;
					const options = compact(context.getNodeParameter('callOptions', itemIndex, {}) as IDataObject);
					if (options.number_id !== undefined) options.number_id = hipcallId(context, itemIndex, options.number_id, 'Number ID to Call From');
					Object.assign(body, options);
				} else {
					// Hipcall refuses an extension call without number_id (a user call falls back to the user's default number).
					const numberId = requiredText(
						context,
						'numberId',
						itemIndex,
						'The Number ID to Call From is empty: Hipcall needs it for a call from an extension',
						"Give the ID of one of your Hipcall numbers (Hipcall's GET /numbers lists them), or use User > Click-to-Call, which falls back to the user's default number.",
					);
					body.number_id = hipcallId(context, itemIndex, numberId, 'Number ID to Call From');
				}
				const response = await hipcall.request(context, 'POST', `${collection}/${id(context, itemIndex)}/call`, { body });
				return hipcall.written(response, { [idName]: decodeURIComponent(id(context, itemIndex)), callee_number: body.callee_number });
			},
		},
	};
}

export const userResource = directoryResource('user');
export const extensionResource = directoryResource('extension');
