import { NodeConnectionTypes, type IDataObject, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { triggerNode, triggerParts, type TriggerDeclaration } from '../shared/webhook';
import { curiousThingWebhookSecret } from '../../credentials/CuriousThingWebhookApi.credentials';
import { deriveFields } from './derived';
import {
	callData,
	callStatuses,
	curiousThingEvents,
	eventKey,
	filterCandidates,
	KNOWN_EVENTS,
	matchesStatus,
	resolveEventType,
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
}

function settingsOf(options: IDataObject, untypedEventType: string, query: IDataObject): Settings {
	const urlEventType = Array.isArray(query.eventType) ? query.eventType[0] : query.eventType;
	return {
		untypedEventType,
		urlEventType: typeof urlEventType === 'string' && urlEventType !== '' ? urlEventType : undefined,
		statuses: (options.statuses as string[] | undefined) ?? [],
		statusGroups: (options.statusGroups as string[] | undefined) ?? [],
		dropMalformed: options.dropMalformed === true,
		defaultCountryCode: typeof options.defaultCountryCode === 'string' ? options.defaultCountryCode : '61',
	};
}

const typeOf = (event: IDataObject, settings: Settings) =>
	resolveEventType(event, settings.urlEventType, settings.untypedEventType);

export const curiousThingTrigger: TriggerDeclaration<Settings> = {
	vendor: 'Curious Thing',
	setup:
		'Setup in Curious Thing: open your organisation\'s webhook settings and paste the Production URL shown above as the webhook URI (use the Test URL only while you click "Listen for test event" here, then switch back). Every event of a batch becomes its own item; the batch size is set in Curious Thing.',
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
						'Call Attempted has phone and status, Call Received has phone and type; an SMS cannot be told apart and gets type "SMS"',
				},
				...KNOWN_EVENTS.filter((event) => event.value !== 'CallComplete').map((event) => ({
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
			filterCandidates(eventType).some(matchesEvents) &&
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
