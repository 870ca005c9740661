import type { INodeProperties } from 'n8n-workflow';

import {
	acknowledgeProperty,
	eventFilterProperty,
	OTHER_EVENTS,
	rawBodyProperty,
	SECRET_SEGMENT_PARAM,
	secretSegmentPath,
} from '../shared/webhook';
import { KNOWN_EVENTS } from './events';

export const CREDENTIAL_NAME = 'curiousThingWebhookApi';

/** The route param that carries the secret when "Secret URL Segment" is chosen. */
export const SECRET_PARAM = SECRET_SEGMENT_PARAM;

/** /webhook/<webhookId>/curious-thing, or /webhook/<webhookId>/<secret> with a secret segment. */
export const WEBHOOK = secretSegmentPath('curious-thing', ['urlSecret']);

export const properties: INodeProperties[] = [
	{
		displayName:
			'Setup in Curious Thing: open your organisation\'s webhook settings and paste the Production URL shown above as the webhook URI (use the Test URL only while you click "Listen for test event" here, then switch back). Every event of a batch becomes its own item; the batch size is set in Curious Thing.',
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{
				name: 'None',
				value: 'none',
				description: 'Accept every delivery to the URL (Curious Thing documents no webhook authentication)',
			},
			{
				name: 'Secret Header',
				value: 'headerSecret',
				description: 'Require a header with the secret, if your Curious Thing webhook settings let you add headers',
			},
			{
				name: 'Secret URL Segment',
				value: 'urlSecret',
				description: 'Require the secret as the last part of the URL: works with any sender',
			},
		],
		default: 'none',
	},
	{
		displayName:
			'Curious Thing documents no signature or secret for its webhooks, so anyone who learns this URL can post events to it. If you can, choose Secret Header (when Curious Thing lets you add a custom header) or Secret URL Segment (works everywhere).',
		name: 'noAuthNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { authentication: ['none'] } },
	},
	{
		displayName:
			'The URL above ends in ":secret". When you paste it into Curious Thing, replace ":secret" with the Secret of the credential. Requests with a wrong one get 403, requests without the segment 404 (no such URL); neither starts a workflow.',
		name: 'urlSecretNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { authentication: ['urlSecret'] } },
	},
	{
		displayName:
			'Add the header named in the credential (X-Webhook-Secret unless you changed it) with the credential\'s Secret to the webhook in Curious Thing. Requests without it get 401, with a wrong one 403, and start no workflow.',
		name: 'headerSecretNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { authentication: ['headerSecret'] } },
	},
	eventFilterProperty(KNOWN_EVENTS),
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
			{
				displayName: 'Call Statuses',
				name: 'statuses',
				type: 'multiOptions',
				options: [
					{ name: 'Any Other Status', value: OTHER_EVENTS, description: 'Statuses not listed here (Failed group)' },
					{ name: 'Complete', value: 'Complete' },
					{ name: 'Not Complete', value: 'Not Complete' },
					{ name: 'Partial', value: 'Partial' },
				],
				default: [],
				description:
					'Only Call Complete events with these statuses start the workflow; none selected lets all through. Other event types are not affected.',
			},
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
					'Whether to leave out batch elements that are not event objects. By default they come out as items with "malformed": true and a "problem" text, so you can route them.',
			},
		],
	},
	acknowledgeProperty,
	rawBodyProperty,
];
