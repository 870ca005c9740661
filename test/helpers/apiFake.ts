// A vendor's API as its documentation describes it, for a loopback stand-in (apiStandIn.ts): routes
// by method and path, and the types each route's query and body must have. A request that breaks
// them gets the vendor's refusal naming every wrong field, as the real API would answer, so a test
// that passes against the fake sends what the vendor accepts.
import type { StandInAnswer, StandInHandler, StandInRequest } from './apiStandIn';

/** What is wrong with one value, or undefined when it has the documented type. */
export type Check = (value: unknown) => string | undefined;

const shown = (value: unknown) => JSON.stringify(value) ?? String(value);

export const integer: Check = (value) =>
	typeof value === 'number' && Number.isInteger(value) ? undefined : `must be an integer, got ${shown(value)}`;
export const boolean: Check = (value) => (typeof value === 'boolean' ? undefined : `must be a boolean, got ${shown(value)}`);
export const string: Check = (value) => (typeof value === 'string' ? undefined : `must be a string, got ${shown(value)}`);
export const object: Check = (value) =>
	typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : `must be an object, got ${shown(value)}`;

/** A string of at least `min` characters (at most `max`). */
export function text(min = 0, max = Infinity): Check {
	return (value) =>
		string(value) ??
		((value as string).length < min ? `String length is smaller than minLength: ${min}` : undefined) ??
		((value as string).length > max ? `String length is larger than maxLength: ${max}` : undefined);
}

/** A string matching `pattern`, described as `format` in the refusal. */
export function matching(pattern: RegExp, format: string): Check {
	return (value) => string(value) ?? (pattern.test(value as string) ? undefined : `must be written ${format}, got ${shown(value)}`);
}

export function oneOf(...values: unknown[]): Check {
	return (value) => (values.includes(value) ? undefined : `must be one of ${values.map(shown).join(', ')}, got ${shown(value)}`);
}

export function listOf(check: Check): Check {
	return (value) => {
		if (!Array.isArray(value)) return `must be a list, got ${shown(value)}`;
		const problems = value.map((element, index) => check(element) && `[${index}] ${check(element)}`).filter(Boolean);
		return problems.length > 0 ? problems.join('; ') : undefined;
	};
}

export function nullable(check: Check): Check {
	return (value) => (value === null ? undefined : check(value));
}

/** A query value (always text on the wire) that must read as an integer within [min, max]. */
export function queryInteger(min: number, max = Infinity): Check {
	return (value) => {
		const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : NaN;
		if (Number.isNaN(number)) return `must be an integer, got ${shown(value)}`;
		if (number < min) return `Value must be at least ${min}.`;
		return number > max ? `Value must be at most ${max}.` : undefined;
	};
}

/** The fields of a JSON object (or of a query): required and optional ones; any other is unexpected. */
export interface Schema {
	required?: Record<string, Check>;
	optional?: Record<string, Check>;
	/** Fields nobody documented pass too. */
	open?: boolean;
}

/** Problems per field; empty when `value` has the schema's shape. */
export function schemaProblems(value: unknown, schema: Schema): Record<string, string[]> {
	const problems: Record<string, string[]> = {};
	const add = (field: string, problem: string | undefined) => {
		if (problem) (problems[field] ??= []).push(problem);
	};
	if (object(value)) return { body: [object(value)!] };
	const record = value as Record<string, unknown>;
	for (const [field, check] of Object.entries(schema.required ?? {})) {
		add(field, field in record ? check(record[field]) : "can't be blank");
	}
	for (const [field, check] of Object.entries(schema.optional ?? {})) {
		if (field in record) add(field, check(record[field]));
	}
	if (!schema.open) {
		const known = new Set([...Object.keys(schema.required ?? {}), ...Object.keys(schema.optional ?? {})]);
		for (const field of Object.keys(record)) if (!known.has(field)) add(field, `Unexpected field: ${field}`);
	}
	return problems;
}

export interface Route {
	method: string;
	/** Segments starting with ":" are parameters, e.g. "/calls/:uuid/cards". */
	path: string;
	query?: Schema;
	body?: Schema;
	/** Checks no schema can say (a field that depends on another); problems per field. */
	check?(request: StandInRequest, params: Record<string, string>): Record<string, string[]>;
	answer(request: StandInRequest, params: Record<string, string>): StandInAnswer;
}

export interface ApiContract {
	routes: Route[];
	/** Answered before any route, e.g. a 401 for a missing token; undefined lets the request on. */
	guard?(request: StandInRequest): StandInAnswer | undefined;
	/** The vendor's refusal of a request with wrong fields. */
	refuse(problems: Record<string, string[]>): StandInAnswer;
	/** The vendor's answer to a path it does not serve. */
	notFound: StandInAnswer;
}

function paramsOf(pattern: string, path: string): Record<string, string> | undefined {
	const want = pattern.split('/');
	const got = path.split('/');
	if (want.length !== got.length) return undefined;
	const params: Record<string, string> = {};
	for (let i = 0; i < want.length; i++) {
		if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i]);
		else if (want[i] !== got[i]) return undefined;
	}
	return params;
}

/** The stand-in's handler for a vendor's contract: guard, route, query and body types, then the answer. */
export function contractHandler(contract: ApiContract): StandInHandler {
	return (request) => {
		const guarded = contract.guard?.(request);
		if (guarded) return guarded;
		for (const route of contract.routes) {
			if (route.method !== request.method) continue;
			const params = paramsOf(route.path, request.path);
			if (!params) continue;
			const problems = {
				...schemaProblems(request.query, route.query ?? {}),
				...(route.body ? schemaProblems(request.body, route.body) : {}),
				...route.check?.(request, params),
			};
			if (Object.keys(problems).length > 0) return contract.refuse(problems);
			return route.answer(request, params);
		}
		return contract.notFound;
	};
}
