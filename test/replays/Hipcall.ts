// The Hipcall examples' replays: call_init (outbound and inbound) and call_hangup through the
// caller-card workflow (version 1 nodes) and the caller-lookup one (version 2 nodes).
// Found by its name from test/replays/index.ts (see test/helpers/vendors.ts).
import { type Replay, json, strings, table } from './replay';

const HIPCALL = { id: '3f6f1c2a-8d4e-4b7a-9c1d-2e5f7a9b0c3d', secret: 'replay-hipcall-url-secret_0123456789' };
const LOOKUP_ID = '7c2e9a41-5b3d-4f6a-8e1c-9d0b2a4c6e8f';

const credentials: Replay['credentials'] = (services) => ({
	hipcallApi: { apiToken: 'replay-token', region: 'custom', baseUrl: services.hipcallApiBase as string },
	hipcallWebhookApi: { secret: HIPCALL.secret, headerName: 'X-Hipcall-Secret' },
});

const deliveries = (id: string) =>
	['call_init', 'call_init_inbound', 'call_hangup'].map((event) => ({
		path: `${id}/${id}/${HIPCALL.secret}`,
		headers: json,
		fixture: `Hipcall/${event}.json`,
	}));

export const hipcallReplays: Replay[] = [
	{
		name: 'Hipcall caller card',
		example: 'examples/hipcall-caller-card.json',
		credentials,
		prepare: async (client) => {
			await table(client, 'hipcall_customers', [...strings('phone', 'name', 'company', 'crmUrl'), { name: 'ownerUserId', type: 'number' }], [
				{ phone: '905438856301', name: 'Onur Ozgur OZKAN', company: 'Acme Inc.', crmUrl: 'https://my-crm.com/contact/1234', ownerUserId: 2945 },
			]);
			return {};
		},
		deliveries: deliveries(HIPCALL.id),
		executions: 2, // call_hangup is not selected: answered, not executed
		compare: ['Hipcall Trigger', 'Find Customer', 'Push Customer Card', 'Push Not-Found Card'],
	},
	{
		name: 'Hipcall caller lookup',
		example: 'examples/hipcall-caller-lookup.json',
		credentials,
		deliveries: deliveries(LOOKUP_ID),
		executions: 2,
		compare: ['Hipcall Trigger', 'Find Caller', 'Push Caller Card', 'Push Unknown Caller Card'],
	},
];
