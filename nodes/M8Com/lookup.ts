// Number Lookup and Custom ID Lookup: M8Com GETs the URL with the numbers (or the ID) in the query string.
import type { IDataObject } from 'n8n-workflow';

import type { AnsweringPair } from '../shared/builderHint';
import { textOf } from '../shared/object';
import { toE164, withLostPlus } from '../shared/phone';
import { isPlainObject, withDerivedFields } from '../shared/webhook';

/** The trigger's lookups and the node that answers M8Com for them. */
export const LOOKUP_PAIR: AnsweringPair = {
	vendor: 'M8Com',
	trigger: { name: 'm8ComTrigger', displayName: 'M8Com Trigger' },
	response: { name: 'm8ComLookupResponse', displayName: 'M8Com Lookup Response' },
	when: 'for a number or custom ID lookup',
};

/** Query parameter names tried, in order, for a custom ID lookup when the configured one is absent. */
export const CUSTOM_ID_FALLBACKS = ['customId', 'customID', 'id', 'ivrInput', 'input'];

/**
 * The experimental `user` object can reach us as an object (nested query), as JSON text, or as
 * flat `user[firstName]` / `user.firstName` keys. Returns the query with one `user` object.
 */
export function withUserObject(query: IDataObject): IDataObject {
	const out: IDataObject = {};
	let user: IDataObject | undefined;
	for (const [key, value] of Object.entries(query)) {
		const flat = key.match(/^user(?:\[([^\]]+)\]|\.(.+))$/);
		if (flat) {
			user ??= {};
			user[flat[1] ?? flat[2]] = value;
			continue;
		}
		out[key] = value;
	}
	if (typeof out.user === 'string') {
		try {
			const parsed = JSON.parse(out.user);
			if (isPlainObject(parsed)) out.user = parsed;
		} catch {
			// Not JSON: M8Com's experimental field stays as the text that arrived.
		}
	}
	if (user) out.user = isPlainObject(out.user) ? { ...out.user, ...user } : user;
	return out;
}

function userLogin(user: IDataObject, type: string): string | undefined {
	const ids = Array.isArray(user.userIds) ? user.userIds : isPlainObject(user.userIds) ? Object.values(user.userIds) : [];
	const found = ids.find((entry) => isPlainObject(entry) && String(entry.type ?? '').toLowerCase() === type.toLowerCase());
	return isPlainObject(found) && typeof found.username === 'string' ? found.username : undefined;
}

function firstText(query: IDataObject, names: string[], read: (value: unknown) => string | undefined = textOf): string | undefined {
	for (const name of names) {
		const value = query[name];
		const text = read(Array.isArray(value) ? value[0] : value);
		if (text !== undefined && text !== '') return text;
	}
	return undefined;
}

export type LookupKind = 'number' | 'customId';

/**
 * One lookup request as the trigger's one event: the query fields as they came (with `user` as an
 * object), plus derived fields. A request with nothing to look up is refused (400).
 */
export function lookupEvents(
	rawQuery: IDataObject,
	options: { kind: LookupKind; customerId: string | undefined; customIdParameter?: string; defaultCountryCode?: string },
): IDataObject[] | { problem: string } {
	const query = withUserObject(rawQuery);
	// The number as M8Com meant it: a "+" the query string turned into a space is put back.
	const fromNumber = firstText(query, ['fromNumber'], withLostPlus);
	const customIdNames = [options.customIdParameter, ...CUSTOM_ID_FALLBACKS].filter((n): n is string => !!n);
	const customId = options.kind === 'customId' ? firstText(query, customIdNames) : undefined;
	if (options.kind === 'number' && fromNumber === undefined) {
		return { problem: 'Missing query parameter "fromNumber": nothing to look up' };
	}
	if (options.kind === 'customId' && customId === undefined && fromNumber === undefined) {
		return { problem: `Missing query parameter "${customIdNames[0]}": nothing to look up` };
	}
	const user = isPlainObject(query.user) ? query.user : undefined;
	const item = withDerivedFields(query, {
		lookupType: options.kind,
		customerId: options.customerId,
		customerNumber: fromNumber,
		customerNumberE164: toE164(fromNumber, options.defaultCountryCode),
		customId,
		// The contact is calling an M8Com user when M8Com also sends the dialled number; named as M8Com's
		// call log names calls, from the contact's side.
		callType: firstText(query, ['toNumber']) !== undefined ? 'Outbound' : undefined,
		userId: user && typeof user.id === 'string' ? user.id : undefined,
		userDisplayName: user && typeof user.displayName === 'string' ? user.displayName : undefined,
		userEmail: user ? userLogin(user, 'email') : undefined,
		userMobilePhone: user ? userLogin(user, 'mobilePhone') : undefined,
	});
	return [item];
}
