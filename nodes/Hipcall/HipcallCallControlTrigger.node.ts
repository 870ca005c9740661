import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { triggerNode, triggerParts, type TriggerDeclaration } from '../shared/webhook';
import { hipcallRoutingSecret } from '../../credentials/HipcallRoutingApi.credentials';
import { CALL_CONTROL_PAIR, CALL_STEP_EVENT, callStepFields, callStepKey, callStepProblem } from './callControl';

export const hipcallCallControlTrigger: TriggerDeclaration = {
	vendor: 'Hipcall',
	setup:
		'In Hipcall, open <b>Settings &gt; Developer &gt; External Managements</b>, add one with this node\'s <b>Production URL</b> as its Target URL (with Basic Auth, the credential\'s username and password too), and attach it to a step of your call flow. Hipcall calls this URL at every step of a call: end each path of the workflow with a <b>Hipcall Call Control Response</b> node. External management is in beta at Hipcall.',
	pasteUrlIn: "Hipcall under Settings > Developer > External Managements (the Target URL), attached to a step of your call flow",
	answeredBy: CALL_CONTROL_PAIR,
	credential: hipcallRoutingSecret,
	checks: {
		offered: ['none', 'basicAuth'],
		default: 'basicAuth',
		hints: {
			none: 'Accept every request to the URL (leave the username and password of the external management empty in Hipcall)',
			basicAuth: 'Hipcall sends the username and password of the external management as HTTP Basic Auth',
		},
		notices: {
			none: 'Without Basic Auth anyone who learns this URL can play through your call menu and start this workflow. Hipcall can send a username and password: choose Basic Auth.',
		},
	},
	webhook: { path: 'hipcall-call-control', answer: 'responseNode' },
	properties: [
		{
			displayName:
				'Each step of a call starts this workflow once. The first step has no digits yet (<code>firstStep</code> is true); after a <b>Gather Digits</b> action Hipcall calls again with the digits under the gather\'s variable name (<code>gathered.menu</code>). Branch on them with a Switch node and answer each branch with a Hipcall Call Control Response. Hipcall waits 15 seconds, then sends the call to its default target.',
			name: 'flowNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName:
				'Each item holds Hipcall\'s fields untouched (<code>caller</code>, <code>callee</code>, <code>uuid</code>, <code>data</code>, <code>call_flow</code>, …), plus: <code>callerNumber</code> (n8n expressions cannot read a field named <code>caller</code>), <code>callerE164</code>, <code>callerDigits</code>, <code>hipcallNumber</code> (your number that was called), <code>callId</code>, <code>timestampIso</code>, <code>gathered</code> (the digits so far, by variable name), <code>firstStep</code>, <code>stepNumber</code> and <code>lastAction</code> (from the call flow) and <code>eventId</code>.',
			name: 'outputNotice',
			type: 'notice',
			default: '',
		},
	],
	body: { shape: 'object' },
	source: {
		problem: callStepProblem,
		eventType: () => CALL_STEP_EVENT,
		eventKey: callStepKey,
		derive: callStepFields,
	},
};

export class HipcallCallControlTrigger extends triggerNode(hipcallCallControlTrigger) implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hipcall Call Control Trigger',
		name: 'hipcallCallControlTrigger',
		icon: { light: 'file:hipcall.svg', dark: 'file:hipcall.dark.svg' },
		group: ['trigger'],
		subtitle: 'External management (IVR)',
		description: 'Decides, step by step, what a Hipcall call does: play, say, gather digits, connect, dial, hang up (External Management)',
		defaults: { name: 'Hipcall Call Control Trigger' },
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
		...triggerParts(hipcallCallControlTrigger),
	};
}
