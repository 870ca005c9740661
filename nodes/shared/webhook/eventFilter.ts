import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** Selecting this lets every event through, including types added by the vendor later. */
export const ALL_EVENTS = '*';
/** Selecting this lets through the event types that are not in the node's list. */
export const OTHER_EVENTS = '__other__';

export interface KnownEvent {
	/** The vendor's own name for the event, as it arrives. A trailing "*" stands for any ending. */
	value: string;
	name: string;
	description: string;
	/** How n8n's node panel lists the event among the trigger's actions; default "On <name>" in sentence case. */
	action?: string;
}

/** The known value a type falls under: itself, or the wildcard entry it starts with (`customer-waiting-*`). */
function knownValueOf(type: string, known: readonly KnownEvent[]): string | undefined {
	for (const { value } of known) {
		if (value === type) return value;
		if (value.endsWith('*') && type.startsWith(value.slice(0, -1))) return value;
	}
	return undefined;
}

/** Whether an event of this type passes the user's selection (none selected lets everything through). */
export function matchesEventFilter(eventType: string | undefined, selected: string[], known: readonly KnownEvent[]): boolean {
	if (selected.length === 0 || selected.includes(ALL_EVENTS)) return true;
	const value = eventType === undefined ? undefined : knownValueOf(eventType, known);
	if (value !== undefined) return selected.includes(value);
	return eventType !== undefined && selected.includes(eventType) ? true : selected.includes(OTHER_EVENTS);
}

export interface EventFilterOptions {
	/** The parameter's name; `events` unless a vendor filters on something else too. */
	name?: string;
	/** What one value is called, e.g. "Event Type" or "Collection"; the list is named after its plural. */
	singular?: string;
	plural?: string;
	description?: string;
	default?: string[];
	/** Whether "All" is offered (filters that select nothing to let all through do without it). */
	offerAll?: boolean;
	/** The vendor's name, for "including ones <vendor> adds later". */
	vendor?: string;
}

/** One filter on a field of the vendor's events: its multi-select parameter and its rule. */
export interface EventFilter {
	name: string;
	known: readonly KnownEvent[];
	property: INodeProperties;
	/** The node's subtitle: the selection, or "All events". */
	subtitle: string;
	/** Whether a value passes the selection read from the node. */
	matches(value: string | undefined, selected: string[]): boolean;
}

/** A multi-select of the vendor's known values, plus "all" and "any other", and the rule that goes with it. */
export function eventFilter(known: readonly KnownEvent[], options: EventFilterOptions = {}): EventFilter {
	const singular = options.singular ?? 'Event Type';
	const plural = options.plural ?? 'Events';
	const name = options.name ?? 'events';
	const later = options.vendor ? `, including ones ${options.vendor} adds later` : ', including types added by the vendor later';
	// n8n's node panel lists a trigger's "Events" choices as its actions ("On call started"): each
	// choice says what it starts on there, rather than n8n's "On any other event type".
	const ofVendor = options.vendor ? `${options.vendor} ` : '';
	const choices: INodePropertyOptions[] = [
		...(options.offerAll === false
			? []
			: [{ name: `All ${plural}`, value: ALL_EVENTS, description: `Every ${singular.toLowerCase()}${later}`, action: `On any ${ofVendor}event` }]),
		{ name: `Any Other ${singular}`, value: OTHER_EVENTS, description: `${plural} not listed here`, action: `On other ${ofVendor}event types (new or unlisted)` },
		...known.map(({ name: label, value, description, action }) => ({ name: label, value, description, action: action ?? `On ${sentenceCase(label)}` })),
	];
	// A plain identifier: n8n's lint (and its verification scanner) cannot read an expression as a default.
	const initial = options.default ?? (options.offerAll === false ? [] : [ALL_EVENTS]);
	return {
		name,
		known,
		property: {
			displayName: plural,
			name,
			type: 'multiOptions',
			required: options.offerAll !== false,
			default: [...initial],
			description: options.description ?? 'Which events start the workflow. Other events are acknowledged and ignored.',
			options: choices,
		},
		subtitle: filterSubtitle(name),
		matches: (value, selected) => matchesEventFilter(value, selected, known),
	};
}

/** "Call Started" -> "call started"; words in capitals (SMS, NPS) and with inner capitals stay as they are. */
export function sentenceCase(label: string): string {
	return label.replace(/\b[A-Z][a-z]+\b/g, (word) => word.toLowerCase());
}

/** The node's subtitle: the selected values of a filter, or "All events". */
export function filterSubtitle(name: string): string {
	const selected = `($parameter["${name}"] || [])`;
	return `={{ ${selected}.includes("*") ? "All events" : ${selected}.join(", ") }}`;
}
