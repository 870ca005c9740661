// Hipcall → Call Recording → Download: the audio behind call_hangup's record_url, a pre-signed link
// valid for about an hour. Hipcall's own demo waits about 10 s after the hang-up before fetching it,
// and writes links that are a path ("/…") against the API's host with the API token: so does this.
import type { ResourceModule } from '../../shared/action';
import { textOf } from '../../shared/object';
import { downloadRecordings, linksOf, recordingProperties, type RecordingDefaults } from '../../shared/recording/operation';
import { baseUrlOf } from '../apiUrl';
import { API_CREDENTIAL } from './api';

const R = 'callRecording';

const DEFAULTS: RecordingDefaults = { waitBeforeSeconds: 10, linkLifetime: 'about an hour' };

export const recordingResource: ResourceModule = {
	resource: { name: 'Call Recording', value: R },
	operations: [
		{
			name: 'Download',
			value: 'download',
			action: 'Download a call recording',
			description: 'Get the audio of an ended call (record_url of call_hangup) as a file, for transcription, storage or a CRM attachment',
		},
	],
	defaultOperation: 'download',
	fields: [
		{
			displayName: 'Recording Link',
			name: 'recordUrl',
			type: 'string',
			default: '={{ $json.data.record_url }}',
			required: true,
			description: 'The record_url (in data) of the Hipcall Trigger\'s call_hangup event. Calls without a recording have none: the item then gets recordingError.',
			displayOptions: { show: { resource: [R], operation: ['download'] } },
		},
		...recordingProperties({ resource: [R], operation: ['download'] }, DEFAULTS),
	],
	handlers: {
		download: async (context, itemIndex) => {
			const item = context.getInputData()[itemIndex]?.json ?? {};
			const data = typeof item.data === 'object' && item.data !== null && !Array.isArray(item.data) ? (item.data as Record<string, unknown>) : {};
			const callId = textOf(item.callId) ?? textOf(data.uuid) ?? String(itemIndex + 1);
			const origin = new URL(baseUrlOf(await context.getCredentials(API_CREDENTIAL))).origin;
			return await downloadRecordings(
				context,
				itemIndex,
				{ urls: linksOf(context.getNodeParameter('recordUrl', itemIndex, '')), baseName: `hipcall-${callId}`, api: { credential: API_CREDENTIAL, origin } },
				DEFAULTS,
			);
		},
	},
};
