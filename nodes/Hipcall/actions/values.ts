// Values in the types Hipcall validates: IDs are numbers (`"company_id": 80679`, never "80679"),
// moments are UTC to the second (`2025-09-01T00:00:00Z`, never with milliseconds).
import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

/** A Hipcall ID given as a number or as digits; undefined for anything else. */
export function wholeNumber(value: unknown): number | undefined {
	const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}

/** `value` as the number Hipcall wants for an ID; the item fails, naming `field`, when it is not one. */
export function hipcallId(context: IExecuteFunctions, itemIndex: number, value: unknown, field: string): number {
	const id = wholeNumber(value);
	if (id === undefined) {
		throw new NodeOperationError(context.getNode(), `${field} must be a Hipcall ID (a whole number), got ${JSON.stringify(value)}`, {
			itemIndex,
		});
	}
	return id;
}

/** `value` as Hipcall writes a moment, YYYY-MM-DDTHH:mm:ssZ; the item fails, naming `field`, when it is no date. */
export function hipcallDateTime(context: IExecuteFunctions, itemIndex: number, value: unknown, field: string): string {
	const date = value instanceof Date ? value : new Date(String(value));
	if (Number.isNaN(date.getTime())) {
		throw new NodeOperationError(context.getNode(), `${field} is not a date and time: ${JSON.stringify(value)}`, { itemIndex });
	}
	return date.toISOString().replace(/\.\d+Z$/, 'Z');
}
