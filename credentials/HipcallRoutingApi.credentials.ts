import type { Icon, ICredentialType } from 'n8n-workflow';

import { webhookSecret } from '../nodes/shared/webhook/webhookSecret';

/**
 * The username and password Hipcall sends as HTTP Basic Auth to a web service: a Webservice route
 * of Smart Routing or a Smart IVR, or an External Management. The Hipcall Routing Trigger and the
 * Hipcall Call Control Trigger compare both in constant time and answer 401/403 when they are
 * missing or wrong, so no workflow runs for a request that is not Hipcall's.
 */
export const hipcallRoutingSecret = webhookSecret({
	name: 'hipcallRoutingApi',
	minLength: 12,
	okMessage: 'Usable: enter the same username and password in the Webservice route or External Management in Hipcall',
	notice:
		'Hipcall sends these as HTTP Basic Auth to the web service of a Smart Routing or Smart IVR step (route type Webservice) and of an External Management (Settings > Developer > External Managements). Enter the same username and password there.',
	basicAuth: {
		username: { description: 'The username entered in the Webservice route or External Management in Hipcall' },
		password: { description: 'The password entered in the Webservice route or External Management in Hipcall: long and random, at least 12 characters' },
	},
});

export class HipcallRoutingApi implements ICredentialType {
	name = 'hipcallRoutingApi';

	displayName = 'Hipcall Web Service Basic Auth API';

	icon: Icon = { light: 'file:../nodes/Hipcall/hipcall.svg', dark: 'file:../nodes/Hipcall/hipcall.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center/blob/main/docs/Hipcall.md#routing-basic-auth';

	properties = hipcallRoutingSecret.properties;
}
