// The "… After" / "… Before" pair of a list's filters: ChatVolt's conversations by creation,
// Hipcall's calls by start.
import type { INodeProperties } from 'n8n-workflow';

/** A date range filter: what the panel calls its event, and the names its two ends are saved under. */
export interface DateRange {
	/** "Created" gives "Created After" and "Created Before". */
	event: string;
	after: string;
	before: string;
}

/**
 * The two date-time fields of a range, for a list's filter collection; empty means no bound. The
 * vendor reads them back under `after` and `before` and writes them in its own date format.
 */
export function dateRangeFields(range: DateRange): INodeProperties[] {
	return [
		{ displayName: `${range.event} After`, name: range.after, type: 'dateTime', default: '' },
		{ displayName: `${range.event} Before`, name: range.before, type: 'dateTime', default: '' },
	];
}
