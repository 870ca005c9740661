import type { IDataObject } from 'n8n-workflow';

import {
	ALL_EVENTS,
	isPlainObject,
	matchesEventFilter,
	OTHER_EVENTS,
	splitBatch,
	withDerivedFields,
} from '../shared/webhook';
import { filterCandidates, KNOWN_EVENT_TYPES, resolveEventType } from './events';
import { callData, contentId, deriveFields, KNOWN_STATUSES, statusGroupOf } from './fields';

/** What the user chose in the node, in the shape the delivery processing needs. */
export interface DeliverySettings {
	events: string[];
	/** CallComplete only: 'Complete' and/or 'Failed'; empty lets every group through. */
	statusGroups: string[];
	/** CallComplete only: statuses, OTHER_EVENTS for unlisted ones; empty lets every status through. */
	statuses: string[];
	/** The node's "Events Without a Type" setting; empty means infer from the fields. */
	untypedEventType: string;
	/** The `eventType` query parameter of the request URL, if any. */
	urlEventType?: string;
	dropMalformed: boolean;
	defaultCountryCode: string;
}

/** The node's defaults: every event, no status filter, malformed elements kept, Australian numbers. */
export const DEFAULT_SETTINGS: DeliverySettings = {
	events: [ALL_EVENTS],
	statusGroups: [],
	statuses: [],
	untypedEventType: '',
	dropMalformed: false,
	defaultCountryCode: '61',
};

export interface DeliveryResult {
	items: IDataObject[];
	/** Events left out by the event or status filters. */
	filtered: number;
	/** Elements that are not event objects (kept as flagged items unless dropped). */
	malformed: number;
	dropped: number;
}

function matchesStatus(status: unknown, settings: DeliverySettings): boolean {
	if (settings.statusGroups.length > 0) {
		const group = statusGroupOf(status);
		if (!group || !settings.statusGroups.includes(group)) return false;
	}
	if (settings.statuses.length > 0) {
		const text = typeof status === 'string' ? status : undefined;
		if (text !== undefined && settings.statuses.includes(text)) return true;
		const isKnown = text !== undefined && KNOWN_STATUSES.includes(text);
		return !isKnown && settings.statuses.includes(OTHER_EVENTS);
	}
	return true;
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return `a ${typeof value}`;
}

/**
 * Turns one delivery (an array of events, or a single event) into one item per event, in order.
 * An element that is not an object becomes an item flagged `malformed` (or is dropped), and never
 * affects the others. Pure and synchronous: nothing is kept between deliveries.
 */
export function processDelivery(body: unknown, settings: DeliverySettings): DeliveryResult {
	const result: DeliveryResult = { items: [], filtered: 0, malformed: 0, dropped: 0 };
	for (const { value, batchIndex, batchSize } of splitBatch(body)) {
		if (!isPlainObject(value)) {
			result.malformed++;
			if (settings.dropMalformed) {
				result.dropped++;
				continue;
			}
			result.items.push({
				malformed: true,
				problem: `Element ${batchIndex} of the batch is ${describe(value)}, not an event object`,
				eventId: contentId(value),
				batchIndex,
				batchSize,
				element: value as IDataObject,
			});
			continue;
		}
		const type = resolveEventType(value, settings.urlEventType, settings.untypedEventType);
		const passesEvents = filterCandidates(type.eventType).some((candidate) =>
			matchesEventFilter(candidate, settings.events, KNOWN_EVENT_TYPES),
		);
		const passesStatus = type.eventType !== 'CallComplete' || matchesStatus(callData(value)?.status, settings);
		if (!passesEvents || !passesStatus) {
			result.filtered++;
			continue;
		}
		const derived = deriveFields(value, type, { batchIndex, batchSize }, settings);
		result.items.push(withDerivedFields(value, derived));
	}
	return result;
}
