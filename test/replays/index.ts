// Every example workflow's replay: the credentials and Data Tables it needs, the vendor deliveries
// (the shared fixtures) sent to it, and the nodes whose output is compared between n8n set-ups.
import type { IDataObject } from 'n8n-workflow';

import type { N8nClient } from '../e2e/n8nClient';
import type { Replay } from './replay';

type Column = { name: string; type: 'string' | 'number' | 'boolean' | 'date' };

const strings = (...names: string[]): Column[] => names.map((name) => ({ name, type: 'string' }));

async function table(client: N8nClient, name: string, columns: Column[], rows: IDataObject[] = []): Promise<void> {
	const id = await client.createDataTable(name, columns);
	if (rows.length) await client.insertRows(id, rows);
}

const smtp = (services: IDataObject) => ({
	user: '',
	password: '',
	host: '127.0.0.1',
	port: services.smtpPort as number,
	secure: false,
	disableStartTls: true,
});

const json = { 'content-type': 'application/json' };

const BAMBUSER = { header: 'X-Bambuser-Webhook-Secret', secret: 'replay-bambuser-secret-0123456789' };
const CHATVOLT = { secret: 'Bearer replay-chatvolt-0123456789' };
const CURIOUS = { id: 'b7e2c4a1-5d3f-4e8a-9c6b-2f1a0d9e8c7b', secret: 'replay-curious-thing-secret_0123456789' };
const HIPCALL = { id: '3f6f1c2a-8d4e-4b7a-9c1d-2e5f7a9b0c3d', secret: 'replay-hipcall-url-secret_0123456789' };
const M8COM = { lookup: '6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b01', callLog: '6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b02', secret: 'replay-m8com-secret-0123456789' };

