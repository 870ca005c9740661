import { apiClient, explainStatus } from '../../shared/action';
import { baseUrlOf } from '../apiUrl';

export const API_CREDENTIAL = 'chatVoltApi';

/** ChatVolt's REST API: base URL from the credential, its HTTP statuses explained for a workflow builder. */
export const chatVolt = apiClient({
	credential: API_CREDENTIAL,
	baseUrl: baseUrlOf,
	pageSize: 100,
	explain: explainStatus(
		{
			400: 'ChatVolt refused the request as invalid: check the IDs, phone number format (country code, digits only) and required fields.',
			401: 'ChatVolt refused the API key. Check the ChatVolt API credential: create a key in ChatVolt under Settings > API Keys.',
			402: 'Your ChatVolt plan\'s usage limit is reached (messages or credits). Upgrade the plan or wait for the next billing period.',
			403: 'The API key has no access to this item: it may belong to another ChatVolt organization.',
			404: 'ChatVolt found nothing with this ID: check the agent, conversation or contact ID.',
			406: 'The channel refused the message: WhatsApp and Instagram only accept free messages within 24 hours of the user\'s last message. Wait for the user to write, or use an approved template in ChatVolt.',
			429: 'Too many requests to ChatVolt: slow the workflow down, for example with a Wait node or smaller batches.',
		},
		'ChatVolt had a problem answering. Try again in a moment; if it persists, check ChatVolt\'s status.',
	),
});
