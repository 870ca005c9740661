// How a declared trigger receives one delivery.
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { isPlainObject } from '../object';
import { describeValue, MAX_NESTING, nestedDeeperThan } from './body';
import type { Delivery, EventContext, EventSource, TriggerDeclaration } from './declaration';
import { secretChecksFor } from './deliveryCheck';
import { RECEIVED } from './description';
import { eventIdentity } from './eventId';
import { withDerivedFields } from './output';
import { authorize, getWebhookRequest, readBody } from './receive';
import { acknowledgeIgnored, rejectRequest } from './respond';
import { withSecretsHidden, type SecretCheck } from './secret';

function notAnObject(value: unknown): string | undefined {
	return isPlainObject(value) ? undefined : `is ${describeValue(value)}, not a JSON object`;
}

/** What every element is checked for first: nothing a client sends may make our code walk it unbounded. */
function tooDeep(value: unknown): string | undefined {
	return nestedDeeperThan(value) ? `is nested more than ${MAX_NESTING} levels deep` : undefined;
}

/** A hook that throws on an input nobody foresaw: the element is reported, the others go on. */
function failed(error: unknown): string {
	return `could not be processed (${(error as Error)?.message ?? String(error)})`;
}

/** Where a problem stood, for the messages: "element 2 …" in an array, "the body …" otherwise. */
function where(body: unknown, index: number): string {
	return Array.isArray(body) ? `element ${index}` : 'the body';
}

/** A delivered element: an event, or one that failed the checks and comes out flagged. */
type Element = { event: IDataObject; batchIndex: number } | { flagged: IDataObject };

interface CheckedElements {
	elements: Element[];
	/** Elements left out, with why; the vendor is told in the answer. */
	rejected: Array<{ index: number; problem: string }>;
}

/** Sorts the elements into events and bad ones; bad ones are flagged in place or rejected. */
function checkElements<S>(source: EventSource<S>, body: unknown, values: unknown[], settings: S): CheckedElements {
	const flag = source.flagMalformed?.(settings) ?? false;
	const checked: CheckedElements = { elements: [], rejected: [] };
	const copies = new Map<string, number>();
	values.forEach((value, batchIndex) => {
		// Beyond the limit no walk of ours or n8n's is safe (a few thousand levels overflow JSON.stringify):
		// left out, never flagged with the element.
		const deep = tooDeep(value);
		if (deep) {
			checked.rejected.push({ index: batchIndex, problem: deep });
			return;
		}
		let problem: string | undefined;
		try {
			problem = (source.problem ?? notAnObject)(value);
		} catch (error) {
			problem = failed(error);
		}
		if (!problem) {
			checked.elements.push({ event: value as IDataObject, batchIndex });
		} else if (flag) {
			checked.elements.push({
				flagged: {
					malformed: true,
					problem: `${where(body, batchIndex)} ${problem}`,
					eventId: numbered(eventIdentity('malformed', undefined, value), copies),
					batchIndex,
					batchSize: values.length,
					element: value as IDataObject,
				},
			});
		} else {
			checked.rejected.push({ index: batchIndex, problem });
		}
	});
	return checked;
}

/** Identical content twice in one delivery is two events: the second and later copies are numbered. */
function numbered(identity: { eventId: string; byContent: boolean }, copies: Map<string, number>): string {
	if (!identity.byContent) return identity.eventId;
	const copy = (copies.get(identity.eventId) ?? 0) + 1;
	copies.set(identity.eventId, copy);
	return copy > 1 ? `${identity.eventId}:${copy}` : identity.eventId;
}

/**
 * `eventId` is the one derived field that takes the place of a vendor field of the same name: it is
 * what deduplication keys on, so a sender must not choose it. The vendor's value stays, as `vendorEventId`.
 */
function withEventId(item: IDataObject, eventId: string): IDataObject {
	const vendorValue = item.eventId;
	item.eventId = eventId;
	if (vendorValue !== undefined && vendorValue !== eventId && !('vendorEventId' in item)) item.vendorEventId = vendorValue;
	return item;
}

/** The items one event becomes, or undefined when the filters leave it out. */
function eventItems<S>(
	source: EventSource<S>,
	event: IDataObject,
	context: EventContext<S>,
	copies: Map<string, number>,
): IDataObject[] | undefined {
	if (!(source.accepts ? source.accepts(event, context) : context.matchesEvents(context.eventType))) return undefined;
	const identity = eventIdentity(context.eventType, source.eventKey?.(event, context), event, source.ownEventId?.(event));
	const eventId = numbered(identity, copies);
	const withId = { ...context, eventId };
	if (source.items) return source.items(event, withId);
	return [withEventId(withDerivedFields(event, source.derive?.(event, withId) ?? {}), eventId)];
}

