// The Curious Thing example's replay: a CallComplete batch through the human hand-off workflow.
// Found by its name from test/replays/index.ts (see test/helpers/vendors.ts).
import { type Replay, json, smtp, strings, table } from './replay';

const CURIOUS = { id: 'b7e2c4a1-5d3f-4e8a-9c6b-2f1a0d9e8c7b', secret: 'replay-curious-thing-secret_0123456789' };

export const curiousThingReplays: Replay[] = [
	{
		name: 'Curious Thing human hand-off',
		example: 'examples/curious-thing-human-handoff.json',
		credentials: (services) => ({
			curiousThingWebhookApi: { secret: CURIOUS.secret, headerName: 'X-Webhook-Secret' },
			smtp: smtp(services),
		}),
		prepare: async (client) => {
			await table(client, 'Curious Thing calls', strings('eventId', 'eventType', 'name', 'phone', 'status', 'statusGroup', 'campaignId'));
			return {};
		},
		deliveries: [{ path: `${CURIOUS.id}/${CURIOUS.id}/${CURIOUS.secret}`, headers: json, fixture: 'CuriousThing/CallComplete.json' }],
		executions: 1,
		compare: ['Curious Thing Trigger', 'Skip events already handled', 'Asked for a human?', 'Save call outcome'],
	},
];
