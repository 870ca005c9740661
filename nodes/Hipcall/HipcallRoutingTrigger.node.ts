import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { triggerNode, triggerParts, type TriggerDeclaration } from '../shared/webhook';
import { hipcallRoutingSecret } from '../../credentials/HipcallRoutingApi.credentials';
import { ROUTING_EVENT, ROUTING_PAIR, routingFields, routingKey, routingProblem } from './routing';

export const hipcallRoutingTrigger: TriggerDeclaration = {
	vendor: 'Hipcall',
	setup:
		'In Hipcall, open Smart Routing (or Smart IVRs), add a step with route type <b>Webservice</b> and paste this node\'s <b>Production URL</b>; with Basic Auth, enter the credential\'s username and password there too. End the workflow with a <b>Hipcall Routing Response</b> node: Hipcall waits 3 seconds for it, then routes the call to the step\'s default destination.',
	pasteUrlIn: 'a Webservice step of Hipcall\'s Smart Routing or Smart IVR',
	answeredBy: ROUTING_PAIR,
	credential: hipcallRoutingSecret,
	checks: {
		offered: ['none', 'basicAuth'],
		default: 'basicAuth',
		hints: {
			none: 'Accept every request to the URL (leave the username and password empty in Hipcall)',
			basicAuth: 'Hipcall sends the username and password of the Webservice route as HTTP Basic Auth',
		},
		notices: {
			none: 'Without Basic Auth anyone who learns this URL can ask it where calls go and start this workflow. Hipcall can send a username and password: choose Basic Auth.',
		},
	},
	webhook: { path: 'hipcall-routing', answer: 'responseNode' },
	properties: [
		{
			displayName:
				'Keep the path to the Hipcall Routing Response node short: one fast lookup, no waits, no slow APIs. Hipcall gives up after 3 seconds and uses the default destination.',
			name: 'timeNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName:
				'Each item holds Hipcall\'s fields untouched (<code>caller</code>, and on the long form <code>number</code>, <code>timestamp</code>, <code>uuid</code>), plus: <code>callerNumber</code> (the caller as sent: n8n expressions cannot read a field named <code>caller</code>), <code>callerE164</code> (e.g. +905438851111, to look the caller up by), <code>callerDigits</code> (digits only), <code>hipcallNumber</code> (your number that was called), <code>callId</code> (the uuid), <code>timestampIso</code> and <code>eventId</code>.',
			name: 'outputNotice',
			type: 'notice',
			default: '',
		},
	],
	body: { shape: 'object' },
	source: {
		problem: routingProblem,
		eventType: () => ROUTING_EVENT,
		eventKey: routingKey,
		derive: routingFields,
	},
};

export class HipcallRoutingTrigger extends triggerNode(hipcallRoutingTrigger) implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hipcall Routing Trigger',
		name: 'hipcallRoutingTrigger',
		icon: { light: 'file:hipcall.svg', dark: 'file:hipcall.dark.svg' },
		group: ['trigger'],
		subtitle: 'Smart routing web service',
		description: 'Decides which extension an incoming Hipcall call rings (Smart Routing web service)',
		defaults: { name: 'Hipcall Routing Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Spelled out where n8n's verification scanner reads it; the contract test checks it.
		credentials: [
			{
				name: 'hipcallRoutingApi',
				required: true,
				testedBy: 'hipcallRoutingApiTest',
				displayOptions: { show: { authentication: ['basicAuth'] } },
			},
		],
		...triggerParts(hipcallRoutingTrigger),
	};
}
