// What the lookup answer leaves out of what it was given, and why: the node's output item lists it,
// so that one bad CRM row costs that row, never the whole Caller Insights, and never silently.

/** Which part of the contact a left-out value belonged to. */
export type DroppedKind = 'contact' | 'email' | 'phoneNumber' | 'field' | 'activity' | 'createActivityUrl';

export type Dropped = {
	kind: DroppedKind;
	/** The row's position in its list, from 0; absent for a field of the contact itself or a whole list. */
	index?: number;
	/** The activity's type, when it has a known one. */
	type?: string;
	/** Set when only this field was left out: the rest of the row (or of the contact) was sent. */
	field?: string;
	/** What was wrong, in plain words, naming the row as the panel or the JSON does. */
	problem: string;
};

/** Nothing there: an empty CRM column, an editor row left empty, text of spaces only. */
export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A value quoted in a message, cut short: the message names the value, it does not carry it. */
export function quoted(value: unknown): string {
	const text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** What a list holds, read the ways a list reaches the node, or why it cannot be read. */
export type ListRows = { rows: unknown[] } | { problem: string };

/**
 * A list from an expression or a JSON field: an array; JSON text of an array (or of one object);
 * comma-separated text; one object or one value as a list of one; nothing when blank.
 */
export function listRows(value: unknown, name: string): ListRows {
	if (isBlank(value)) return { rows: [] };
	if (Array.isArray(value)) return { rows: value };
	if (typeof value !== 'string') return { rows: [value] };
	const text = value.trim();
	if (!text.startsWith('[') && !text.startsWith('{')) return { rows: text.split(',').map((part) => part.trim()) };
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		return { problem: `"${name}" is not valid JSON (${(error as Error).message}), so none of its rows were sent: ${quoted(text)}` };
	}
	return { rows: Array.isArray(parsed) ? parsed : [parsed] };
}
