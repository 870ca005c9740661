// Helpers for plain data that neither the webhook nor the action toolkit owns. isPlainObject is
// defined with the webhook toolkit for now; importing it from here keeps action code off that module.
import type { IDataObject } from 'n8n-workflow';

export { isPlainObject } from './webhook/batch';

/** Only the entries that hold something, so that empty optional fields are not sent. */
export function compact(values: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== ''),
	);
}
