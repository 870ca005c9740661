// The Bambuser fixtures under test/fixtures/Bambuser, read fresh for each use.
import type { IDataObject } from 'n8n-workflow';

import { fixtureFile } from '../helpers/fixtures';

export function fixtureText(name: string): string {
	return fixtureFile(`Bambuser/${name}`);
}

export function fixture(name: string): IDataObject {
	return JSON.parse(fixtureText(`${name}.json`)) as IDataObject;
}

export const SECRET = 'b4mbus3r-w3bh00k-s3cr3t-for-tests';
export const HEADER = 'X-Bambuser-Webhook-Secret';
export const credentials = { bambuserWebhookApi: { headerName: HEADER, secret: SECRET } };
