// M8Com → Call Recording → Download: the files behind a Call Recorded event's fileUrls. M8Com has no
// API: the links are pre-signed and need no credential.
import { textOf } from '../shared/object';
import { recordingResource as callRecordingResource } from '../shared/recording/operation';
import { FILE_URL_MINUTES } from './recording';

export const recordingResource = callRecordingResource({
	defaults: { waitBeforeSeconds: 0, linkLifetime: `${FILE_URL_MINUTES} minutes` },
	description: 'Get the audio of a recorded call as a file, for transcription, storage or a CRM attachment',
	link: {
		displayName: 'Recording Links',
		name: 'fileUrls',
		default: '={{ $json.fileUrls }}',
		description: 'The links of the recording: fileUrls of the M8Com Trigger (Call Recorded). One link, or a list.',
	},
	request: (context, itemIndex, urls) => {
		const item = context.getInputData()[itemIndex]?.json ?? {};
		return { urls, baseName: `m8com-${textOf(item.callId) ?? textOf(item.id) ?? String(itemIndex + 1)}` };
	},
});
