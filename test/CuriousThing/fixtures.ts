// Reads the Curious Thing fixtures (the seed's payloads corrected to JSON, and variations).

import type { IDataObject } from 'n8n-workflow';

import { fixtureFile } from '../helpers/fixtures';

export function fixtureText(name: string): string {
	return fixtureFile(`CuriousThing/${name}`);
}

export function fixture<T = IDataObject[]>(name: string): T {
	return JSON.parse(fixtureText(`${name}.json`)) as T;
}

/** The derived fields the trigger adds, so that a test can take them off and compare with the vendor event. */
export const DERIVED_KEYS = [
	'eventId',
	'eventType',
	'eventTypeSource',
	'phone',
	'phoneE164',
	'campaignId',
	'correlationId',
	'statusGroup',
	'answers',
	'humanSupportRequested',
	'batchIndex',
	'batchSize',
];

/** The item without the fields the vendor did not send. */
export function vendorPart(item: IDataObject, original: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(item).filter(([key]) => key in original || !DERIVED_KEYS.includes(key)),
	);
}
