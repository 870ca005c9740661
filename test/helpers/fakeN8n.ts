// What both fake contexts (webhook and execute) answer the same way as n8n: parameters by dotted
// name with a fallback, credentials by type, and the returnJsonArray helper.
import type { IDataObject } from 'n8n-workflow';

export function readParameter(parameters: IDataObject, name: string, fallback?: unknown): unknown {
	const value = name.split('.').reduce<unknown>((obj, key) => (obj as IDataObject | undefined)?.[key], parameters);
	if (value !== undefined) return value;
	if (fallback !== undefined) return fallback;
	throw new Error(`parameter "${name}" not set in the test`);
}

export async function readCredentials(credentials: Record<string, IDataObject> | undefined, type: string): Promise<IDataObject> {
	const data = credentials?.[type];
	if (!data) throw new Error(`credential "${type}" not set in the test`);
	return data;
}

export function returnJsonArray(data: IDataObject | IDataObject[]) {
	return (Array.isArray(data) ? data : [data]).map((json) => ({ json }));
}
