// Hipcall → Call Recording → Download: the audio behind call_hangup's record_url, a pre-signed link
// valid for about an hour. Hipcall's own demo waits about 10 s after the hang-up before fetching it,
// and reads links that are a path ("/…") from the API's host with the API token: so does this.
import { isPlainObject, textOf } from '../../shared/object';
import { recordingResource as callRecordingResource } from '../../shared/recording/operation';
import { baseUrlOf } from '../apiUrl';
import { API_CREDENTIAL } from './api';

export const recordingResource = callRecordingResource({
	defaults: { waitBeforeSeconds: 10, linkLifetime: 'about an hour' },
	description: 'Get the audio of an ended call (record_url of call_hangup) as a file, for transcription, storage or a CRM attachment',
	link: {
		displayName: 'Recording Link',
		name: 'recordUrl',
		default: '={{ $json.data.record_url }}',
		description: "The record_url (in data) of the Hipcall Trigger's call_hangup event. Calls without a recording have none: the item then gets recordingError.",
	},
	request: async (context, itemIndex, urls) => {
		const item = context.getInputData()[itemIndex]?.json ?? {};
		const data = isPlainObject(item.data) ? item.data : {};
		const callId = textOf(item.callId) ?? textOf(data.uuid) ?? String(itemIndex + 1);
		const origin = new URL(baseUrlOf(await context.getCredentials(API_CREDENTIAL))).origin;
		return { urls, baseName: `hipcall-${callId}`, api: { credential: API_CREDENTIAL, origin } };
	},
});
