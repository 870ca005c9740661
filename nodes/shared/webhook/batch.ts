import type { IDataObject } from 'n8n-workflow';

/** One element of a delivery, with where it stood in the batch. */
export interface BatchElement {
	value: unknown;
	/** Zero-based position in the delivered array (0 for a single object). */
	batchIndex: number;
	/** How many elements the delivery held (1 for a single object). */
	batchSize: number;
}

/** An array becomes one element per entry, in order; anything else is a batch of one. */
export function splitBatch(body: unknown): BatchElement[] {
	const values = Array.isArray(body) ? body : [body];
	return values.map((value, batchIndex) => ({ value, batchIndex, batchSize: values.length }));
}

export function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
