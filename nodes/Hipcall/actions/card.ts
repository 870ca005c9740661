import type { IDataObject } from 'n8n-workflow';

import { isPlainObject } from '../../shared/object';
import { isWebUrl } from '../../shared/url';

/** The row types Hipcall's Webphone shows on an information card. */
export const CARD_ROW_TYPES = ['title', 'shortText', 'user'] as const;

type RowType = (typeof CARD_ROW_TYPES)[number];

/**
 * The fields Hipcall allows on each row type. It refuses a card whose row carries any other field,
 * even as null ("shortText type only allows fields: type, text, label, link, android, ios").
 */
const ALLOWED_FIELDS: Record<RowType, readonly string[]> = {
	title: ['type', 'text', 'link'],
	shortText: ['type', 'text', 'label', 'link', 'ios', 'android'],
	user: ['type', 'label', 'user_id'],
};

/** A field that holds nothing: left out of the card rather than sent (Hipcall refuses even a null). */
function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

export interface BuilderRow {
	type?: string;
	label?: string;
	text?: string | number;
	link?: string;
	userId?: number | string;
}

export interface CardBuilder {
	title?: string;
	titleLink?: string;
	rows?: BuilderRow[];
	skipEmptyRows?: boolean;
}

function clean(value: unknown): string {
	if (value === undefined || value === null) return '';
	return (typeof value === 'string' ? value : String(value)).trim();
}

/** The card rows the visual builder describes, in Hipcall's format. */
export function cardFromBuilder(builder: CardBuilder): IDataObject[] {
	const card: IDataObject[] = [];
	const title = clean(builder.title);
	if (title) {
		const row: IDataObject = { type: 'title', text: title };
		if (clean(builder.titleLink)) row.link = clean(builder.titleLink);
		card.push(row);
	}
	for (const row of builder.rows ?? []) {
		const label = clean(row.label);
		if ((row.type ?? 'shortText') === 'user') {
			const userId = clean(row.userId);
			if (builder.skipEmptyRows && userId === '') continue;
			card.push({ type: 'user', label, user_id: /^\d+$/.test(userId) ? Number(userId) : userId });
			continue;
		}
		const text = clean(row.text);
		if (builder.skipEmptyRows && text === '') continue;
		const out: IDataObject = { type: 'shortText' };
		if (label) out.label = label;
		out.text = text;
		if (clean(row.link)) out.link = clean(row.link);
		card.push(out);
	}
	return card;
}

/** The rows of a card built upstream: `{"card": [...]}`, a bare array, or the same as a JSON string. */
export function cardFromJson(value: unknown): { rows: IDataObject[] } | { problem: string } {
	let parsed = value;
	if (typeof parsed === 'string') {
		try {
			parsed = JSON.parse(parsed);
		} catch (error) {
			return { problem: `The card JSON is not valid JSON: ${(error as Error).message}` };
		}
	}
	if (isPlainObject(parsed) && 'card' in parsed) parsed = parsed.card;
	if (!Array.isArray(parsed)) {
		return { problem: 'The card JSON must be an array of rows, or an object {"card": [rows]}' };
	}
	return { rows: parsed as IDataObject[] };
}

function nonEmptyText(value: unknown): boolean {
	return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
}

function rowProblems(r: unknown, position: number): string[] {
	const at = `Row ${position}`;
	if (!isPlainObject(r)) return [`${at} is not an object`];
	const problems: string[] = [];
	if (!CARD_ROW_TYPES.includes(r.type as RowType)) {
		return [`${at} has type ${JSON.stringify(r.type)}; Hipcall knows ${CARD_ROW_TYPES.map((t) => `"${t}"`).join(', ')}`];
	}
	const allowed = ALLOWED_FIELDS[r.type as RowType];
	const extra = Object.keys(r).filter((key) => !allowed.includes(key) && !isEmpty(r[key]));
	if (extra.length > 0) {
		problems.push(`${at} (${r.type}) has ${extra.join(', ')}, which Hipcall refuses on a ${r.type} row (it allows ${allowed.join(', ')})`);
	}
	if (r.type === 'title' || r.type === 'shortText') {
		if (!nonEmptyText(r.text)) problems.push(`${at} (${r.type}) has no text`);
		if (r.link !== undefined && r.link !== null && r.link !== '' && !isWebUrl(r.link)) {
			problems.push(`${at} has a link that is not an http(s) URL: ${JSON.stringify(r.link)}`);
		}
	}
	if (r.type === 'user') {
		if (!nonEmptyText(r.label)) problems.push(`${at} (user) has no label`);
		const id = r.user_id;
		const valid = (typeof id === 'number' && Number.isInteger(id) && id > 0) || (typeof id === 'string' && /^\d+$/.test(id));
		if (!valid) problems.push(`${at} (user) needs user_id, a Hipcall user ID (a whole number), got ${JSON.stringify(id)}`);
	}
	return problems;
}

/** Every problem of a card, row by row (rows counted from 1); empty when Hipcall can show it. */
export function cardProblems(card: unknown[]): string[] {
	if (card.length === 0) return ['The card has no rows: add a title or at least one row'];
	return card.flatMap((row, index) => rowProblems(row, index + 1));
}

/**
 * Rows (that cardProblems found none in) as Hipcall wants them: empty fields left out, a numeric
 * user_id given as text becomes a number, a text given as a number becomes text.
 */
export function normalizeCard(card: IDataObject[]): IDataObject[] {
	return card.map((row) => {
		const out = Object.fromEntries(Object.entries(row).filter(([, value]) => !isEmpty(value)));
		if (row.type === 'user' && typeof row.user_id === 'string') out.user_id = Number(row.user_id);
		if (typeof row.text === 'number') out.text = String(row.text);
		return out;
	});
}
