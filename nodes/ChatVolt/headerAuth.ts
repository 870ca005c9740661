import type {
	IDataObject,
	INodeProperties,
	IWebhookFunctions,
} from 'n8n-workflow';

import {
	type Received,
	type SecretCheck,
	secretCredentialTest,
	type WebhookRequest,
	authorize,
	credentialSecretChecks,
	getWebhookRequest,
	receiveJson,
} from '../shared/webhook';

export const WEBHOOK_CREDENTIAL = 'chatVoltWebhookApi';

/** "Authentication" parameter shared by both ChatVolt triggers. */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{
			name: 'Header',
			value: 'headerAuth',
			description: 'Accept only requests carrying the header set in the agent\'s WebHook settings',
		},
		{ name: 'None', value: 'none', description: 'Accept any request to the URL' },
	],
	default: 'none',
	description:
		'ChatVolt can send one header with every request (Agents > your agent > Settings > WebHook > Header). Checking it keeps strangers who learn the URL from starting the workflow.',
};

/** The header check the node's settings ask for (none when authentication is off). */
export async function headerChecks(context: IWebhookFunctions): Promise<SecretCheck[]> {
	if (context.getNodeParameter('authentication', 'none') !== 'headerAuth') return [];
	const credential = await context.getCredentials(WEBHOOK_CREDENTIAL);
	return credentialSecretChecks(credential, { header: true, defaultHeader: 'Authorization' });
}

/** The request headers with the secret header's value hidden. */
export function redactHeaders(headers: IDataObject, checks: SecretCheck[]): IDataObject {
	const out: IDataObject = { ...headers };
	for (const check of checks) {
		if (check.kind === 'header' && out[check.headerName.toLowerCase()] !== undefined) {
			out[check.headerName.toLowerCase()] = '[hidden]';
		}
	}
	return out;
}

/** The node methods both ChatVolt triggers share: the header credential's test. */
export const webhookHeaderMethods = {
	credentialTest: {
		chatVoltWebhookHeaderTest: secretCredentialTest({
			minLength: 8,
			headerName: 'required',
			okMessage: 'Requests must carry this header with this value: enter both in the agent\'s WebHook settings in ChatVolt',
		}),
	},
};

function isFormRequest(request: WebhookRequest): boolean {
	const contentType = request.headers['content-type'];
	return /^application\/x-www-form-urlencoded/i.test(String(Array.isArray(contentType) ? contentType[0] : (contentType ?? '')));
}

/**
 * Header check (when enabled), then a JSON object body; an empty body counts as `{}`. With
 * `acceptForm`, a URL-encoded form body is read too (its fields become the body's keys).
 */
export async function receiveChatVolt(
	context: IWebhookFunctions,
	acceptForm = false,
): Promise<{ secrets: SecretCheck[]; received: Received }> {
	const secrets = await headerChecks(context);
	const request = getWebhookRequest(context);
	if (!acceptForm || !isFormRequest(request)) {
		return { secrets, received: await receiveJson(context, { secrets, shape: 'object', allowEmpty: true }) };
	}
	const denied = authorize(context, request, secrets);
	if (denied) return { secrets, received: { ok: false, response: denied } };
	if (!request.rawBody && request.readRawBody) await request.readRawBody();
	const body = Object.fromEntries(new URLSearchParams(request.rawBody?.toString('utf8') ?? ''));
	return { secrets, received: { ok: true, body, raw: request.rawBody, request } };
}
