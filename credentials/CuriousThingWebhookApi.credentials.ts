import type { ICredentialType } from 'n8n-workflow';

import { webhookSecret } from '../nodes/shared/webhook/webhookSecret';

/**
 * The shared secret a Curious Thing Trigger can require. Curious Thing documents no webhook
 * authentication, so the secret is one you make up and add to the webhook there: as a header
 * (when its settings allow custom headers) or as the last segment of the URL.
 */
export const curiousThingWebhookSecret = webhookSecret({
	name: 'curiousThingWebhookApi',
	minLength: 16,
	urlSafe: true,
	okMessage: 'The secret is usable. Add it to the webhook in Curious Thing.',
	notice:
		'Make up a long random secret (letters, digits, "-" and "_" only, so that it also fits in a URL) and add it to the webhook in Curious Thing, as the header below or at the end of the URL, depending on the trigger\'s Authentication setting',
	header: {
		default: 'X-Webhook-Secret',
		required: false,
		description: 'The header that carries the secret, when the trigger uses Secret Header',
	},
	secret: {},
});

export class CuriousThingWebhookApi implements ICredentialType {
	name = 'curiousThingWebhookApi';

	displayName = 'Curious Thing Webhook Secret API';

	icon = { light: 'file:../nodes/CuriousThing/curiousThing.svg', dark: 'file:../nodes/CuriousThing/curiousThing.dark.svg' } as const;

	documentationUrl =
		'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/CuriousThing.md';

	properties = curiousThingWebhookSecret.properties;
}
