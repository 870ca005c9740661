// The ChatVolt examples' replays: the CRM sync (conversation events into Data Tables) and the
// user-info answering pair.
// Found by its name from test/replays/index.ts (see test/helpers/vendors.ts).
import { type Replay, json, strings, table } from './replay';

const CHATVOLT = { secret: 'Bearer replay-chatvolt-0123456789' };

export const chatvoltReplays: Replay[] = [
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
];