export const replays: Replay[] = [
	{
		name: 'Bambuser call summary email',
		example: 'examples/bambuser-call-summary-email.json',
		credentials: (services) => ({
			bambuserWebhookApi: { headerName: BAMBUSER.header, secret: BAMBUSER.secret },
			smtp: smtp(services),
		}),
		deliveries: [
			{
				path: '6a1f4c2e-8d3b-4f6a-9e27-5b0c1d2e3f40/bambuser',
				headers: { ...json, [BAMBUSER.header]: BAMBUSER.secret },
				fixture: 'Bambuser/call-summary.json',
			},
		],
		executions: 1,
		compare: ['Bambuser Trigger', 'Remove Duplicates', 'Call Summary Email'],
	},
	{
		name: 'ChatVolt CRM sync',
		example: 'examples/chatvolt-crm-sync.json',
		credentials: () => ({ chatVoltWebhookApi: { headerName: 'Authorization', secret: CHATVOLT.secret } }),
		prepare: async (client) => {
			await table(client, 'chatvolt_messages', strings('conversationId', 'eventType', 'messageId', 'userName', 'userMessage', 'agentResponse', 'sentAt'));
			await table(client, 'chatvolt_frustration', [
				...strings('conversationId', 'eventType', 'userPhoneNumber'),
				{ name: 'frustration', type: 'number' },
				{ name: 'sentAt', type: 'string' },
			]);
			return {};
		},
		deliveries: ['AGENT_USER_MESSAGE', 'STEP_ENTERED', 'AGENT_USER_MESSAGE'].map((event) => ({
			path: '6d0c3c56-2f7e-4b7c-9a1e-0c6b7f7a1c01/chatvolt',
			headers: { ...json, authorization: CHATVOLT.secret },
			fixture: `ChatVolt/${event}.json`,
		})),
		executions: 3,
		compare: ['ChatVolt Trigger', 'Remove Duplicates', 'Store Message', 'Store Frustration Score'],
	},
	{
		name: 'ChatVolt user info (answering pair)',
		example: 'examples/chatvolt-user-info.json',
		credentials: () => ({ chatVoltWebhookApi: { headerName: 'X-ChatVolt-Key', secret: CHATVOLT.secret } }),
		prepare: async (client) => {
			await table(client, 'customers', strings('phone', 'name', 'plan', 'customerSince'), [
				{ phone: '5511988887777', name: 'Maria Silva', plan: 'Pro', customerSince: '2023-04-01' },
			]);
			return {};
		},
		deliveries: [
			{
				path: 'b8f5a7e2-4c1d-4e9b-8f3a-2d6e9c0b7a02/user-info',
				headers: { ...json, 'x-chatvolt-key': CHATVOLT.secret },
				fixture: 'ChatVolt/user-info-request.json',
			},
			{
				path: 'b8f5a7e2-4c1d-4e9b-8f3a-2d6e9c0b7a02/user-info',
				method: 'GET',
				headers: { 'x-chatvolt-key': CHATVOLT.secret },
				query: { phone: '4740000000' },
			},
		],
		executions: 2,
		compare: ['ChatVolt User Info Trigger', 'Find Customer', 'ChatVolt User Info Response'],
		answers: { 0: { status: 200, json: { Name: 'Maria Silva', Plan: 'Pro' } } },
	},
	{
		name: 'Curious Thing human hand-off',
		example: 'examples/curious-thing-human-handoff.json',
		credentials: (services) => ({
			curiousThingWebhookApi: { secret: CURIOUS.secret, headerName: 'X-Webhook-Secret' },
			smtp: smtp(services),
		}),
		prepare: async (client) => {
			await table(client, 'Curious Thing calls', strings('eventId', 'eventType', 'name', 'phone', 'status', 'statusGroup', 'campaignId'));
			return {};
		},
		deliveries: [{ path: `${CURIOUS.id}/${CURIOUS.id}/${CURIOUS.secret}`, headers: json, fixture: 'CuriousThing/CallComplete.json' }],
		executions: 1,
		compare: ['Curious Thing Trigger', 'Skip events already handled', 'Asked for a human?', 'Save call outcome'],
	},
	{
		name: 'Hipcall caller card',
		example: 'examples/hipcall-caller-card.json',
		credentials: (services) => ({
			hipcallApi: { apiToken: 'replay-token', region: 'custom', baseUrl: services.hipcallApiBase as string },
			hipcallWebhookApi: { secret: HIPCALL.secret, headerName: 'X-Hipcall-Secret' },
		}),
		prepare: async (client) => {
			await table(client, 'hipcall_customers', [...strings('phone', 'name', 'company', 'crmUrl'), { name: 'ownerUserId', type: 'number' }], [
				{ phone: '905438856301', name: 'Onur Ozgur OZKAN', company: 'Acme Inc.', crmUrl: 'https://my-crm.com/contact/1234', ownerUserId: 2945 },
			]);
			return {};
		},
		deliveries: ['call_init', 'call_init_inbound', 'call_hangup'].map((event) => ({
			path: `${HIPCALL.id}/${HIPCALL.id}/${HIPCALL.secret}`,
			headers: json,
			fixture: `Hipcall/${event}.json`,
		})),
		executions: 2, // call_hangup is not selected: answered, not executed
		compare: ['Hipcall Trigger', 'Find Customer', 'Push Customer Card', 'Push Not-Found Card'],
	},
	{
		name: 'M8Com caller insights (answering pair and call log)',
		example: 'examples/m8com-caller-insights.json',
		credentials: () => ({ m8ComWebhookApi: { secret: M8COM.secret } }),
		prepare: async (client) => {
			await table(
				client,
				'm8com_contacts',
				[...strings('customerId', 'phone', 'name', 'firstName', 'lastName', 'email', 'company', 'title', 'crmUrl', 'lastNote'), { name: 'lastNoteAt', type: 'date' }],
				[{ customerId: 'acme', phone: '+46701234567', name: 'Maria Andersson', company: 'Acme Inc.', lastNote: 'Asked about the new integration.', lastNoteAt: '2020-11-27T15:25:11.729Z' }],
			);
			await table(client, 'm8com_call_log', [
				...strings('eventId', 'customerId', 'customerNumber', 'fromNumber', 'toNumber', 'callType', 'startTimeIso', 'summary'),
				{ name: 'durationSeconds', type: 'number' },
			]);
			return {};
		},
		deliveries: [
			{
				path: `${M8COM.lookup}/lookup/${M8COM.lookup}/acme`,
				method: 'GET',
				headers: { authorization: `Bearer ${M8COM.secret}` },
				query: { fromNumber: '+46701234567', toNumber: '+46812345678' },
			},
			{
				path: `${M8COM.callLog}/call-log/${M8COM.callLog}/acme`,
				headers: { ...json, authorization: `Bearer ${M8COM.secret}` },
				fixture: 'M8Com/call-log.json',
			},
		],
		executions: 2,
		answers: { 0: { status: 200, json: { displayName: 'Maria Andersson' } }, 1: { status: 200, json: { received: true } } },
		compare: ['Lookup', 'Find Contact', 'Answer M8Com', 'Call Logged', 'Skip Retries', 'Store Call'],
	},
];
