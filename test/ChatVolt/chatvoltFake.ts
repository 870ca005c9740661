// ChatVolt's API as ChatVolt documents it, on a loopback stand-in (127.0.0.1): the routes the
// ChatVolt node's pickers and operations call, with the types ChatVolt validates, answered from a
// small organization. Sources: ChatVolt's API reference (docs.chatvolt.ai/api-reference: agents
// get, conversation list-by-date, get-by-id, update-status, send-message) and its dashboard's API
// routes (github.com/chatvolt/chatvolt, pages/api/agents: GET /agents answers every agent at once).
import { startApiStandIn, type ApiStandIn, type StandInAnswer } from '../helpers/apiStandIn';
import { boolean, contractHandler, matching, object, oneOf, string, text, type Route } from '../helpers/apiFake';

export type Json = Record<string, any>;

const DAY = 24 * 60 * 60 * 1000;

/** 'YYYY-MM-DD HH:mm:ss', 'YYYY-MM-DD HH:mm', 'YYYY-MM-DD' or ISO 8601, as the list documents. */
const listDate = matching(/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'YYYY-MM-DD HH:mm:ss');
const STATUS = oneOf('RESOLVED', 'UNRESOLVED', 'HUMAN_REQUESTED');
const PRIORITY = oneOf('LOW', 'MEDIUM', 'HIGH');

export interface ChatVoltOrganization {
	agents: Json[];
	conversations: Json[];
	/** Messages sent, as { path, body }. */
	sent: Json[];
}

/** An agent as GET /agents/{id} answers it: more than ten fields. */
export function agent(id: string, name: string, extra: Json = {}): Json {
	return {
		id,
		name,
		description: `${name}, answering customers`,
		modelName: 'gpt_4o_mini',
		temperature: 0.2,
		systemPrompt: 'You are a helpful assistant.',
		userPrompt: '{query}',
		visibility: 'private',
		handle: name.toLowerCase().replace(/\W+/g, '-'),
		organizationId: 'org-1',
		interfaceConfig: {},
		tools: [],
		hidden: false,
		createdAt: '2026-01-10T09:00:00.000Z',
		updatedAt: '2026-11-20T09:00:00.000Z',
		...extra,
	};
}

/** A conversation as the list and GET /conversation/{id} answer it. */
export function conversation(id: string, agentId: string, daysAgo: number, extra: Json = {}): Json {
	const at = new Date(Date.now() - daysAgo * DAY).toISOString();
	return {
		id,
		title: `Conversation ${id}`,
		isAiEnabled: true,
		channel: 'whatsapp',
		status: 'UNRESOLVED',
		metadata: null,
		channelExternalId: null,
		channelCredentialsId: null,
		organizationId: 'org-1',
		mailInboxId: null,
		priority: 'MEDIUM',
		formId: null,
		agentId,
		userId: 'user-1',
		visitorId: null,
		assignees: [],
		createdAt: at,
		updatedAt: at,
		...extra,
	};
}

export function sampleOrganization(): ChatVoltOrganization {
	return {
		agents: [agent('cm0vthnd901sai91sdbq1wbgq', 'Support Bot'), agent('cm1salesagent00000000000a', 'Suporte Técnico')],
		conversations: [
			conversation('conv-new', 'cm0vthnd901sai91sdbq1wbgq', 1, { title: 'Order 1234 late' }),
			conversation('conv-web', 'cm1salesagent00000000000a', 3, { channel: 'website', status: 'RESOLVED', title: null }),
			conversation('conv-old', 'cm0vthnd901sai91sdbq1wbgq', 60, { title: 'Old question' }),
		],
		sent: [],
	};
}

const NOT_FOUND: StandInAnswer = { status: 404, body: { error: 'Not found' } };

export interface ChatVoltFake extends ApiStandIn {
	organization: ChatVoltOrganization;
}

/** Starts the fake; its `baseUrl` is what a ChatVolt API credential's Base URL is set to. */
export async function startChatVoltFake({ apiKey }: { apiKey: string }): Promise<ChatVoltFake> {
	const fake = (await startApiStandIn()) as ChatVoltFake;
	fake.organization = sampleOrganization();
	const org = () => fake.organization;
	const conversationById = (id: string) => org().conversations.find((c) => c.id === id);
	const known: Route['check'] = (_, { conversationId }): Record<string, string[]> =>
		conversationById(conversationId) ? {} : { conversationId: [`No conversation ${conversationId}`] };

	const routes: Route[] = [
		{ method: 'GET', path: '/agents', answer: () => ({ body: org().agents }) },
		{
			method: 'GET',
			path: '/agents/:id',
			answer: (_, { id }) => {
				const found = org().agents.find((a) => a.id === id);
				return found ? { body: found } : NOT_FOUND;
			},
		},
		{
			method: 'POST',
			path: '/agents/:id/query',
			body: {
				required: { query: text(1) },
				optional: { streaming: boolean, conversationId: string, visitorId: string, contact: object },
			},
			answer: ({ body }, { id }) => {
				if (!org().agents.some((a) => a.id === id)) return NOT_FOUND;
				const asked = body as Json;
				return { body: { answer: `Answer to: ${asked.query}`, conversationId: asked.conversationId ?? 'conv-created', visitorId: 'visitor-1' } };
			},
		},
		{
			method: 'GET',
			path: '/conversation',
			query: {
				optional: {
					agentId: string,
					channel: string,
					createdAt: listDate,
					endDate: listDate,
					status: STATUS,
					priority: PRIORITY,
					assigneeId: string,
					unread: oneOf('true', 'false'),
				},
			},
			answer: ({ query }) => {
				const at = (value: string) => new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`).getTime();
				const found = org().conversations.filter(
					(c) =>
						(!query.agentId || c.agentId === query.agentId) &&
						(!query.channel || c.channel === query.channel) &&
						(!query.status || c.status === query.status) &&
						(!query.priority || c.priority === query.priority) &&
						(!query.createdAt || new Date(c.createdAt).getTime() >= at(query.createdAt)) &&
						(!query.endDate || new Date(c.createdAt).getTime() <= at(query.endDate)),
				);
				return { body: found };
			},
		},
		{
			method: 'GET',
			path: '/conversation/:conversationId',
			answer: (_, { conversationId }) => {
				const found = conversationById(conversationId);
				return found ? { body: found } : NOT_FOUND;
			},
		},
		{
			method: 'POST',
			path: '/conversations/:conversationId/set-status',
			body: { required: { status: STATUS } },
			check: known,
			answer: ({ body }, { conversationId }) => {
				Object.assign(conversationById(conversationId)!, { status: (body as Json).status });
				return { body: { success: true } };
			},
		},
		{
			method: 'POST',
			path: '/conversation/message/:type/:value',
			body: { required: { message: text(1) }, optional: { agentId: string, channel: string, attachments: object } },
			check: (_, { type, value }): Record<string, string[]> =>
				type === 'conversationId' && !conversationById(value) ? { conversationId: [`No conversation ${value}`] } : {},
			answer: ({ body, path }) => {
				org().sent.push({ path, body });
				return { body: { id: `msg-${org().sent.length}` } };
			},
		},
	];

	fake.handle = contractHandler({
		routes,
		guard: ({ headers }) => (headers.authorization === `Bearer ${apiKey}` ? undefined : { status: 401, body: { error: 'Unauthorized' } }),
		refuse: (problems) => ({
			status: 400,
			body: { error: Object.entries(problems).map(([field, messages]) => `${field}: ${messages.join(', ')}`).join('; ') },
		}),
		notFound: NOT_FOUND,
	});
	return fake;
}
