import type { IDataObject } from 'n8n-workflow';

import { textOf } from '../shared/object';
import { dataOf, directionOf } from './events';

/**
 * The customer's side of a call: the number called on outbound calls, the caller on inbound ones.
 * Hipcall's own rule; builders should not have to know it.
 */
export function customerNumberOf(data: IDataObject): string | undefined {
	const direction = directionOf(data);
	if (direction === 'outbound') return textOf(data.callee_number);
	if (direction === 'inbound') return textOf(data.caller_number);
	return undefined;
}

/** Our side of the call: the Hipcall number or user that placed or took it. */
export function companyNumberOf(data: IDataObject): string | undefined {
	const direction = directionOf(data);
	if (direction === 'outbound') return textOf(data.caller_number);
	if (direction === 'inbound') return textOf(data.callee_number);
	return undefined;
}

/** Digits only ("+90 543 885-63 01" -> "905438856301"): the form to look numbers up by. */
export function digitsOnly(number: string | undefined): string | undefined {
	if (number === undefined) return undefined;
	const digits = number.replace(/\D+/g, '');
	return digits === '' ? undefined : digits;
}

/** The fields added next to Hipcall's own `event` and `data`. */
export function derivedFields(event: IDataObject): IDataObject {
	const data = dataOf(event);
	const customerNumber = customerNumberOf(data);
	const isCall = String(event.event).startsWith('call') || directionOf(data) !== undefined;
	return {
		callId: isCall ? textOf(data.uuid) : undefined,
		customerNumber,
		customerNumberDigits: digitsOnly(customerNumber),
		companyNumber: companyNumberOf(data),
		direction: directionOf(data),
	};
}