/** The items of the accepted events, in delivery order, and the types of those the filters left out. */
function itemsOf<S>(
	context: IWebhookFunctions,
	declaration: TriggerDeclaration<S>,
	delivery: Delivery<S>,
	elements: Element[],
	batchSize: number,
): { items: IDataObject[]; accepted: number; filtered: string[]; failed: Array<{ index: number; problem: string }> } {
	const { source, events: filter } = declaration;
	const selected = filter ? (context.getNodeParameter(filter.name, []) as string[]) : [];
	const matchesEvents = (type: string | undefined) => filter?.matches(type, selected) ?? true;
	const result = {
		items: [] as IDataObject[],
		accepted: 0,
		filtered: [] as string[],
		failed: [] as Array<{ index: number; problem: string }>,
	};
	const copies = new Map<string, number>();
	for (const element of elements) {
		if ('flagged' in element) {
			result.items.push(element.flagged);
			continue;
		}
		const { event, batchIndex } = element;
		const { settings, request } = delivery;
		try {
			const eventType = source.eventType?.(event, settings, request);
			const made = eventItems(source, event, { settings, request, eventType, batchIndex, batchSize, matchesEvents }, copies);
			if (made === undefined) {
				result.filtered.push(eventType ?? '(no type)');
			} else {
				result.accepted++;
				result.items.push(...made);
			}
		} catch (error) {
			result.failed.push({ index: batchIndex, problem: failed(error) });
		}
	}
	return result;
}

/**
 * Receives one delivery: secret first (401/403), then the body (400), then the vendor's events,
 * each checked, filtered and turned into items. A request refused here starts nothing. A node
 * whose settings cannot be read answers 500 (its set-up is wrong, not the request); a hook that
 * throws on the request answers 400: no input makes webhook() throw.
 */
export async function receiveDelivery<S>(
	context: IWebhookFunctions,
	declaration: TriggerDeclaration<S>,
): Promise<IWebhookResponseData> {
	const request = getWebhookRequest(context);
	let secrets: SecretCheck[];
	let settings: S;
	try {
		secrets = await secretChecksFor(context, declaration.checks, declaration.credential);
	} catch (error) {
		return rejectRequest(context, 500, `The ${declaration.vendor} trigger cannot check the secret: ${(error as Error).message}`);
	}
	const denied = authorize(context, request, secrets);
	if (denied) return denied;
	try {
		settings = declaration.settings ? declaration.settings(context, request) : ({} as S);
	} catch (error) {
		return rejectRequest(context, 500, `The ${declaration.vendor} trigger cannot read its settings: ${(error as Error).message}`);
	}
	try {
		const delivery: Delivery<S> = {
			body: undefined,
			request,
			settings,
			secrets,
			// Copied only for the hooks that put headers into an item, not on every delivery.
			get headers() {
				return withSecretsHidden(request.headers, secrets);
			},
		};
		return await receiveEvents(context, declaration, delivery);
	} catch (error) {
		return rejectRequest(context, 400, `The request ${failed(error)}`);
	}
}

/** Body, events and items of a delivery whose secret has passed. */
async function receiveEvents<S>(
	context: IWebhookFunctions,
	declaration: TriggerDeclaration<S>,
	delivery: Delivery<S>,
): Promise<IWebhookResponseData> {
	const { source } = declaration;
	const { request, settings } = delivery;
	const bodySpec = typeof declaration.body === 'function' ? declaration.body(settings) : declaration.body;
	const body = await readBody(request, bodySpec);
	if (!body.ok) return rejectRequest(context, body.status ?? 400, body.message);
	delivery.body = body.body;

	// The events hook walks the body itself: it gets none deeper than the elements may be.
	if (source.events && nestedDeeperThan(body.body, MAX_NESTING + 1)) {
		return rejectRequest(context, 400, `The request body is nested more than ${MAX_NESTING} levels deep`);
	}
	const values = source.events ? source.events(delivery) : Array.isArray(body.body) ? body.body : [body.body];
	if (!Array.isArray(values)) return rejectRequest(context, 400, values.problem);
	if (values.length === 0) return acknowledgeIgnored('The batch is empty');

	const { elements, rejected } = checkElements(source, body.body, values, settings);
	const refuse = () => {
		const problems = rejected.map(({ index, problem }) => `${where(body.body, index)} ${problem}`);
		return rejectRequest(context, 400, `Not a ${declaration.vendor} event: ${problems.join('; ')}`);
	};
	if (elements.length === 0) return refuse();
	const answerWith = (answer: IDataObject): IDataObject => ({ ...RECEIVED, ...answer, ...(rejected.length > 0 ? { rejected } : {}) });

	const events = elements.flatMap((element) => ('event' in element ? [element.event] : []));
	const ignored = events.length > 0 ? source.ignore?.(events, settings) : undefined;
	if (ignored) return { webhookResponse: answerWith({ ignored }) };

	const { items, accepted, filtered, failed: unprocessed } = itemsOf(context, declaration, delivery, elements, values.length);
	rejected.push(...unprocessed);
	rejected.sort((a, b) => a.index - b.index);
	if (items.length === 0) {
		if (accepted === 0 && filtered.length === 0) return refuse();
		const reason =
			accepted === 0
				? `${filtered.length} event(s) not selected in this trigger's filters: ${[...new Set(filtered)].join(', ')}`
				: (source.emptyReason?.(settings) ?? 'the delivery produced no items');
		return { webhookResponse: answerWith({ ignored: reason }) };
	}
	const workflowData = [items.map((json) => ({ json }))];
	const { webhook } = declaration;
	const answer = 'descriptions' in webhook ? webhook.answer(settings) : webhook.answer;
	if (answer === 'responseNode') return { workflowData };
	return { workflowData, webhookResponse: answerWith(source.answer?.(items) ?? {}) };
}
