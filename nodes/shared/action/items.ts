import {
	NodeApiError,
	NodeOperationError,
	type IBinaryKeyData,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

const WITH_FILES = Symbol('withFiles');

/** A handler's result that carries files: its json and binary data go on the output item as they are. */
export interface ItemWithFiles {
	[WITH_FILES]: true;
	json: IDataObject;
	binary?: IBinaryKeyData;
}

/** An output item with files; no files at all (an empty `binary`) leaves the item without binary data. */
export function withFiles(json: IDataObject, binary: IBinaryKeyData): ItemWithFiles {
	return Object.keys(binary).length > 0 ? { [WITH_FILES]: true, json, binary } : { [WITH_FILES]: true, json };
}

function hasFiles(result: unknown): result is ItemWithFiles {
	return typeof result === 'object' && result !== null && WITH_FILES in result;
}

/**
 * Runs `handle` for every input item and pairs each result with its item. With "Continue On Fail"
 * a failing item becomes `{ error }` and the others go on; otherwise the first failure stops the node.
 */
export async function mapItems(
	context: IExecuteFunctions,
	handle: (itemIndex: number, item: INodeExecutionData) => Promise<IDataObject | IDataObject[] | ItemWithFiles>,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const out: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await handle(itemIndex, items[itemIndex]);
			if (hasFiles(result)) {
				out.push({ json: result.json, ...(result.binary ? { binary: result.binary } : {}), pairedItem: { item: itemIndex } });
				continue;
			}
			for (const json of Array.isArray(result) ? result : [result]) {
				out.push({ json, pairedItem: { item: itemIndex } });
			}
		} catch (error) {
			if (context.continueOnFail()) {
				out.push({
					json: { error: (error as Error).message, ...errorDetails(error) },
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			const nodeError =
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(context.getNode(), error as Error, { itemIndex });
			nodeError.context.itemIndex ??= itemIndex;
			throw nodeError;
		}
	}
	return [out];
}

function errorDetails(error: unknown): IDataObject {
	if (error instanceof NodeApiError) {
		return { httpCode: error.httpCode ?? undefined, description: error.description ?? undefined };
	}
	return {};
}
