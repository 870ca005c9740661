// Reads the ChatVolt fixtures (the same files the payload simulator sends).

import type { IDataObject } from 'n8n-workflow';

import { fixtureFile } from '../helpers/fixtures';

export function fixtureText(name: string): string {
	return fixtureFile(`ChatVolt/${name}.json`);
}

export function fixture(name: string): IDataObject {
	return JSON.parse(fixtureText(name)) as IDataObject;
}
