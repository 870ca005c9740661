// How a declared trigger receives one delivery.
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { isPlainObject } from '../object';
import { describeValue } from './body';
import type { Delivery, EventContext, EventSource, TriggerDeclaration } from './declaration';
import { secretChecksFor } from './deliveryCheck';
import { RECEIVED } from './description';
import { eventIdOf } from './eventId';
import { withDerivedFields } from './output';
import { authorize, getWebhookRequest, readBody } from './receive';
import { acknowledgeIgnored, rejectRequest } from './respond';
import type { SecretCheck } from './secret';

function notAnObject(value: unknown): string | undefined {
	return isPlainObject(value) ? undefined : `is ${describeValue(value)}, not a JSON object`;
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
	values.forEach((value, batchIndex) => {
		const problem = (source.problem ?? notAnObject)(value);
		if (!problem) {
			checked.elements.push({ event: value as IDataObject, batchIndex });
		} else if (flag) {
			checked.elements.push({
				flagged: {
					malformed: true,
					problem: `${where(body, batchIndex)} ${problem}`,
					eventId: eventIdOf('malformed', undefined, value),
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

/** The items of the accepted events, in delivery order, and the types of those the filters left out. */
function itemsOf<S>(
	context: IWebhookFunctions,
	declaration: TriggerDeclaration<S>,
	delivery: Delivery<S>,
	elements: Element[],
	batchSize: number,
): { items: IDataObject[]; accepted: number; filtered: string[] } {
	const { source, events: filter } = declaration;
	const selected = filter ? (context.getNodeParameter(filter.name, []) as string[]) : [];
	const matchesEvents = (type: string | undefined) => filter?.matches(type, selected) ?? true;
	const result = { items: [] as IDataObject[], accepted: 0, filtered: [] as string[] };
	for (const element of elements) {
		if ('flagged' in element) {
			result.items.push(element.flagged);
			continue;
		}
		const { event, batchIndex } = element;
		const eventType = source.eventType?.(event, delivery.settings, delivery.request);
		const eventContext: EventContext<S> = {
			settings: delivery.settings,
			request: delivery.request,
			eventType,
			batchIndex,
			batchSize,
			matchesEvents,
		};
		if (!(source.accepts ? source.accepts(event, eventContext) : matchesEvents(eventType))) {
			result.filtered.push(eventType ?? '(no type)');
			continue;
		}
		result.accepted++;
		const eventId = eventIdOf(eventType, source.eventKey?.(event, eventContext), event);
		const withId = { ...eventContext, eventId };
		if (source.items) result.items.push(...source.items(event, withId));
		else result.items.push(withDerivedFields(event, { eventId, ...source.derive?.(event, withId) }));
	}
	return result;
}

/**
 * Receives one delivery: secret first (401/403), then the body (400), then the vendor's events,
 * each checked, filtered and turned into items. A request refused here starts nothing.
 */
export async function receiveDelivery<S>(
	context: IWebhookFunctions,
	declaration: TriggerDeclaration<S>,
): Promise<IWebhookResponseData> {
	const { source } = declaration;
	const request = getWebhookRequest(context);
	let secrets: SecretCheck[];
	try {
		secrets = await secretChecksFor(context, declaration.checks, declaration.credential);
	} catch (error) {
		return rejectRequest(context, 500, `The ${declaration.vendor} trigger cannot check the secret: ${(error as Error).message}`);
	}
	const denied = authorize(context, request, secrets);
	if (denied) return denied;

	const settings = declaration.settings ? declaration.settings(context, request) : ({} as S);
	const bodySpec = typeof declaration.body === 'function' ? declaration.body(settings) : declaration.body;
	const body = await readBody(request, bodySpec);
	if (!body.ok) return rejectRequest(context, 400, body.message);

	const delivery: Delivery<S> = { body: body.body, request, settings, secrets };
	const values = source.events ? source.events(delivery) : Array.isArray(body.body) ? body.body : [body.body];
	if (!Array.isArray(values)) return rejectRequest(context, 400, values.problem);
	if (values.length === 0) return acknowledgeIgnored('The batch is empty');

	const { elements, rejected } = checkElements(source, body.body, values, settings);
	if (elements.length === 0) {
		const problems = rejected.map(({ index, problem }) => `${where(body.body, index)} ${problem}`);
		return rejectRequest(context, 400, `Not a ${declaration.vendor} event: ${problems.join('; ')}`);
	}
	const answerWith = (answer: IDataObject): IDataObject => ({ ...RECEIVED, ...answer, ...(rejected.length > 0 ? { rejected } : {}) });

	const events = elements.flatMap((element) => ('event' in element ? [element.event] : []));
	const ignored = source.ignore?.(events, settings);
	if (ignored) return { webhookResponse: answerWith({ ignored }) };

	const { items, accepted, filtered } = itemsOf(context, declaration, delivery, elements, values.length);
	if (items.length === 0) {
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
