import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** Selecting this lets every event through, including types added by the vendor later. */
export const ALL_EVENTS = '*';
/** Selecting this lets through the event types that are not in the node's list. */
export const OTHER_EVENTS = '__other__';

export interface KnownEvent {
	/** The vendor's own name for the event, as it arrives. */
	value: string;
	name: string;
	description: string;
}

/** A multi-select of the vendor's known event types, plus "all" and "any other". */
export function eventFilterProperty(
	known: KnownEvent[],
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	const options: INodePropertyOptions[] = [
		{ name: 'All Events', value: ALL_EVENTS, description: 'Every event, including types added by the vendor later' },
		{ name: 'Any Other Event Type', value: OTHER_EVENTS, description: 'Event types not listed here' },
		...known.map(({ name, value, description }) => ({ name, value, description })),
	];
	return {
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: [ALL_EVENTS],
		description: 'Which events start the workflow. Other events are acknowledged and ignored.',
		options,
		...overrides,
	};
}

/** Whether an event of this type passes the user's selection. */
export function matchesEventFilter(
	eventType: string | undefined,
	selected: string[],
	known: readonly string[],
): boolean {
	if (selected.length === 0 || selected.includes(ALL_EVENTS)) return true;
	if (eventType !== undefined && selected.includes(eventType)) return true;
	const isKnown = eventType !== undefined && known.includes(eventType);
	return !isKnown && selected.includes(OTHER_EVENTS);
}
