// Runs the M8Com Lookup Response node on a stand-in of n8n's execute context: what it answered
// M8Com (responses) and what it output (output).
import type { IDataObject } from 'n8n-workflow';

import { M8ComLookupResponse } from '../../nodes/M8Com/M8ComLookupResponse.node';
import { fakeExecuteContext } from '../helpers/executeContext';

export const node = new M8ComLookupResponse();

export async function respond(parameters: IDataObject, options: { items?: IDataObject[]; continueOnFail?: boolean; timeZone?: string } = {}) {
	const fake = fakeExecuteContext({
		items: options.items ?? [{}],
		parameters: { respondWith: 'contact', options: {}, ...parameters },
		continueOnFail: options.continueOnFail,
		timeZone: options.timeZone,
	});
	const output = await node.execute.call(fake.context);
	return { output: output[0], responses: fake.responses };
}

/** The answer to a contact given as JSON (Contact Data: JSON). */
export const json = (contact: unknown, extra: IDataObject = {}) => respond({ contactSource: 'json', contactJson: contact as IDataObject, ...extra });

export const note = (timestamp: number, body = `note ${timestamp}`) => ({ type: 'NOTE', body, timestamp });

/** The body M8Com got. */
export const sentBody = (responses: Array<{ body?: unknown }>) => responses[0].body as IDataObject;
