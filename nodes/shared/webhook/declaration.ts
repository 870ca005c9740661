// What a vendor writes to get a trigger: its declaration, and the hooks of its own logic.
import type { IDataObject, INodeProperties, IWebhookDescription, IWebhookFunctions } from 'n8n-workflow';

import type { AnsweringPair, RelatedNode } from '../builderHint';
import type { DeliveryChecks } from './deliveryCheck';
import type { EventFilter } from './eventFilter';
import type { BodySpec, WebhookRequest } from './receive';
import type { IncomingHeaders, SecretCheck } from './secret';
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
	/** The secret checks that passed. */
	secrets: SecretCheck[];
	/** The request's headers with the ones that carried a secret hidden: what an item may hold. */
	headers: IncomingHeaders;
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
	/** The vendor's own delivery id, where it sends one; it is then the item's `eventId` as it is. */
	ownEventId?(event: IDataObject): unknown;
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
	/**
	 * Where in the vendor's app the Production URL is pasted, completing "paste the Production URL
	 * in …", e.g. "Hipcall under Integrations > Webhooks". For the trigger panel's guidance; without
	 * it the panel says "<vendor>'s webhook settings" (the package's own triggers all name the place).
	 */
	pasteUrlIn?: string;
	/** The response node that answers the vendor, for triggers that wait for one (`responseNode`). */
	answeredBy?: AnsweringPair;
	/** Other nodes of the package that work with this trigger, for n8n's AI builder. */
	related?: RelatedNode[];
	/**
	 * Paths in an item (dot notation, `[*]` for every element) that work like a credential, e.g. a
	 * pre-signed recording link, for n8n to hide whenever it shows an execution (declared by n8n 2.x;
	 * 2.41.1 does not apply it yet).
	 */
	sensitiveOutputFields?: string[];
	credential: WebhookSecret;
	checks: DeliveryChecks;
	/** Where the vendor sends, and how n8n answers. */
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
