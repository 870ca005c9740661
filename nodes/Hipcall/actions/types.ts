import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** Runs one operation for one input item; an array becomes several output items. */
export type Handler = (context: IExecuteFunctions, itemIndex: number) => Promise<IDataObject | IDataObject[]>;

/** One resource of the Hipcall node: its operation picker, its fields and what each operation does. */
export interface ResourceModule {
	operation: INodeProperties;
	fields: INodeProperties[];
	handlers: Record<string, Handler>;
}

/** The answer of a write that returned no body of its own. */
export function done(response: unknown, extra: IDataObject = {}): IDataObject {
	if (response && typeof response === 'object' && !Array.isArray(response)) {
		const data = (response as IDataObject).data;
		const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : (response as IDataObject);
		return { success: true, ...extra, ...record };
	}
	return { success: true, ...extra };
}
