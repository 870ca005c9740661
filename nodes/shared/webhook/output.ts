import type { IDataObject } from 'n8n-workflow';

/**
 * The vendor's payload untouched, plus derived convenience fields.
 * A derived field never overwrites a vendor field of the same name, and undefined ones are left out.
 *
 * The copy is built key by key rather than with `{ ...payload }`: adding fields to a spread copy
 * makes V8 give every item its own hidden class, about 10x slower on large batches. An own
 * "__proto__" key (possible in parsed JSON) is defined, not assigned, so it stays a plain field.
 */
export function withDerivedFields(payload: IDataObject, derived: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const key of Object.keys(payload)) {
		if (key === '__proto__') {
			Object.defineProperty(out, key, { value: payload[key], enumerable: true, writable: true, configurable: true });
		} else {
			out[key] = payload[key];
		}
	}
	for (const [key, value] of Object.entries(derived)) {
		if (value !== undefined && !(key in payload)) out[key] = value;
	}
	return out;
}
