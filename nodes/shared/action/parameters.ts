import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

/** A text parameter, trimmed ('' when unset). */
export function textParameter(context: IExecuteFunctions, name: string, itemIndex: number): string {
	return String(context.getNodeParameter(name, itemIndex, '') ?? '').trim();
}

/** A text parameter that must not be empty: the item fails with `message` before any request. */
export function requiredText(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	message: string,
	description?: string,
): string {
	const value = textParameter(context, name, itemIndex);
	if (!value) throw new NodeOperationError(context.getNode(), message, { itemIndex, description });
	return value;
}
