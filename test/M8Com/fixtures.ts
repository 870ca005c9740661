// Reads the M8Com fixtures: the same files feed the payload simulator.

import type { IDataObject } from 'n8n-workflow';

import { fixtureFile } from '../helpers/fixtures';

export function fixtureText(name: string): string {
	return fixtureFile(`M8Com/${name}`);
}

export function fixture(name: string): IDataObject {
	return JSON.parse(fixtureText(name)) as IDataObject;
}

export const SECRET = 'm8com-test-secret-0123456789';
export const bearer = (secret = SECRET) => ({ authorization: `Bearer ${secret}` });
