// The Hipcall example's replay: call_init (outbound and inbound) and call_hangup through the
// caller-card workflow.
// Found by its name from test/replays/index.ts (see test/helpers/vendors.ts).
import { fixtureWith, LINKS, OPEN_TO_LOOPBACK } from './recordings';
import { type Replay, json, strings, table } from './replay';

const RECORDINGS = { id: '8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f', secret: 'replay-hipcall-recordings-secret_0123' };
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
