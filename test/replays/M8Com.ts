// The M8Com example's replay: a number lookup answered by the Lookup Response, and a call log
// stored.
// Found by its name from test/replays/index.ts (see test/helpers/vendors.ts).
import { fixtureWith, LINKS, OPEN_TO_LOOPBACK } from './recordings';
import { type Replay, json, strings, table } from './replay';

const M8COM = { lookup: '6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b01', callLog: '6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b02', recording: '6f1d7c2a-3b4e-4f5a-8b6c-7d8e9f0a1b03', secret: 'replay-m8com-secret-0123456789' };

export const m8comReplays: Replay[] = [
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
				path: `${M8COM.lookup}/lookup/acme`,
				method: 'GET',
				headers: { authorization: `Bearer ${M8COM.secret}` },
				query: { fromNumber: '+46701234567', toNumber: '+46812345678' },
			},
			{
				path: `${M8COM.callLog}/call-log/acme`,
				headers: { ...json, authorization: `Bearer ${M8COM.secret}` },
				fixture: 'M8Com/call-log.json',
			},
		],
		executions: 2,
		answers: { 0: { status: 200, json: { displayName: 'Maria Andersson' } }, 1: { status: 200, json: { received: true } } },
		compare: ['Lookup', 'Find Contact', 'Answer M8Com', 'Call Logged', 'Skip Retries', 'Store Call'],
	},
	{
		name: 'M8Com call recordings (downloaded, expired link, slow link, retry)',
		example: 'examples/m8com-call-recordings.json',
		credentials: () => ({ m8ComWebhookApi: { secret: M8COM.secret } }),
		prepare: async (client) => {
			await table(client, 'm8com_recordings', [
				...strings('eventId', 'callId', 'customerNumberE164', 'agent', 'startTimeIso', 'status', 'fileName', 'mimeType', 'sha256', 'transcript', 'error', 'link'),
				{ name: 'talkSeconds', type: 'number' },
				{ name: 'bytes', type: 'number' },
			]);
			return OPEN_TO_LOOPBACK;
		},
		deliveries: (['good', 'expired', 'slow', 'good'] as const).map((link, index) => ({
			path: `${M8COM.recording}/call-recording/acme`,
			headers: { ...json, authorization: `Bearer ${M8COM.secret}` },
			// The last is M8Com's retry of the first: the same call id.
			body: (services) =>
				fixtureWith('M8Com/call-recording.json', (body) => {
					body.id = 48213377 + (index % 3);
					body.fileUrls = [LINKS[link](String(services.recordingBase), `m8com-${body.id}`)];
				}),
		})),
		executions: 4,
		answers: { 0: { status: 200, json: { received: true } }, 2: { status: 200, json: { received: true } } },
		compare: ['Call Recorded', 'Skip Retries', 'Download Recording', 'Checksum', 'Store Recording', 'Store Failure'],
	},
];
