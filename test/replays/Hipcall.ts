// The Hipcall examples' replays: call_init (outbound and inbound) and call_hangup through the
// caller-card workflow (version 1 nodes) and the caller-lookup one (version 2 nodes); a known and an
// unknown caller through CRM-driven routing; and one call's three steps through the two-level IVR
// menu (the first step, then the POSTs after each gather).
// Found by its name from test/replays/index.ts (see test/helpers/vendors.ts).
import { fixtureWith, LINKS, OPEN_TO_LOOPBACK } from './recordings';
import { type Replay, json, strings, table } from './replay';

const BASIC_AUTH = { username: 'hipcall-replay', password: 'replay-basic-auth-password-0123' };
const basicAuth = { ...json, authorization: `Basic ${Buffer.from(`${BASIC_AUTH.username}:${BASIC_AUTH.password}`).toString('base64')}` };
const ROUTING_ID = '5a7c2e10-4b3d-4f6a-9e21-c0ffee000001';
const CALL_CONTROL_ID = '5a7c2e10-4b3d-4f6a-9e21-c0ffee000002';
const AUDIO = 'https://example.com/hipcall-audio/';
const RECORDINGS = { id: '8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f', secret: 'replay-hipcall-recordings-secret_0123' };

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
		name: 'Hipcall CRM-driven routing',
		example: 'examples/hipcall-crm-routing.json',
		credentials: () => ({ hipcallRoutingApi: BASIC_AUTH }),
		prepare: async (client) => {
			await table(client, 'hipcall_account_managers', strings('phone', 'name', 'extension'), [{ phone: '+905438851111', name: 'Ayşe Yılmaz', extension: '1000' }]);
			return {};
		},
		// A known caller (sent without "+", found by its E.164), then an unknown one.
		deliveries: ['routing-long', 'routing-short'].map((event) => ({ path: `${ROUTING_ID}/hipcall-routing`, headers: basicAuth, fixture: `Hipcall/${event}.json` })),
		executions: 2,
		answers: { 0: { status: 200, json: { extension: '1000' } }, 1: { status: 204, json: {} } },
		compare: ['Hipcall Routing Trigger', 'Find Account Manager', 'Ring Account Manager', 'Default Route'],
	},
	{
		name: 'Hipcall two-level IVR menu',
		example: 'examples/hipcall-ivr-menu.json',
		credentials: () => ({ hipcallRoutingApi: BASIC_AUTH }),
		// One call: the first step, the step after the main menu (2: support), the step after the support menu (1: technical).
		deliveries: [1, 2, 3].map((n) => ({ path: `${CALL_CONTROL_ID}/hipcall-call-control`, headers: basicAuth, fixture: `Hipcall/call-control-step${n}.json` })),
		executions: 3,
		answers: {
			0: {
				status: 200,
				json: {
					version: '1',
					seq: [
						{ action: 'play', args: { url: `${AUDIO}welcome.mp3` } },
						{ action: 'gather', args: { min_digits: 1, max_digits: 1, ask: `${AUDIO}main-menu.mp3`, variable_name: 'menu' } },
					],
				},
			},
			1: { status: 200, json: { version: '1', seq: [{ action: 'gather', args: { min_digits: 1, max_digits: 1, ask: `${AUDIO}support-menu.mp3`, variable_name: 'support' } }] } },
			2: { status: 200, json: { version: '1', seq: [{ action: 'connect', args: { destination: '1002' } }] } },
		},
		compare: ['Hipcall Call Control Trigger', 'Ask Main Menu', 'Ask Support Menu', 'Connect Technical', 'Connect Sales', 'Not an Option'],
	},
	{
		name: 'Hipcall caller lookup',
		example: 'examples/hipcall-caller-lookup.json',
		credentials,
		deliveries: deliveries(LOOKUP_ID),
		executions: 2,
		compare: ['Hipcall Trigger', 'Find Caller', 'Push Caller Card', 'Push Unknown Caller Card'],
	},
	{
		name: 'Hipcall call recordings (downloaded, expired link, slow link, no recording, retry)',
		example: 'examples/hipcall-call-recordings.json',
		credentials: (services) => ({
			hipcallApi: { apiToken: 'replay-token', region: 'custom', baseUrl: services.hipcallApiBase as string },
			hipcallWebhookApi: { secret: RECORDINGS.secret, headerName: 'X-Hipcall-Secret' },
		}),
		prepare: async (client) => {
			await table(client, 'hipcall_recordings', [
				...strings('eventId', 'callId', 'customerNumber', 'direction', 'startedAt', 'status', 'fileName', 'mimeType', 'sha256', 'transcript', 'error', 'link'),
				{ name: 'callDuration', type: 'number' },
				{ name: 'bytes', type: 'number' },
			]);
			return OPEN_TO_LOOPBACK;
		},
		// The last is Hipcall's retry of the first: the same call uuid. The slow link comes late: a
		// Data Table row written after it could otherwise take its place in the table's order.
		deliveries: (['good', 'expired', 'none', 'slow', 'good'] as const).map((link, index) => ({
			path: `${RECORDINGS.id}/${RECORDINGS.id}/${RECORDINGS.secret}`,
			headers: json,
			body: (services) =>
				fixtureWith('Hipcall/call_hangup.json', (event) => {
					const data = event.data as Record<string, unknown>;
					data.uuid = `2483a75a-56a2-41f1-991b-92b1667e32${String(index % 4).padStart(2, '0')}`;
					data.record_url = link === 'none' ? null : LINKS[link](String(services.recordingBase), `hipcall-${String(data.uuid)}`);
				}),
		})),
		executions: 5,
		compare: ['Call Ended', 'Skip Retries', 'Download Recording', 'Checksum', 'Store Recording', 'Store Failure'],
	},
];
