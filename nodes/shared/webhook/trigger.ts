import {
	type IDataObject,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import {
	acknowledgeProperty,
	acknowledgedWebhook,
	answeredWebhook,
	rawBodyProperty,
	RECEIVED,
	receivedWebhook,
	secretSegmentPath,
} from './description';
import {
	deliveryCheckCredential,
	deliveryCheckProperties,
	secretChecksFor,
	URL_SECRET_CHECKS,
	type DeliveryChecks,
} from './deliveryCheck';
import { describeValue } from './body';
import { eventIdOf } from './eventId';
import type { EventFilter } from './eventFilter';
import { withDerivedFields } from './output';
import { authorize, getWebhookRequest, readBody, type BodySpec, type WebhookRequest } from './receive';
import { acknowledgeIgnored, rejectRequest } from './respond';
import type { SecretCheck } from './secret';
import { isPlainObject } from './batch';
import { manualWebhookMethods } from './webhookMethods';
import type { WebhookSecret } from './webhookSecret';

/**
 * How n8n answers the vendor: at once (`received`), at once or after the run as the user chooses
 * (`acknowledge`, which adds the "Acknowledge Delivery" option), or from a response node later in
 * the workflow (`responseNode`).
 */
export type AnswerMode = 'received' | 'acknowledge' | 'responseNode';

/** One delivery, once its secret and body have passed. */
export interface Delivery<S> {
	body: unknown;
	request: WebhookRequest;
	settings: S;
	/** The secret checks that passed, e.g. to hide the secret header from the item. */
	secrets: SecretCheck[];
}

/** What the vendor logic knows about one event of a delivery. */
export interface EventContext<S> {
	settings: S;
	request: WebhookRequest;
	eventType: string | undefined;
	/** Zero-based position in the delivered array (0 for a single object), and how many it held. */
	batchIndex: number;
	batchSize: number;
	/** Whether a type passes the node's event filter (true when the trigger has none). */
	matchesEvents(type: string | undefined): boolean;
}

/** The vendor's own logic: every hook is optional and has the default its comment names. */
export interface EventSource<S> {
	/** The events a delivery holds, or what is wrong with it (400). Default: the body's elements. */
	events?(delivery: Delivery<S>): unknown[] | { problem: string };
	/** What is wrong with one element, or undefined when it is an event. Default: not a JSON object. */
	problem?(value: unknown): string | undefined;
	/** Whether bad elements come out as items flagged `malformed` rather than being rejected. Default: no. */
	flagMalformed?(settings: S): boolean;
	/** Why a delivery starts nothing although it passed the checks (a connection test), if it does not. */
	ignore?(events: IDataObject[], settings: S): string | undefined;
	/** The event's type, for the event filter and the event id. Default: none. */
	eventType?(event: IDataObject, settings: S, request: WebhookRequest): string | undefined;
	/** Whether the event starts the workflow. Default: its type passes the event filter. */
	accepts?(event: IDataObject, context: EventContext<S>): boolean;
	/** The vendor's identifying fields of the event, for its `eventId`. Default: none (a content digest). */
	eventKey?(event: IDataObject, context: EventContext<S>): unknown[] | undefined;
	/** The fields added next to the vendor's own. */
	derive?(event: IDataObject, context: EventContext<S> & { eventId: string }): IDataObject;
	/** The items one event becomes. Default: one item, the event untouched plus `eventId` and the derived fields. */
	items?(event: IDataObject, context: EventContext<S> & { eventId: string }): IDataObject[];
	/** Why accepted events gave no items (e.g. "the delivery has no products"). */
	emptyReason?(settings: S): string;
	/** Fields added to the 200 answer of a delivery that started the workflow. */
	answer?(items: IDataObject[]): IDataObject;
}

/** One URL: its last segment, the methods the vendor uses (default POST) and how n8n answers. */
export interface WebhookRoute {
	path: string;
	methods?: string[];
	answer: AnswerMode;
}

/** Webhooks whose URL, method or answer depend on the node's settings (written as n8n expressions). */
export interface SettingDependentWebhooks<S> {
	descriptions: IWebhookDescription[];
	/** How n8n answers for these settings: it must agree with the descriptions' responseMode. */
	answer(settings: S): Exclude<AnswerMode, 'acknowledge'>;
}

/**
 * Everything that makes one vendor's trigger besides what its node file spells out for n8n and its
 * verification scanner (name, display name, icon, subtitle, credentials entry): the toolkit builds
 * the webhooks, the panel and the delivery handling from it.
 */
export interface TriggerDeclaration<S = IDataObject> {
	/** The vendor's name as builders know it, used in the node's texts. */
	vendor: string;
	/**
	 * The node's typeVersion(s), newest last; default 1. Only version 1 keeps n8n from parsing the
	 * body itself (see rawBodyProperty). Behaviour that differs by version reads `@version`.
	 */
	version?: number | number[];
	/** The notice at the top of the panel: what to set up on the vendor's side. */
	setup: string;
	credential: WebhookSecret;
	checks: DeliveryChecks;
	/** The last URL segment, and the methods the vendor uses (default POST). */
	webhook: WebhookRoute | SettingDependentWebhooks<S>;
	/** The event filter, shown right after the delivery check. */
	events?: EventFilter;
	/** The vendor's own parameters, after the event filter. */
	properties?: INodeProperties[];
	body: BodySpec | ((settings: S) => BodySpec);
	/** Reads the node's parameters (and the request's URL) once per delivery. */
	settings?(context: IWebhookFunctions, request: WebhookRequest): S;
	source: EventSource<S>;
}

function webhooksOf<S>(declaration: TriggerDeclaration<S>): IWebhookDescription[] {
	if ('descriptions' in declaration.webhook) return declaration.webhook.descriptions;
	const { path, methods = ['POST'], answer } = declaration.webhook;
	const urlChecks = declaration.checks.offered.filter((check) => URL_SECRET_CHECKS.includes(check));
	const route = urlChecks.length > 0 ? secretSegmentPath(path, urlChecks) : { path };
	return methods.map((method) => {
		const webhook =
			answer === 'responseNode'
				? answeredWebhook(route.path, method)
				: answer === 'acknowledge'
					? acknowledgedWebhook(route.path, method)
					: receivedWebhook(route.path, method);
		return { ...webhook, ...route };
	});
}

/** The parts of a trigger's description that the toolkit builds: version, webhooks and the panel. */
export type TriggerParts = Pick<INodeTypeDescription, 'version' | 'defaultVersion' | 'webhooks' | 'properties'>;

export function triggerParts<S>(declaration: TriggerDeclaration<S>): TriggerParts {
	const versions = ([] as number[]).concat(declaration.version ?? 1);
	// Workflows saved at version 1 keep the raw body; newer versions are parsed by n8n.
	const rawBody = versions.length === 1 ? rawBodyProperty : { ...rawBodyProperty, displayOptions: { show: { '@version': [1] } } };
	const setupNotice: INodeProperties = { displayName: declaration.setup, name: 'setupNotice', type: 'notice', default: '' };
	return {
		version: versions.length === 1 ? versions[0] : versions,
		...(versions.length > 1 ? { defaultVersion: Math.max(...versions) } : {}),
		webhooks: webhooksOf(declaration),
		properties: [
			setupNotice,
			...deliveryCheckProperties(declaration.vendor, declaration.checks, declaration.credential),
			...(declaration.events ? [declaration.events.property] : []),
			...(declaration.properties ?? []),
			...('answer' in declaration.webhook && declaration.webhook.answer === 'acknowledge' ? [acknowledgeProperty] : []),
			...(versions.includes(1) ? [rawBody] : []),
		],
	};
}

/** The credentials entry a trigger's node file must spell out (the contract test compares the two). */
export function triggerCredentials<S>(declaration: TriggerDeclaration<S>): INodeTypeDescription['credentials'] {
	return [deliveryCheckCredential(declaration.checks, declaration.credential)];
}

function notAnObject(value: unknown): string | undefined {
	return isPlainObject(value) ? undefined : `is ${describeValue(value)}, not a JSON object`;
}

/** Where a problem stood, for the messages: "element 2 …" in an array, "the body …" otherwise. */
function where(body: unknown, index: number): string {
	return Array.isArray(body) ? `element ${index}` : 'the body';
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

	const flag = source.flagMalformed?.(settings) ?? false;
	const rejected: Array<{ index: number; problem: string }> = [];
	const events: Array<{ event: IDataObject; batchIndex: number }> = [];
	const slots: Array<IDataObject | number> = [];
	values.forEach((value, batchIndex) => {
		const problem = (source.problem ?? notAnObject)(value);
		if (!problem) {
			slots.push(events.length);
			events.push({ event: value as IDataObject, batchIndex });
		} else if (flag) {
			slots.push({
				malformed: true,
				problem: `${where(body.body, batchIndex)} ${problem}`,
				eventId: eventIdOf('malformed', undefined, value),
				batchIndex,
				batchSize: values.length,
				element: value as IDataObject,
			});
		} else {
			rejected.push({ index: batchIndex, problem });
		}
	});
	if (slots.length === 0) {
		const problems = rejected.map(({ index, problem }) => `${where(body.body, index)} ${problem}`);
		return rejectRequest(context, 400, `Not a ${declaration.vendor} event: ${problems.join('; ')}`);
	}
	const withRejected = (answer: IDataObject): IDataObject => (rejected.length > 0 ? { ...answer, rejected } : answer);

	const ignored = source.ignore?.(events.map(({ event }) => event), settings);
	if (ignored) return { webhookResponse: withRejected({ ...RECEIVED, ignored }) };

	const selected = declaration.events ? (context.getNodeParameter(declaration.events.name, []) as string[]) : [];
	const matchesEvents = (type: string | undefined) => declaration.events?.matches(type, selected) ?? true;
	const filtered: string[] = [];
	let accepted = 0;
	const items: IDataObject[] = [];
	for (const slot of slots) {
		if (typeof slot !== 'number') {
			items.push(slot);
			continue;
		}
		const { event, batchIndex } = events[slot];
		const eventType = source.eventType?.(event, settings, request);
		const eventContext: EventContext<S> = { settings, request, eventType, batchIndex, batchSize: values.length, matchesEvents };
		if (!(source.accepts ? source.accepts(event, eventContext) : matchesEvents(eventType))) {
			filtered.push(eventType ?? '(no type)');
			continue;
		}
		accepted++;
		const eventId = eventIdOf(eventType, source.eventKey?.(event, eventContext), event);
		const withId = { ...eventContext, eventId };
		if (source.items) items.push(...source.items(event, withId));
		else items.push(withDerivedFields(event, { eventId, ...source.derive?.(event, withId) }));
	}

	if (items.length === 0) {
		const reason =
			accepted === 0
				? `${filtered.length} event(s) not selected in this trigger's filters: ${[...new Set(filtered)].join(', ')}`
				: (source.emptyReason?.(settings) ?? 'the delivery produced no items');
		return { webhookResponse: withRejected({ ...RECEIVED, ignored: reason }) };
	}
	const workflowData = [items.map((json) => ({ json }))];
	const { webhook } = declaration;
	const answer = 'descriptions' in webhook ? webhook.answer(settings) : webhook.answer;
	if (answer === 'responseNode') return { workflowData };
	return { workflowData, webhookResponse: withRejected({ ...RECEIVED, ...source.answer?.(items) }) };
}

/** A declared trigger as n8n sees it, once its node file has added the description. */
export interface DeclaredTrigger extends INodeType {
	methods: { credentialTest: Record<string, WebhookSecret['test']> };
	webhook(this: IWebhookFunctions): Promise<IWebhookResponseData>;
}

/**
 * The base class of a declared trigger: the credential test, the webhook methods and webhook().
 * The node file extends it and spells out its description, spreading `triggerParts(declaration)`.
 * Nothing is kept between deliveries: the class holds only the declaration.
 */
export function triggerNode<S>(
	declaration: TriggerDeclaration<S>,
): (abstract new () => DeclaredTrigger) & { declaration: TriggerDeclaration<S> } {
	abstract class DeclaredTriggerBase implements INodeType {
		/** What the node was built from, for the tests every trigger gets (test/triggers/). */
		static declaration = declaration;

		abstract description: INodeTypeDescription;

		methods = { credentialTest: { [declaration.credential.testName]: declaration.credential.test } };

		webhookMethods = manualWebhookMethods;

		async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
			return await receiveDelivery(this, declaration);
		}
	}
	return DeclaredTriggerBase;
}
