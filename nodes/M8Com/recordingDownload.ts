// M8Com → Call Recording → Download: the files behind a Call Recorded event's fileUrls. M8Com has no
// API: the links are pre-signed and need no credential.
import type { ResourceModule } from '../shared/action';
import { textOf } from '../shared/object';
import { downloadRecordings, linksOf, recordingProperties, type RecordingDefaults } from '../shared/recording/operation';
import { FILE_URL_MINUTES } from './recording';

const R = 'callRecording';

const DEFAULTS: RecordingDefaults = { waitBeforeSeconds: 0, linkLifetime: `${FILE_URL_MINUTES} minutes` };

export const recordingResource: ResourceModule = {
	resource: { name: 'Call Recording', value: R },
	operations: [
		{
			name: 'Download',
			value: 'download',
			action: 'Download a call recording',
			description: 'Get the audio of a recorded call as a file, for transcription, storage or a CRM attachment',
		},
	],
	defaultOperation: 'download',
	fields: [
		{
			displayName: 'Recording Links',
			name: 'fileUrls',
			type: 'string',
			default: '={{ $json.fileUrls }}',
			required: true,
			description: 'The links of the recording: fileUrls of the M8Com Trigger (Call Recorded). One link, or a list.',
			displayOptions: { show: { resource: [R], operation: ['download'] } },
		},
		...recordingProperties({ resource: [R], operation: ['download'] }, DEFAULTS),
	],
	handlers: {
		download: async (context, itemIndex) => {
			const item = context.getInputData()[itemIndex]?.json ?? {};
			const callId = textOf(item.callId) ?? textOf(item.id) ?? String(itemIndex + 1);
			return await downloadRecordings(
				context,
				itemIndex,
				{ urls: linksOf(context.getNodeParameter('fileUrls', itemIndex, [])), baseName: `m8com-${callId}` },
				DEFAULTS,
			);
		},
	},
};
