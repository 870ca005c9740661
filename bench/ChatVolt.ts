// ChatVolt scenarios: each trigger with a seed payload, measured against the core Webhook baseline.
import * as fs from 'fs';
import * as path from 'path';

import { type Scenario, triggerToNoOp } from './scenario';

/** The fixtures folder: from the working directory (npm run bench) or above this file, also when compiled elsewhere. */
function fixtureDir(): string {
	const relative = path.join('test', 'fixtures', 'ChatVolt');
	for (let dir = __dirname; ; dir = path.dirname(dir)) {
		if (fs.existsSync(path.join(dir, relative))) return path.join(dir, relative);
		if (path.dirname(dir) === dir) return path.join(process.cwd(), relative);
	}
}

const fixture = (name: string) => fs.readFileSync(path.join(fixtureDir(), `${name}.json`), 'utf8');

const headerCredential = {
	webhookHeader: {
		type: 'chatVoltWebhookApi',
		data: { headerName: 'Authorization', secret: 'Bearer bench-chatvolt-secret' },
	},
};

const triggerWebhookId = 'bench-chatvolt-trigger';
const userInfoWebhookId = 'bench-chatvolt-user-info';

export const chatvoltScenarios: Scenario[] = [
	{
		name: 'ChatVolt Trigger -> NoOp (header check, AGENT_USER_MESSAGE)',
		baseline: 'core Webhook -> NoOp',
		workflow: triggerToNoOp('bench chatvolt trigger', {
			name: 'ChatVolt Trigger',
			type: 'n8n-nodes-contact-center.chatVoltTrigger',
			typeVersion: 1,
			webhookId: triggerWebhookId,
			parameters: { authentication: 'headerSecret', events: ['*'], additionalOptions: {} },
			credentials: { chatVoltWebhookApi: { id: '{{credential:webhookHeader}}', name: 'bench header' } },
		}),
		path: `${triggerWebhookId}/chatvolt`,
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: 'Bearer bench-chatvolt-secret' },
		body: fixture('AGENT_USER_MESSAGE'),
		credentials: headerCredential,
	},
	{
		name: 'ChatVolt User Info Trigger -> User Info Response',
		baseline: 'core Webhook -> Respond to Webhook',
		workflow: {
			name: 'bench chatvolt user info',
			nodes: [
				{
					id: 'trigger',
					name: 'ChatVolt User Info Trigger',
					type: 'n8n-nodes-contact-center.chatVoltUserInfoTrigger',
					typeVersion: 1,
					position: [0, 0],
					webhookId: userInfoWebhookId,
					parameters: { authentication: 'headerSecret' },
					credentials: { chatVoltWebhookApi: { id: '{{credential:webhookHeader}}', name: 'bench header' } },
				},
				{
					id: 'respond',
					name: 'ChatVolt User Info Response',
					type: 'n8n-nodes-contact-center.chatVoltUserInfoResponse',
					typeVersion: 1,
					position: [220, 0],
					parameters: {
						respondWith: 'userDetails',
						detailsSource: 'fields',
						fields: { field: [{ label: 'Email', value: '={{ $json.email }}' }, { label: 'Phone', value: '={{ $json.phone }}' }] },
						shape: 'flat',
						emptyIsNotFound: true,
						notFoundAnswer: 'emptyObject',
					},
				},
			],
			connections: {
				'ChatVolt User Info Trigger': { main: [[{ node: 'ChatVolt User Info Response', type: 'main', index: 0 }]] },
			},
			settings: { executionOrder: 'v1' },
		},
		path: `${userInfoWebhookId}/user-info`,
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization: 'Bearer bench-chatvolt-secret' },
		body: fixture('user-info-request'),
		credentials: headerCredential,
	},
];
