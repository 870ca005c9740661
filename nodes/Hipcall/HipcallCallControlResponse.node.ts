import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { answerFirstItem } from '../shared/action';
import { responseBuilderHint } from '../shared/builderHint';
import { ACTION_NAMES, CALL_CONTROL_PAIR, callControlAnswer } from './callControl';
import { DEFAULT_ROUTE } from './routing';

const show = (...types: string[]) => ({ show: { type: types } });

export class HipcallCallControlResponse implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hipcall Call Control Response',
		name: 'hipcallCallControlResponse',
		icon: { light: 'file:hipcall.svg', dark: 'file:hipcall.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["respondWith"] === "defaultTarget" ? "Default Target" : "Call Actions" }}',
		description: 'Tells Hipcall what a call does next: play, say, gather digits, connect, dial, hang up; use after a Hipcall Call Control Trigger',
		defaults: { name: 'Hipcall Call Control Response' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// Answers the webhook that started the workflow: not something an AI agent can call.
		usableAsTool: undefined,
		builderHint: responseBuilderHint(CALL_CONTROL_PAIR),
		properties: [
			{
				displayName:
					'Answers the request that started the workflow at a Hipcall Call Control Trigger, once, from the first input item. Hipcall runs the actions in order. An answer with a mistake is never sent: Hipcall gets the default target at once and the node fails saying why.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Respond With',
				name: 'respondWith',
				type: 'options',
				options: [
					{ name: 'Call Actions', value: 'actions', description: 'What the call does next, in order' },
					{
						name: 'Use the Default Target',
						value: 'defaultTarget',
						description: "Answer 204 at once: Hipcall sends the call to the external management's default target without waiting 15 seconds",
					},
				],
				default: 'actions',
			},
			{
				displayName: 'Actions',
				name: 'actions',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true, sortable: true },
				placeholder: 'Add Action',
				description:
					'Run in order. Play Audio and Say Text may come first; Gather Digits, Connect, Dial or Hang Up ends the step and must be last. After Gather Digits Hipcall calls the trigger again with the digits.',
				displayOptions: { show: { respondWith: ['actions'] } },
				default: { action: [{ type: 'connect', extension: '' }] },
				options: [
					{
						displayName: 'Action',
						name: 'action',
						values: [
							{
								displayName: 'Action',
								name: 'type',
								type: 'options',
								options: [
									{ name: ACTION_NAMES.connect, value: 'connect', description: 'Ring an extension (a user, a team, an IVR, smart routing: anything with an internal number)' },
									{ name: ACTION_NAMES.dial, value: 'dial', description: 'Put the call through to an outside phone number' },
									{ name: ACTION_NAMES.gather, value: 'gather', description: 'Play a prompt and collect the keys the caller presses; Hipcall then calls the trigger again' },
									{ name: ACTION_NAMES.hangup, value: 'hangup', description: 'End the call' },
									{ name: ACTION_NAMES.play, value: 'play', description: 'Play an MP3 file from a URL' },
									{ name: ACTION_NAMES.say, value: 'say', description: 'Read a text aloud in a language' },
								],
								default: 'connect',
							},
							{
								displayName: 'Audio URL',
								name: 'url',
								type: 'string',
								default: '',
								placeholder: 'e.g. https://example.com/audio/welcome.mp3',
								description: 'An MP3 file Hipcall can download (http or https)',
								displayOptions: show('play'),
							},
							{
								displayName: 'Extension',
								name: 'extension',
								type: 'string',
								default: '',
								placeholder: 'e.g. 1000 or {{ $json.extension }}',
								description: 'The Hipcall extension to ring, digits only',
								displayOptions: show('connect'),
							},
							{
								displayName: 'Language',
								name: 'language',
								type: 'string',
								default: 'en-US',
								placeholder: 'e.g. tr-TR',
								description: 'The language the text is read in, as a language tag (en-US, tr-TR, de-DE)',
								displayOptions: show('say'),
							},
							{
								displayName: 'Maximum Digits',
								name: 'maxDigits',
								type: 'number',
								typeOptions: { minValue: 1, numberPrecision: 0 },
								default: 1,
								displayOptions: show('gather'),
							},
							{
								displayName: 'Minimum Digits',
								name: 'minDigits',
								type: 'number',
								typeOptions: { minValue: 1, numberPrecision: 0 },
								default: 1,
								displayOptions: show('gather'),
							},
							{
								displayName: 'Phone Number',
								name: 'number',
								type: 'string',
								default: '',
								placeholder: 'e.g. +905326202911',
								description: 'With its country code ("+" or "00" first, or digits that start with it); spaces and dashes are fine',
								displayOptions: show('dial'),
							},
							{
								displayName: 'Prompt Audio URL',
								name: 'ask',
								type: 'string',
								default: '',
								placeholder: 'e.g. https://example.com/audio/menu.mp3',
								description: 'The MP3 played while Hipcall waits for keys. If Hipcall cannot fetch it, it repeats the gather with no digits.',
								displayOptions: show('gather'),
							},
							{
								displayName: 'Text',
								name: 'text',
								type: 'string',
								default: '',
								placeholder: 'e.g. Welcome, {{ $json.name }}',
								displayOptions: show('say'),
							},
							{
								displayName: 'Variable Name',
								name: 'variableName',
								type: 'string',
								default: 'menu',
								placeholder: 'e.g. menu',
								description:
									'The name the digits come back under: the next step\'s trigger item has them in <code>gathered.&lt;name&gt;</code>. Letters, digits and _, starting with a letter or _.',
								displayOptions: show('gather'),
							},
						],
					},
				],
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await answerFirstItem(
			this,
			(itemIndex) => {
				if (this.getNodeParameter('respondWith', itemIndex) === 'defaultTarget') {
					return { answer: DEFAULT_ROUTE, json: { answer: 'default', statusCode: DEFAULT_ROUTE.statusCode } };
				}
				const built = callControlAnswer(this.getNodeParameter('actions.action', itemIndex, []));
				if ('problem' in built) return built;
				return { answer: { statusCode: 200, body: built.answer }, json: { answer: built.answer, statusCode: 200 } };
			},
			{
				answer: DEFAULT_ROUTE,
				json: { answer: 'default', statusCode: DEFAULT_ROUTE.statusCode },
				description:
					"It was not sent. Hipcall was answered at once with no actions (204) and sends the call to the external management's default target.",
			},
		);
	}
}
