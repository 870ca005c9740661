// The ChatVolt records a builder picks from a list (node version 2 on). ChatVolt answers its
// agent and conversation lists whole (GET /agents, GET /conversation), so the pickers filter by
// what is typed and serve the entries a page at a time here.
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { firstText, idOf, listIn, searchWhole, type ListEntry, type LocatorSpec } from '../../shared/action';
import { isPlainObject } from '../../shared/object';
import { APP_URL } from '../apiUrl';
import { chatVolt } from './api';

const CUID = '[A-Za-z0-9_-]+';

export const AGENT: LocatorSpec = {
	name: 'agentId',
	displayName: 'Agent',
	searchMethod: 'searchAgents',
	idPlaceholder: 'cm0vthnd901sai91sdbq1wbgq',
	idPattern: CUID,
	idName: 'a ChatVolt agent ID',
	// The agent's page in ChatVolt's dashboard (whatever the host, for a white-label address).
	url: { regex: `^\\s*https?://[^/\\s]+/agents/(${CUID})`, placeholder: `${APP_URL}/agents/cm0vthnd901sai91sdbq1wbgq` },
};

export const CONVERSATION: LocatorSpec = {
	name: 'conversationId',
	displayName: 'Conversation',
	searchMethod: 'searchConversations',
	idPlaceholder: 'clx1b2c3d0000abcd1234efgh',
	idPattern: CUID,
	idName: 'a ChatVolt conversation ID',
};

/** How many days back the conversation picker looks (ChatVolt's list needs a start date). */
export const CONVERSATION_DAYS = 30;

const agentEntry: ListEntry = (agent) => {
	const id = idOf(agent);
	if (id === undefined) return undefined;
	return { name: firstText(agent.name, agent.handle) ?? `Agent ${id}`, value: id, url: `${APP_URL}/agents/${id}` };
};

const conversationEntry: ListEntry = (conversation) => {
	const id = idOf(conversation);
	if (id === undefined) return undefined;
	const about = [firstText(conversation.channel), firstText(conversation.status)?.toLowerCase(), day(conversation.createdAt)].filter(Boolean);
	const title = firstText(conversation.title) ?? `Conversation ${id}`;
	return { name: about.length ? `${title} (${about.join(', ')})` : title, value: id };
};

function day(value: unknown): string | undefined {
	return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/** `YYYY-MM-DD HH:mm:ss` in UTC, the date format ChatVolt's conversation list documents. */
export function chatVoltDate(date: Date): string {
	return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** The agent the node has picked already, if any: from the list, by ID, by URL, or a plain ID. */
function chosenAgent(context: ILoadOptionsFunctions): string | undefined {
	const value = context.getCurrentNodeParameter(AGENT.name) as unknown;
	const picked: IDataObject = isPlainObject(value) ? value : { value: value as IDataObject[string] };
	const text = typeof picked.value === 'string' ? picked.value.trim() : '';
	const id = picked.mode === 'url' ? new RegExp(AGENT.url!.regex).exec(text)?.[1] : text;
	return id && new RegExp(`^${CUID}$`).test(id) ? id : undefined;
}

export const AGENT_LIST_KEYS = ['agents', 'data', 'items'];
export const CONVERSATION_LIST_KEYS = ['conversations', 'data', 'items'];

export const chatVoltListSearch = {
	async searchAgents(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const agents = listIn(await chatVolt.request<unknown>(this, 'GET', '/agents'), AGENT_LIST_KEYS) ?? [];
		return searchWhole(agents, agentEntry, { filter, paginationToken, pageSize: chatVolt.pageSize });
	},
	/** The last 30 days' conversations, of the agent picked above where the node has one. */
	async searchConversations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const since = new Date(Date.now() - CONVERSATION_DAYS * 24 * 60 * 60 * 1000);
		const qs: IDataObject = { createdAt: chatVoltDate(since) };
		const agentId = chosenAgent(this);
		if (agentId) qs.agentId = agentId;
		const conversations = listIn(await chatVolt.request<unknown>(this, 'GET', '/conversation', { qs }), CONVERSATION_LIST_KEYS) ?? [];
		return searchWhole(conversations, conversationEntry, { filter, paginationToken, pageSize: chatVolt.pageSize });
	},
};
