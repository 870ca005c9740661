import type { IDataObject } from 'n8n-workflow';

import { isPlainObject } from '../object';

/** Whether the API answered with no body (a 204, or an empty JSON text). */
export function isEmptyAnswer(answer: unknown): boolean {
	return answer === undefined || answer === null || answer === '';
}

/** The records of a list answer: a bare array, or the first array found under one of `keys`. */
export function listIn(answer: unknown, keys: readonly string[]): IDataObject[] | undefined {
	if (Array.isArray(answer)) return answer as IDataObject[];
	if (!isPlainObject(answer)) return undefined;
	for (const key of keys) {
		const value = answer[key];
		if (Array.isArray(value)) return value as IDataObject[];
	}
	return undefined;
}

/** The record of an answer: a plain object, taken out of `wrapper` when it holds one there. */
export function recordIn(answer: unknown, wrapper?: string): IDataObject | undefined {
	if (!isPlainObject(answer)) return undefined;
	const inner = wrapper === undefined ? undefined : answer[wrapper];
	return isPlainObject(inner) ? inner : answer;
}

/** A read's answer as item JSON: its record, `{}` for an empty answer, else `{ response }`. */
export function recordOf(answer: unknown, wrapper?: string): IDataObject {
	return recordIn(answer, wrapper) ?? (isEmptyAnswer(answer) ? {} : { response: answer as IDataObject[string] });
}

// The two vendors have always shaped write answers differently; both shapes stay so that outputs
// do not change.

/** A write's answer as item JSON: `success: true` and `extra`, then the record, if any, it answered with. */
export function writeResult(answer: unknown, extra: IDataObject = {}, wrapper?: string): IDataObject {
	return { success: true, ...extra, ...recordIn(answer, wrapper) };
}

/** The answer's record after `extra`; `success: true` only where the API said nothing of its own. */
export function answerOrSuccess(answer: unknown, extra: IDataObject = {}): IDataObject {
	const record = recordIn(answer);
	return record ? { ...extra, ...record } : { success: true, ...extra, ...recordOf(answer) };
}
