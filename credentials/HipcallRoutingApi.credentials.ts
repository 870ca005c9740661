import type { Icon, ICredentialType } from 'n8n-workflow';

import { webhookSecret } from '../nodes/shared/webhook/webhookSecret';

/**
 * The username and password Hipcall sends as HTTP Basic Auth to a web-service route of Smart
 * Routing or a Smart IVR. The Hipcall Routing Trigger compares both in constant time and answers
 * 401/403 when they are missing or wrong, so no workflow runs for a request that is not Hipcall's.
 */
export const hipcallRoutingSecret = webhookSecret({
	name: 'hipcallRoutingApi',
	minLength: 12,
	okMessage: 'Usable: enter the same username and password in the Webservice route in Hipcall',
	notice:
		'Hipcall sends these as HTTP Basic Auth to the web service of a Smart Routing or Smart IVR step (route type Webservice). Enter the same username and password there.',
	basicAuth: {
		username: { description: 'The username entered in the Webservice route in Hipcall' },
		password: { description: 'The password entered in the Webservice route in Hipcall: long and random, at least 12 characters' },
	},
});

export class HipcallRoutingApi implements ICredentialType {
	name = 'hipcallRoutingApi';

	displayName = 'Hipcall Routing Basic Auth API';

	icon: Icon = { light: 'file:../nodes/Hipcall/hipcall.svg', dark: 'file:../nodes/Hipcall/hipcall.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/Hipcall.md#routing-basic-auth';

	properties = hipcallRoutingSecret.properties;
}
