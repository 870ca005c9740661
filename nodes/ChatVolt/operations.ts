import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

import { readPages } from '../shared/action';
import { asJson, chatVoltRequest, listIn, segment } from './api';

type Operation = (context: IExecuteFunctions, i: number) => Promise<IDataObject | IDataObject[]>;

const param = (context: IExecuteFunctions, name: string, i: number, fallback?: unknown) =>
	context.getNodeParameter(name, i, fallback);

/** Only the entries that hold something, so that empty optional fields are not sent. */
function compact(values: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== ''),
	);
}

function required(context: IExecuteFunctions, name: string, label: string, i: number): string {
	const value = String(param(context, name, i, '') ?? '').trim();
	if (!value) throw new NodeOperationError(context.getNode(), `${label} is empty`, { itemIndex: i });
	return value;
}

const conversationPath = (context: IExecuteFunctions, i: number, action: string) =>
	`/conversations/${segment(required(context, 'conversationId', 'Conversation ID', i))}/${action}`;

/** A conversation change acknowledged by ChatVolt, reported with the conversation it concerns. */
async function changeConversation(context: IExecuteFunctions, i: number, action: string, body: IDataObject) {
	const answer = await chatVoltRequest(context, 'POST', conversationPath(context, i, action), { body });
	return asJson(answer, { conversationId: String(param(context, 'conversationId', i)).trim() });
}

const setAi = (enabled: boolean): Operation => async (context, i) =>
	await changeConversation(context, i, 'set-ai-enabled', { enabled });

export const operations: Record<string, Record<string, Operation>> = {
	agent: {
		async query(context, i) {
			const agentId = required(context, 'agentId', 'Agent ID', i);
			const extra = param(context, 'additionalFields', i, {}) as IDataObject;
			const contact = compact({
				email: extra.email,
				phoneNumber: extra.phoneNumber,
				firstName: extra.firstName,
				lastName: extra.lastName,
			});
			const body = compact({
				query: required(context, 'query', 'Question', i),
				streaming: false,
				conversationId: String(param(context, 'conversationId', i, '')).trim(),
				visitorId: extra.visitorId,
			});
			if (Object.keys(contact).length) body.contact = contact;
			return asJson(await chatVoltRequest(context, 'POST', `/agents/${segment(agentId)}/query`, { body }));
		},
	},
	conversation: {
		async sendMessage(context, i) {
			const sendBy = param(context, 'sendBy', i, 'conversationId') as string;
			const label = { conversationId: 'Conversation ID', phone: 'Phone Number', email: 'Email' }[sendBy] ?? sendBy;
			const target = required(context, sendBy, label, i);
			const options = param(context, 'messageOptions', i, {}) as IDataObject;
			const attachments = ((options.attachments as IDataObject | undefined)?.attachment as IDataObject[] | undefined) ?? [];
			const body = compact({
				message: required(context, 'message', 'Message', i),
				agentId: options.agentId,
				channel: options.channel,
			});
			const files = attachments.map(compact).filter((file) => file.url);
			if (files.length) body.attachments = files;
			const path = `/conversation/message/${sendBy}/${segment(target)}`;
			return asJson(await chatVoltRequest(context, 'POST', path, { body }));
		},
		async getMessages(context, i) {
			const conversationId = required(context, 'conversationId', 'Conversation ID', i);
			const count = Math.max(1, Math.floor(Number(param(context, 'limit', i, 50))));
			const answer = await chatVoltRequest<unknown>(context, 'GET', `/conversation/${segment(conversationId)}/messages/${count}`);
			return listIn(answer, ['messages', 'data']) ?? [asJson(answer)];
		},
		setStatus: async (context, i) =>
			await changeConversation(context, i, 'set-status', { status: param(context, 'status', i) as string }),
		setPriority: async (context, i) =>
			await changeConversation(context, i, 'set-priority', { priority: param(context, 'priority', i) as string }),
		async assign(context, i) {
			const assignBy = param(context, 'assignBy', i, 'email') as string;
			return await changeConversation(context, i, 'assign', { [assignBy]: required(context, 'assignee', 'Team Member', i) });
		},
		enableAi: setAi(true),
		disableAi: setAi(false),
	},
	contact: {
		async getAll(context, i) {
			const returnAll = param(context, 'returnAll', i, false) as boolean;
			const limit = returnAll ? undefined : Number(param(context, 'limit', i, 50));
			const filters = compact(param(context, 'filters', i, {}) as IDataObject);
			return await readPages(
				async (offset, size) => {
					const answer = await chatVoltRequest<unknown>(context, 'GET', '/contacts', {
						qs: { ...filters, limit: size, offset },
					});
					return listIn(answer, ['contacts', 'data', 'items']) ?? [];
				},
				{ limit, pageSize: 100 },
			);
		},
		async upsert(context, i) {
			const contactId = String(param(context, 'contactId', i, '')).trim();
			const extra = param(context, 'contactFields', i, {}) as IDataObject;
			const body = compact({
				email: String(param(context, 'email', i, '')).trim(),
				phoneNumber: String(param(context, 'phoneNumber', i, '')).trim(),
				firstName: extra.firstName,
				lastName: extra.lastName,
				externalId: extra.externalId,
			});
			if (!contactId && !body.email && !body.phoneNumber) {
				throw new NodeOperationError(context.getNode(), 'A new contact needs an email or a phone number', { itemIndex: i });
			}
			const id = contactId || (await sameContactId(context, body));
			if (id) return asJson(await chatVoltRequest(context, 'PATCH', `/contacts/${segment(id)}`, { body }));
			return asJson(await chatVoltRequest(context, 'POST', '/contacts', { body }));
		},
		async delete(context, i) {
			const contactId = required(context, 'contactId', 'Contact ID', i);
			const answer = await chatVoltRequest(context, 'DELETE', `/contacts/${segment(contactId)}`);
			return asJson(answer, { id: contactId, deleted: true });
		},
	},
};

/**
 * The id of the contact that already has this email (else this phone number), so that Create or
 * Update updates it instead of creating a second one. Only an exact match counts, whatever the
 * API does with the filter.
 */
async function sameContactId(context: IExecuteFunctions, wanted: IDataObject): Promise<string | undefined> {
	for (const key of ['email', 'phoneNumber'] as const) {
		const value = wanted[key];
		if (typeof value !== 'string' || value === '') continue;
		const answer = await chatVoltRequest<unknown>(context, 'GET', '/contacts', { qs: { [key]: value, limit: 10 } });
		const same = (listIn(answer, ['contacts', 'data', 'items']) ?? []).find(
			(contact) => typeof contact[key] === 'string' && (contact[key] as string).toLowerCase() === value.toLowerCase(),
		);
		if (same?.id !== undefined) return String(same.id);
	}
	return undefined;
}
