/** What a delivery's body turned out to be. `raw` is kept for vendors that may sign bodies later. */
export type ParsedBody =
	| { ok: true; body: unknown; raw?: Buffer }
	| { ok: false; message: string; /** 400 unless said otherwise (413: too large). */ status?: 400 | 413 };

export type BodyShape = 'object' | 'array' | 'objectOrArray';

/** The parts of an express request that body parsing reads. */
export interface BodySource {
	body?: unknown;
	rawBody?: Buffer;
}

/** What a JSON value is, for messages: "null", "an array", "an object", "a string"… */
export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}

/**
 * Reads the body as JSON. The raw bytes win over whatever a framework parsed,
 * so that a malformed body is reported rather than silently replaced by `{}`.
 */
export function parseJsonBody(request: BodySource): ParsedBody {
	const raw = request.rawBody;
	if (raw && raw.length > 0) {
		const text = raw.toString('utf8').replace(/^\uFEFF/, '');
		if (text.trim() === '') return { ok: false, message: 'The request body is empty; expected JSON' };
		try {
			return { ok: true, body: JSON.parse(text), raw };
		} catch (error) {
			return { ok: false, message: `The request body is not valid JSON: ${(error as Error).message}` };
		}
	}
	const body = request.body;
	if (body === undefined || body === null || body === '') {
		return { ok: false, message: 'The request body is empty; expected JSON' };
	}
	if (typeof body === 'string') {
		try {
			return { ok: true, body: JSON.parse(body) };
		} catch (error) {
			return { ok: false, message: `The request body is not valid JSON: ${(error as Error).message}` };
		}
	}
	if (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) {
		return { ok: false, message: 'The request body is empty; expected JSON' };
	}
	return { ok: true, body };
}

/** Says what is wrong when a parsed body is not of the expected shape, or undefined when it is. */
export function shapeProblem(body: unknown, shape: BodyShape): string | undefined {
	const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
	const isArray = Array.isArray(body);
	if (shape === 'object' && !isObject) return `Expected a JSON object, got ${describeValue(body)}`;
	if (shape === 'array' && !isArray) return `Expected a JSON array, got ${describeValue(body)}`;
	if (shape === 'objectOrArray' && !isObject && !isArray) {
		return `Expected a JSON object or an array of objects, got ${describeValue(body)}`;
	}
	return undefined;
}

/** Deeper than any vendor nests its events; deeper bodies are refused before anything walks them. */
export const MAX_NESTING = 64;

/** Whether a parsed value nests objects and arrays more than `limit` levels deep (iterative: any depth is safe). */
export function nestedDeeperThan(value: unknown, limit = MAX_NESTING): boolean {
	const work: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
	while (work.length > 0) {
		const { value: next, depth } = work.pop()!;
		if (next === null || typeof next !== 'object') continue;
		if (depth >= limit) return true;
		for (const inner of Array.isArray(next) ? next : Object.values(next)) work.push({ value: inner, depth: depth + 1 });
	}
	return false;
}
