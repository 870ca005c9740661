// The Hipcall example's replay: call_init (outbound and inbound) and call_hangup through the
// caller-card workflow.
// Found by its name from test/replays/index.ts (see test/helpers/vendors.ts).
import { type Replay, json, strings, table } from './replay';

const HIPCALL = { id: '3f6f1c2a-8d4e-4b7a-9c1d-2e5f7a9b0c3d', secret: 'replay-hipcall-url-secret_0123456789' };

export const hipcallReplays: Replay[] = [
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
];
