// Runs the M8Com Lookup Response node on a stand-in of n8n's execute context: what it answered
// M8Com (responses) and what it output (output).
import type { IDataObject } from 'n8n-workflow';

import { M8ComLookupResponse } from '../../nodes/M8Com/M8ComLookupResponse.node';
import { errorOf, fakeExecuteContext } from '../helpers/executeContext';

export const node = new M8ComLookupResponse();

type RunOptions = { items?: IDataObject[]; continueOnFail?: boolean; timeZone?: string };

const fakeFor = (parameters: IDataObject, options: RunOptions) =>
	fakeExecuteContext({
		items: options.items ?? [{}],
		parameters: { respondWith: 'contact', options: {}, ...parameters },
		continueOnFail: options.continueOnFail,
		timeZone: options.timeZone,
	});

export async function respond(parameters: IDataObject, options: RunOptions = {}) {
	const fake = fakeFor(parameters, options);
	const output = await node.execute.call(fake.context);
	return { output: output[0], responses: fake.responses };
}

/** Runs the node where it must fail: the error it threw (undefined if it did not), and what M8Com had been answered by then. */
export async function respondFailing(parameters: IDataObject, options: RunOptions = {}) {
	const fake = fakeFor(parameters, options);
	const error = await errorOf(node.execute.call(fake.context));
	return { error, responses: fake.responses };
}

/** The answer to a contact given as JSON (Contact Data: JSON). */
export const json = (contact: unknown, extra: IDataObject = {}) => respond({ contactSource: 'json', contactJson: contact as IDataObject, ...extra });

export const note = (timestamp: number, body = `note ${timestamp}`) => ({ type: 'NOTE', body, timestamp });

/** The body M8Com got. */
export const sentBody = (responses: Array<{ body?: unknown }>) => responses[0].body as IDataObject;
