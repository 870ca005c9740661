import type { IDataObject } from 'n8n-workflow';

import { isPlainObject } from '../shared/webhook';
import { callData, statusGroupOf, type ResolvedEventType } from './events';
import { toE164 } from '../shared/phone';

/** questionName -> { response, transcript } from `data.flow`, in call order (a repeated question keeps its last answer). */
export function answersFrom(flow: unknown): IDataObject | undefined {
	if (!Array.isArray(flow)) return undefined;
	const answers: IDataObject = {};
	for (const step of flow) {
		if (!isPlainObject(step) || typeof step.questionName !== 'string') continue;
		const answer: IDataObject = {};
		if (step.response !== undefined) answer.response = step.response;
		if (step.transcript !== undefined) answer.transcript = step.transcript;
		answers[step.questionName] = answer;
	}
	return answers;
}

const HUMAN_SUPPORT = /^human[\s_-]?support[\s_-]?request(ed)?$/i;

/** Whether `data.requests` holds the human-support flag (a string, or an object naming it). */
export function humanSupportRequestedIn(requests: unknown): boolean {
	if (!Array.isArray(requests)) return false;
	return requests.some((request) => {
		if (typeof request === 'string') return HUMAN_SUPPORT.test(request.trim());
		if (isPlainObject(request)) {
			return [request.type, request.name, request.request].some(
				(value) => typeof value === 'string' && HUMAN_SUPPORT.test(value.trim()),
			);
		}
		return false;
	});
}

/** The customer's number as the vendor sent it, for each event type. */
export function customerNumber(event: IDataObject, eventType: string | undefined): unknown {
	const data = callData(event);
	if (data && data.phone !== undefined) return data.phone;
	if (event.phone !== undefined) return event.phone;
	if (eventType === 'SMSSent') return event.to;
	if (eventType === 'SMSReceived') return event.from;
	return undefined;
}

export interface DeriveOptions {
	defaultCountryCode: string;
}

/** The convenience fields added to an event; the caller never lets them overwrite vendor fields. */
export function deriveFields(
	event: IDataObject,
	type: ResolvedEventType,
	position: { batchIndex: number; batchSize: number },
	options: DeriveOptions,
): IDataObject {
	const data = callData(event);
	const number = customerNumber(event, type.eventType);
	const phoneE164 = toE164(number, options.defaultCountryCode);
	const firstString = (...values: unknown[]) =>
		values.find((v): v is string => typeof v === 'string' && v !== '');
	return {
		eventType: type.eventType,
		eventTypeSource: type.source,
		phone: phoneE164,
		phoneE164,
		campaignId: firstString(event.campaignId, data?.campaignId),
		correlationId: firstString(event.correlationId, data?.correlationId),
		statusGroup: data ? statusGroupOf(data.status) : undefined,
		answers: data ? answersFrom(data.flow) : undefined,
		humanSupportRequested: humanSupportRequestedIn(data?.requests ?? event.requests),
		batchIndex: position.batchIndex,
		batchSize: position.batchSize,
	};
}
