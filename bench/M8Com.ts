// M8Com under load: the call-log and lookup triggers against the core Webhook, and the answering
// pair (M8Com Trigger -> M8Com Lookup Response) against core Webhook -> Respond to Webhook, like for like.
import callLog from '../test/fixtures/M8Com/call-log-transferred-summary.json';
import recording from '../test/fixtures/M8Com/call-recording.json';
import contact from '../test/fixtures/M8Com/lookup-response-contact.json';
import { replays } from '../test/replays';
import { exampleWorkflow } from '../test/replays/replay';
import { startRecordingServer } from '../test/helpers/recordingServer';
import { CEILING_CREDENTIAL, CEILING_V1_CREDENTIAL, CORE_HEADER, CORE_HEADER_RESPOND, OWN_M8COM_LOOKUP, lookupQuery } from './baselines';
import { triggerToNoOp, triggerToResponder, type Scenario } from './scenario';

/** M8Com shows no contact card for a lookup not answered within 3 seconds. */
const M8COM_DEADLINE_MS = 3000;
const SECRET = 'bench-m8com-secret-0123456789';
const RECORDING_NOOP = 'M8Com Trigger (call recording) -> NoOp';
const credentials = { m8com: { type: 'm8ComWebhookApi', data: { secret: SECRET } } };
const auth = { authorization: `Bearer ${SECRET}` };

const CALL_LOG_ID = 'b3c0a9e2-7d41-4c2e-9a10-000000000001';
const LOOKUP_ID = 'b3c0a9e2-7d41-4c2e-9a10-000000000002';
const ANSWER_ID = 'b3c0a9e2-7d41-4c2e-9a10-000000000003';
const RECORDING_ID = 'b3c0a9e2-7d41-4c2e-9a10-000000000004';
const DOWNLOAD_ID = 'b3c0a9e2-7d41-4c2e-9a10-000000000005';

function m8ComTrigger(webhookId: string, event: 'callLog' | 'numberLookup' | 'callRecording') {
	return {
		name: 'M8Com Trigger',
		type: 'n8n-nodes-contact-center.m8ComTrigger',
		typeVersion: 1,
		webhookId,
		parameters: { event },
		credentials: { m8ComWebhookApi: { id: '{{credential:m8com}}', name: 'bench m8com' } },
	};
}

/** The URL path after /webhook/ of an M8Com trigger, for customer "bench". */
const m8ComPath = (webhookId: string, segment: string) => `${webhookId}/${segment}/bench`;

export const m8comScenarios: Scenario[] = [
	{
		name: 'M8Com Trigger (call log) -> NoOp',
		baseline: [CEILING_V1_CREDENTIAL, CEILING_CREDENTIAL, CORE_HEADER],
		workflow: triggerToNoOp('bench m8com call log', m8ComTrigger(CALL_LOG_ID, 'callLog')),
		path: m8ComPath(CALL_LOG_ID, 'call-log'),
		method: 'POST',
		headers: { 'content-type': 'application/json', ...auth },
		body: JSON.stringify(callLog),
		credentials,
	},
	{
		// Without a responder n8n answers 200 with an empty body when the workflow ends.
		name: 'M8Com Trigger (lookup) -> NoOp',
		baseline: [CEILING_V1_CREDENTIAL, CEILING_CREDENTIAL, CORE_HEADER],
		workflow: triggerToNoOp('bench m8com lookup', m8ComTrigger(LOOKUP_ID, 'numberLookup')),
		path: `${m8ComPath(LOOKUP_ID, 'lookup')}?${lookupQuery}`,
		method: 'GET',
		headers: auth,
		credentials,
	},
	{
		name: 'M8Com Trigger -> M8Com Lookup Response',
		deadlineMs: M8COM_DEADLINE_MS,
		baseline: [CORE_HEADER_RESPOND, OWN_M8COM_LOOKUP],
		workflow: triggerToResponder('bench m8com answer', m8ComTrigger(ANSWER_ID, 'numberLookup'), {
			name: 'M8Com Lookup Response',
			type: 'n8n-nodes-contact-center.m8ComLookupResponse',
			typeVersion: 1,
			parameters: { respondWith: 'contact', contactSource: 'json', contactJson: JSON.stringify(contact), options: {} },
		}),
		path: `${m8ComPath(ANSWER_ID, 'lookup')}?${lookupQuery}`,
		method: 'GET',
		headers: auth,
		credentials,
	},
	{
		name: RECORDING_NOOP,
		baseline: [CEILING_V1_CREDENTIAL, CEILING_CREDENTIAL, CORE_HEADER],
		workflow: triggerToNoOp('bench m8com call recording', m8ComTrigger(RECORDING_ID, 'callRecording')),
		path: m8ComPath(RECORDING_ID, 'call-recording'),
		method: 'POST',
		headers: { 'content-type': 'application/json', ...auth },
		body: JSON.stringify(recording),
		credentials,
	},
	recordingDownload(),
	exampleLookup(),
];

/**
 * What M8Com waits for when the workflow downloads the recording: the trigger answers before the
 * workflow runs, so a download that takes 2 s (a loopback file server's slow link) must leave the
 * answer as fast as the call-recording trigger alone.
 */
function recordingDownload(): Scenario {
	return {
		name: 'M8Com Trigger (call recording) -> Download Recording (2 s)',
		baseline: [RECORDING_NOOP],
		workflow: async () => {
			const files = await startRecordingServer({ unref: true });
			const workflow = triggerToNoOp('bench m8com recording download', m8ComTrigger(DOWNLOAD_ID, 'callRecording'));
			const download = {
				id: 'download',
				name: 'Download Recording',
				type: 'n8n-nodes-contact-center.m8Com',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'callRecording',
					operation: 'download',
					fileUrls: `${files.base}/slow/2000/recording.mp3`,
					recordingOptions: { allowPrivateNetwork: true, waitBeforeSeconds: 0 },
				},
			};
			const [trigger, noOp] = workflow.nodes as Array<{ name: string; position: number[] }>;
			noOp.position = [440, 0];
			return {
				...workflow,
				nodes: [trigger, download, noOp],
				connections: {
					[trigger.name]: { main: [[{ node: download.name, type: 'main', index: 0 }]] },
					[download.name]: { main: [[{ node: noOp.name, type: 'main', index: 0 }]] },
				},
			};
		},
		path: m8ComPath(DOWNLOAD_ID, 'call-recording'),
		method: 'POST',
		headers: { 'content-type': 'application/json', ...auth },
		body: JSON.stringify(recording),
		credentials,
	};
}

/**
 * The lookup through examples/m8com-caller-insights.json as a user runs it: M8Com Trigger -> Data
 * Table lookup -> M8Com Lookup Response, set up as the queue-mode replay sets it up.
 */
function exampleLookup(): Scenario {
	const replay = replays.find((r) => r.example === 'examples/m8com-caller-insights.json');
	const lookup = replay?.deliveries[0];
	if (!replay || !lookup) throw new Error('the M8Com example replay is missing');
	return {
		name: 'M8Com example: Trigger -> Data Table -> Lookup Response',
		deadlineMs: M8COM_DEADLINE_MS,
		baseline: [CORE_HEADER_RESPOND, OWN_M8COM_LOOKUP],
		workflow: (client) => exampleWorkflow(client, replay, {}),
		path: `${lookup.path}?${new URLSearchParams(lookup.query as Record<string, string>)}`,
		method: 'GET',
		headers: lookup.headers,
	};
}
