// The Bambuser example's replay: a call summary delivered to Trigger -> Remove Duplicates ->
// Call Summary Email -> Send Email.
// Found by its name from test/replays/index.ts (see test/helpers/vendors.ts).
import { type Replay, json, smtp } from './replay';

const BAMBUSER = { header: 'X-Bambuser-Webhook-Secret', secret: 'replay-bambuser-secret-0123456789' };

export const bambuserReplays: Replay[] = [
	{
		name: 'Bambuser call summary email',
		example: 'examples/bambuser-call-summary-email.json',
		credentials: (services) => ({
			bambuserWebhookApi: { headerName: BAMBUSER.header, secret: BAMBUSER.secret },
			smtp: smtp(services),
		}),
		deliveries: [
			{
				path: '6a1f4c2e-8d3b-4f6a-9e27-5b0c1d2e3f40/bambuser',
				headers: { ...json, [BAMBUSER.header]: BAMBUSER.secret },
				fixture: 'Bambuser/call-summary.json',
			},
		],
		executions: 1,
		compare: ['Bambuser Trigger', 'Remove Duplicates', 'Call Summary Email'],
	},
];
