import { NodeConnectionTypes, type IDataObject, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { triggerNode, triggerParts, type TriggerDeclaration } from '../shared/webhook';
import { curiousThingWebhookSecret } from '../../credentials/CuriousThingWebhookApi.credentials';
import { deriveFields } from './derived';
import {
	AMBIGUOUS_SMS,
	callData,
	callStatuses,
	curiousThingEvents,
	eventKey,
	KNOWN_EVENTS,
	matchesStatus,
	resolveEventType,
	smsNumbersOf,
	type SmsNumbers,
} from './events';

/** What the node is set to, read once per delivery. */
interface Settings {
	/** The node's "Events Without a Type" setting; empty means infer from the fields. */
	untypedEventType: string;
	/** The `eventType` query parameter of the request URL, if any. */
	urlEventType?: string;
	/** CallComplete only: statuses and status groups; empty lets every one through. */
	statuses: string[];
	statusGroups: string[];
	dropMalformed: boolean;
	defaultCountryCode: string;
	/** "Your SMS Numbers": what tells an untyped SMS's direction. */
	smsNumbers: SmsNumbers;
}

function settingsOf(options: IDataObject, untypedEventType: string, query: IDataObject): Settings {
	const urlEventType = Array.isArray(query.eventType) ? query.eventType[0] : query.eventType;
	const defaultCountryCode = typeof options.defaultCountryCode === 'string' ? options.defaultCountryCode : '61';
	return {
		untypedEventType,
		urlEventType: typeof urlEventType === 'string' && urlEventType !== '' ? urlEventType : undefined,
		statuses: (options.statuses as string[] | undefined) ?? [],
		statusGroups: (options.statusGroups as string[] | undefined) ?? [],
		dropMalformed: options.dropMalformed === true,
		defaultCountryCode,
		smsNumbers: smsNumbersOf(options.smsNumbers, defaultCountryCode),
	};
}

const typeOf = (event: IDataObject, settings: Settings) =>
	resolveEventType(event, settings.urlEventType, settings.untypedEventType, settings.smsNumbers);

export const curiousThingTrigger: TriggerDeclaration<Settings> = {
	vendor: 'Curious Thing',
	setup:
		'Setup in Curious Thing: open your organisation\'s webhook settings and paste the Production URL shown above as the webhook URI (use the Test URL only while you click "Listen for test event" here, then switch back). Every event of a batch becomes its own item; the batch size is set in Curious Thing.',
	pasteUrlIn: 'Curious Thing\'s webhook settings, as the webhook URI',
	credential: curiousThingWebhookSecret,
	checks: {
		offered: ['none', 'headerSecret', 'urlSecret'],
		default: 'none',
		hints: {
			none: 'Accept every delivery to the URL (Curious Thing documents no webhook authentication)',
			headerSecret: 'Require a header with the secret, if your Curious Thing webhook settings let you add headers',
			urlSecret: 'Require the secret as the last part of the URL: works with any sender',
		},
		notices: {
			none: 'Curious Thing documents no signature or secret for its webhooks, so anyone who learns this URL can post events to it. If you can, choose Secret Header (when Curious Thing lets you add a custom header) or Secret in URL (works everywhere).',
		},
	},
	webhook: { path: 'curious-thing', answer: 'acknowledge' },
	events: curiousThingEvents,
	properties: [
		{
			displayName: 'Events Without a Type',
			name: 'untypedEventType',
			type: 'options',
			options: [
				{
					name: 'Work It Out From the Fields',
					value: '',
					description:
						'Call Attempted has phone and status, Call Received has phone and type. An SMS is Sent when it comes from one of Your SMS Numbers (Options) and Received when it goes to one; otherwise its direction is unknown: type "SMS", no customer number.',
				},
				...KNOWN_EVENTS.filter((event) => event.value !== 'CallComplete' && event.value !== AMBIGUOUS_SMS).map((event) => ({
					name: `All Are ${event.name}`,
					value: event.value,
					description: `Use when this URL only receives ${event.name} events`,
				})),
			],
			default: '',
			description:
				'Only Call Complete events carry their own "eventType". For the others the type comes from an "eventType" query parameter on the URL (e.g. ?eventType=SMSSent), else from this setting.',
		},
		{
			displayName:
				'Curious Thing’s SMS events carry no type and look the same whether sent or received (time, from, to, message, campaign), and never the campaign’s own number. From the fields alone the trigger cannot tell whether an SMS was sent or received, nor which number is the customer’s: set Your SMS Numbers under Options, or add ?eventType=SMSSent / SMSReceived to the URL. Until then such an SMS comes out as type "SMS" (Events: SMS, Direction Unknown) with no customer number.',
			name: 'smsDirectionNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { untypedEventType: [''] } },
		},
		{
			// "options" is taken by rawBodyProperty (n8n reads options.binaryData to keep the raw body).
			displayName: 'Options',
			name: 'additionalOptions',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				callStatuses.property,
				{
					displayName: 'Call Status Groups',
					name: 'statusGroups',
					type: 'multiOptions',
					options: [
						{
							name: 'Complete',
							value: 'Complete',
							description: 'Complete and Partial: at least the first question was answered',
						},
						{
							name: 'Failed',
							value: 'Failed',
							description: 'Every other status, e.g. Not Complete (voicemail, no answer)',
						},
					],
					default: [],
					description:
						'Only Call Complete events in these status groups start the workflow; none selected lets all through. Other event types are not affected.',
				},
				{
					displayName: 'Default Country Calling Code',
					name: 'defaultCountryCode',
					type: 'string',
					default: '61',
					placeholder: '61',
					description:
						'Used to write national numbers with a leading 0 (e.g. 0491 573 087) in E.164 in the "phone" field. Numbers Curious Thing sends with their country code (61491573087) do not need it.',
				},
				{
					displayName: 'Your SMS Numbers',
					name: 'smsNumbers',
					type: 'string',
					default: '',
					placeholder: 'e.g. +61 491 570 006, +61 491 570 007',
					description:
						'The numbers your campaigns send SMS from, separated by commas. An SMS without a type from one of them is SMS Sent (the customer is "to"), one to one of them is SMS Received (the customer is "from"). Entries that are not phone numbers are ignored.',
				},
				{
					displayName: 'Drop Malformed Elements',
					name: 'dropMalformed',
					type: 'boolean',
					default: false,
					description:
						'Whether to leave out batch elements that are not event objects (the answer to Curious Thing lists them). By default they come out as items with "malformed": true and a "problem" text, so you can route them.',
				},
			],
		},
	],
	body: { shape: 'objectOrArray' },
	settings: (context, request) =>
		settingsOf(
			context.getNodeParameter('additionalOptions', {}) as IDataObject,
			context.getNodeParameter('untypedEventType', '') as string,
			request.query,
		),
	source: {
		flagMalformed: (settings) => !settings.dropMalformed,
		eventType: (event, settings) => typeOf(event, settings).eventType,
		accepts: (event, { eventType, matchesEvents, settings }) =>
			matchesEvents(eventType) &&
			(eventType !== 'CallComplete' || matchesStatus(callData(event)?.status, settings)),
		eventKey,
		derive: (event, { settings, batchIndex, batchSize }) =>
			deriveFields(event, typeOf(event, settings), { batchIndex, batchSize }, settings),
		answer: (items) => ({ events: items.length }),
	},
};

export class CuriousThingTrigger extends triggerNode(curiousThingTrigger) implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Curious Thing Trigger',
		name: 'curiousThingTrigger',
		icon: { light: 'file:curiousThing.svg', dark: 'file:curiousThing.dark.svg' },
		group: ['trigger'],
		subtitle: curiousThingEvents.subtitle,
		description:
			'Starts the workflow when Curious Thing sends AI voice campaign events (calls, SMS), one item per event of a batch',
		defaults: { name: 'Curious Thing Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Spelled out where n8n's verification scanner reads it; the contract test checks it.
		credentials: [
			{
				name: 'curiousThingWebhookApi',
				required: true,
				testedBy: 'curiousThingWebhookApiTest',
				displayOptions: { show: { authentication: ['headerSecret', 'urlSecret'] } },
			},
		],
		...triggerParts(curiousThingTrigger),
	};
}
