// Hipcall's API v3 as Hipcall documents it, on a loopback stand-in (127.0.0.1, under /api/v3): the
// routes the Hipcall node calls, with the types Hipcall validates, answered from a small account.
// Sources: Hipcall's REST-client collection (github.com/hipcall/restclient, APIv3/*.http), its SDKs
// (php_sdk, python_sdk, ruby-sdk, elixir_sdk) and its developer articles
// (github.com/hipcall/2026-internship, blog/en/02, 03, 05, 06). Refusals are Hipcall's:
// 422 {"errors": {field: [messages]}}, 404 {"errors": {"detail": "Not Found"}}.
import { startApiStandIn, type ApiStandIn, type StandInAnswer, type StandInRequest } from '../helpers/apiStandIn';
import {
	boolean,
	contractHandler,
	integer,
	listOf,
	matching,
	nullable,
	object,
	oneOf,
	queryInteger,
	schemaProblems,
	string,
	text,
	type Check,
	type Route,
	type Schema,
} from '../helpers/apiFake';

export type Json = Record<string, any>;

/** Dates as Hipcall shows them: `2025-09-01`, or to the second, `2025-09-01T00:00:00Z` / `+03:00`. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
const dateTime = matching(DATE_TIME, 'YYYY-MM-DDTHH:mm:ssZ');
const dateOrDateTime = matching(new RegExp(`${DATE.source}|${DATE_TIME.source}`), 'YYYY-MM-DD or YYYY-MM-DDTHH:mm:ssZ');
const nonEmpty = text(1);

/** The fields each card row type allows (blog/en/05): any other, even null, is refused. */
const CARD_ROWS: Record<string, Schema> = {
	title: { required: { type: string, text: nonEmpty }, optional: { link: string } },
	shortText: { required: { type: string, text: nonEmpty }, optional: { label: string, link: string, ios: string, android: string } },
	user: { required: { type: string, label: nonEmpty, user_id: integer } },
};

function cardProblems(card: unknown): Record<string, string[]> {
	if (!Array.isArray(card)) return { card: [`must be a list, got ${JSON.stringify(card)}`] };
	const problems: Record<string, string[]> = {};
	card.forEach((row: Json, index) => {
		const schema = CARD_ROWS[row?.type];
		if (!schema) {
			problems[`card.${index}.type`] = [`must be one of title, shortText, user, got ${JSON.stringify(row?.type)}`];
			return;
		}
		const rowProblems = schemaProblems(row, schema);
		const invalid = Object.keys(rowProblems).filter((field) => rowProblems[field].some((p) => p.startsWith('Unexpected')));
		if (invalid.length > 0) {
			const allowed = [...Object.keys(schema.required ?? {}), ...Object.keys(schema.optional ?? {})].join(', ');
			problems[`card.${index}`] = [`${row.type} type only allows fields: ${allowed}. Invalid fields found: ${invalid.join(', ')} in card item ${index + 1}`];
		}
		for (const [field, messages] of Object.entries(rowProblems)) {
			if (!invalid.includes(field)) problems[`card.${index}.${field}`] = messages;
		}
	});
	return problems;
}

const PAGING: Record<string, Check> = { limit: queryInteger(1, 100), offset: queryInteger(0), q: string, sort: string };

const CALL_FILTERS: Record<string, Check> = {
	'started_at[gte]': dateOrDateTime,
	'started_at[lte]': dateOrDateTime,
	'started_at[gt]': dateOrDateTime,
	'started_at[lt]': dateOrDateTime,
	'direction[eq]': oneOf('inbound', 'outbound'),
	'direction[in]': matching(/^(inbound|outbound)(,(inbound|outbound))*$/, 'inbound,outbound'),
	'missing_call[eq]': oneOf('true', 'false'),
	'call_duration[gte]': queryInteger(0),
	'call_duration[lte]': queryInteger(0),
};

const COMPANY_FIELDS: Record<string, Check> = {
	name: nonEmpty,
	description: string,
	custom_url: string,
	linkedin_url: string,
	website_url: string,
	external_id: string,
	assign_to_user_id: nullable(integer),
	custom_fields: object,
};

const CONTACT_FIELDS: Record<string, Check> = {
	first_name: nonEmpty,
	last_name: string,
	job_title: string,
	company_id: nullable(integer),
	external_id: string,
	custom_url: string,
	linkedin_url: string,
	assign_to_user_id: nullable(integer),
	custom_fields: object,
};

export interface HipcallAccount {
	users: Json[];
	extensions: Json[];
	tasks: Json[];
	calls: Json[];
	companies: Json[];
	contacts: Json[];
	numbers: Json[];
	tags: Json[];
	/** Comments per "calls/<uuid>", "companies/<id>", "contacts/<id>". */
	comments: Record<string, Json[]>;
	/** Cards pushed per call uuid. */
	cards: Record<string, Json[][]>;
	/** Calls started: who, from which number, to whom. */
	dialled: Json[];
}

/** A small account: 250 users, 2701 to 2950 (a list of three pages), the seed's call, one company and contact. */
export function sampleAccount(): HipcallAccount {
	return {
		users: Array.from({ length: 250 }, (_, i) => ({ id: 2701 + i, name: `User ${2701 + i}`, resource_type: 'user' })),
		extensions: [
			{ id: 2004, number: '1001', target_id: 2945, target_type: 'user' },
			{ id: 2005, number: '1002', target_id: 2946, target_type: 'user' },
		],
		tasks: [{ id: 110181, name: 'Call the customer back', done: false }],
		calls: [
			{ uuid: '2483a75a-56a2-41f1-991b-92b1667e324a', direction: 'outbound', missing_call: false, started_at: '2024-11-17T10:41:00Z' },
			{ uuid: 'a1', direction: 'inbound', missing_call: true, started_at: '2024-11-17T08:00:00Z', caller_number: '+905321112233', callee_number: '+908508850226' },
			{ uuid: 'a2', direction: 'inbound', missing_call: false, started_at: '2024-11-18T09:30:00Z' },
		],
		companies: [
			{
				id: 80679,
				name: 'Acme Ltd.',
				external_id: 'COMPANY-77',
				phones: [{ id: 246087, number: '+908508850000', order: 1, country: 'TR' }],
				emails: [{ order: 1, email: 'info@acme.example' }],
			},
		],
		contacts: [
			{
				id: 49775,
				first_name: 'Can',
				last_name: 'Kaya',
				full_name: 'Can Kaya',
				external_id: 'CUSTOMER-CAN-001',
				company_id: null,
				phones: [{ id: 309013, number: '+905326202911', order: 1, country: 'TR' }],
				emails: [{ order: 1, email: 'can@acme.example' }],
			},
		],
		numbers: [{ id: 638, number: '+908508850226' }],
		tags: [
			{ id: 5417, name: 'VIP', type: 'communication' },
			{ id: 5617, name: 'short-call-customer', type: 'communication' },
		],
		comments: {},
		cards: {},
		dialled: [],
	};
}

const NOT_FOUND: StandInAnswer = { status: 404, body: { errors: { detail: 'Not Found' } } };

/** Hipcall's free-text search (`q`): the text in any field of the record, nested lists included. */
function mentions(record: unknown, q: string): boolean {
	if (typeof record === 'string' || typeof record === 'number') return String(record).toLowerCase().includes(q.toLowerCase());
	if (Array.isArray(record)) return record.some((value) => mentions(value, q));
	return typeof record === 'object' && record !== null && Object.values(record).some((value) => mentions(value, q));
}

const searched = (record: Json, query: Record<string, string>) => !query.q || mentions(record, query.q);

function matches(call: Json, query: Record<string, string>): boolean {
	const at = (bound: string) => new Date(bound).getTime();
	const started = at(call.started_at);
	if (query['direction[eq]'] && call.direction !== query['direction[eq]']) return false;
	if (query['missing_call[eq]'] && String(call.missing_call) !== query['missing_call[eq]']) return false;
	if (query['started_at[gte]'] && started < at(query['started_at[gte]'])) return false;
	if (query['started_at[lte]'] && started > at(query['started_at[lte]'])) return false;
	return true;
}

export interface HipcallFakeOptions {
	token: string;
	/** The most records one page holds, whatever limit asked (Hipcall pages by meta.limit). */
	pageCap?: number;
	account?: HipcallAccount;
}

export interface HipcallFake extends ApiStandIn {
	account: HipcallAccount;
	options: HipcallFakeOptions;
}

/** Starts the fake; its `baseUrl` is what a Hipcall API credential's custom base URL is set to. */
export async function startHipcallFake(options: HipcallFakeOptions): Promise<HipcallFake> {
	const fake = (await startApiStandIn(undefined, { pathPrefix: '/api/v3' })) as HipcallFake;
	fake.options = options;
	fake.account = options.account ?? sampleAccount();
	const account = () => fake.account;

	const list =
		(records: (params: Record<string, string>) => Json[], filter?: (record: Json, query: Record<string, string>) => boolean) =>
		({ query }: StandInRequest, params: Record<string, string>): StandInAnswer => {
			const limit = Number(query.limit ?? 10);
			const offset = Number(query.offset ?? 0);
			const all = records(params).filter((record) => searched(record, query) && (filter ? filter(record, query) : true));
			const page = all.slice(offset, offset + Math.min(limit, fake.options.pageCap ?? limit));
			return { body: { data: page, meta: { count: all.length, limit, offset } } };
		};
	const byId = (records: () => Json[], key = 'id') => (id: string) => records().find((record) => String(record[key]) === id);
	const one = (find: (id: string) => Json | undefined, param: string) => (_: StandInRequest, params: Record<string, string>) => {
		const record = find(params[param]);
		return record ? { body: { data: record } } : NOT_FOUND;
	};
	type Problems = Record<string, string[]>;
	const exists =
		(find: (id: string) => Json | undefined, param: string) =>
		(_: StandInRequest, params: Record<string, string>): Problems =>
			find(params[param]) ? {} : { [param]: [`No result for ${param}: ${params[param]}`] };
	const user = byId(() => account().users);
	const extension = byId(() => account().extensions);
	const call = byId(() => account().calls, 'uuid');
	const number = byId(() => account().numbers);
	const comment = (key: (params: Record<string, string>) => string): Route['answer'] => ({ body }, params) => {
		const record = { id: Object.keys(account().comments).length + 1, ...(body as Json) };
		(account().comments[key(params)] ??= []).push(record);
		return { status: 201, body: { data: record } };
	};
	const lookup = (has: (record: Json) => boolean): StandInAnswer => ({
		body: { data: { companies: account().companies.filter(has), contacts: account().contacts.filter(has) } },
	});
	const numberKnown = ({ body }: StandInRequest): Problems => {
		const id = (body as Json)?.number_id;
		return id === undefined || number(String(id)) ? {} : { number_id: [`No result for number_id: ${id}`] };
	};

	const crm = (collection: 'companies' | 'contacts', fields: Record<string, Check>): Route[] => {
		const find = byId(() => account()[collection]);
		const found = exists(find, 'id');
		const required = collection === 'companies' ? 'name' : 'first_name';
		const { [required]: requiredCheck, ...optional } = fields;
		return [
			{ method: 'GET', path: `/${collection}`, query: { optional: PAGING }, answer: list(() => account()[collection]) },
			{ method: 'GET', path: `/${collection}/:id`, answer: one(find, 'id') },
			{
				// Create takes phones and emails too (blog/en/06); PATCH refuses them.
				method: 'POST',
				path: `/${collection}`,
				body: {
					required: { [required]: requiredCheck },
					optional: { ...optional, phones: listOf(object), emails: listOf(string) },
				},
				check: ({ body }): Problems => {
					const externalId = (body as Json)?.external_id;
					const taken = externalId !== undefined && account()[collection].some((record) => record.external_id === externalId);
					return taken ? { external_id: ['has already been taken'] } : {};
				},
				answer: ({ body }) => {
					const record = { id: 90000 + account()[collection].length, ...(body as Json) };
					account()[collection].push(record);
					return { status: 201, body: { data: record } };
				},
			},
			{
				method: 'GET',
				path: `/${collection}/by-external-id/:externalId`,
				answer: one((externalId) => account()[collection].find((record) => record.external_id === externalId), 'externalId'),
			},
			{
				method: 'PATCH',
				path: `/${collection}/:id`,
				body: { optional: fields },
				check: found,
				answer: ({ body }, { id }) => ({ body: { data: Object.assign(find(id)!, body) } }),
			},
			{
				method: 'POST',
				path: `/${collection}/:id/tags`,
				body: { required: { tag_id: integer } },
				check: found,
				answer: ({ body }) => ({ status: 201, body: { data: account().tags.filter((tag) => tag.id === (body as Json).tag_id) } }),
			},
			{ method: 'DELETE', path: `/${collection}/:id/tags/:tagId`, check: found, answer: () => ({ status: 204 }) },
			{
				method: 'POST',
				path: `/${collection}/:id/comments`,
				body: { required: { content: nonEmpty } },
				check: found,
				answer: comment(({ id }) => `${collection}/${id}`),
			},
		];
	};

	const routes: Route[] = [
		{ method: 'GET', path: '/users', query: { optional: PAGING }, answer: list(() => account().users) },
		{ method: 'GET', path: '/users/:id', answer: one(user, 'id') },
		{
			method: 'POST',
			path: '/users/:id/call',
			body: {
				required: { callee_number: nonEmpty },
				optional: { ring_user_first: boolean, number_id: integer, call_masking: boolean, call_masking_name: text(0, 30) },
			},
			check: (request, params) => ({ ...exists(user, 'id')(request, params), ...numberKnown(request) }),
			answer: ({ body }, { id }) => {
				account().dialled.push({ user_id: Number(id), ...(body as Json) });
				return { status: 201, body: { data: { id: `call-${account().dialled.length}` } } };
			},
		},
		{ method: 'GET', path: '/extensions', query: { optional: PAGING }, answer: list(() => account().extensions) },
		{ method: 'GET', path: '/extensions/:id', answer: one(extension, 'id') },
		{
			// number_id is mandatory here, optional on a user's call (blog/en/03); the PHP SDK sends it as a number.
			method: 'POST',
			path: '/extensions/:id/call',
			body: { required: { callee_number: nonEmpty, number_id: integer } },
			check: (request, params) => ({ ...exists(extension, 'id')(request, params), ...numberKnown(request) }),
			answer: ({ body }, { id }) => {
				account().dialled.push({ extension_id: Number(id), ...(body as Json) });
				return { status: 201, body: { data: { id: `call-${account().dialled.length}` } } };
			},
		},
		{ method: 'GET', path: '/tasks', query: { optional: PAGING }, answer: list(() => account().tasks) },
		{ method: 'GET', path: '/tasks/:id', answer: one(byId(() => account().tasks), 'id') },
		{
			// The types of the Elixir SDK's task schema and the Python SDK's TaskCreate.
			method: 'POST',
			path: '/tasks',
			body: {
				required: { name: nonEmpty },
				optional: {
					description: string,
					assign_to_user_id: integer,
					auto_assign_to_user: boolean,
					company_ids: listOf(integer),
					contact_ids: listOf(integer),
					deal_ids: listOf(integer),
					due_date: dateTime,
					priority: oneOf('low', 'medium', 'high'),
					task_list_id: integer,
				},
			},
			answer: ({ body }) => {
				const task = { id: 110182 + account().tasks.length, done: false, ...(body as Json) };
				account().tasks.push(task);
				return { status: 201, body: { data: task } };
			},
		},
		{
			method: 'GET',
			path: '/calls',
			query: { optional: { ...PAGING, ...CALL_FILTERS } },
			answer: list(() => account().calls, matches),
		},
		{ method: 'GET', path: '/calls/:uuid', query: { optional: { date: matching(DATE, 'YYYY-MM-DD') } }, answer: one(call, 'uuid') },
		{
			method: 'POST',
			path: '/calls/:uuid/cards',
			body: { required: { card: listOf(object) } },
			check: ({ body }) => cardProblems((body as Json)?.card),
			// Hipcall answers 201 (blog/en/05), also for a call that has ended; the body is not documented.
			answer: ({ body }, { uuid }) => {
				(account().cards[uuid] ??= []).push((body as Json).card);
				return { status: 201 };
			},
		},
		{
			method: 'GET',
			path: '/calls/:uuid/comments',
			query: { optional: PAGING },
			answer: list(({ uuid }) => account().comments[`calls/${uuid}`] ?? []),
		},
		{ method: 'POST', path: '/calls/:uuid/comments', body: { required: { content: nonEmpty } }, answer: comment(({ uuid }) => `calls/${uuid}`) },
		...crm('companies', COMPANY_FIELDS),
		...crm('contacts', CONTACT_FIELDS),
		{ method: 'GET', path: '/tags', query: { optional: { ...PAGING, type: string } }, answer: list(() => account().tags) },
		{
			// An unknown tag is a 404 (blog/en/08); tagging twice is no error.
			method: 'POST',
			path: '/calls/:uuid/tags',
			body: { required: { tag_id: integer } },
			answer: ({ body }, { uuid }) => {
				const tag = account().tags.find((t) => t.id === (body as Json).tag_id);
				if (!tag) return NOT_FOUND;
				const call = account().calls.find((c) => c.uuid === uuid);
				if (call) call.tags = [...new Set([...(call.tags ?? []), tag.id])];
				return { status: 201, body: { data: [tag] } };
			},
		},
		{
			// Numbers as Hipcall stores them (E.164); both lists come back, empty when nothing matches.
			method: 'GET',
			path: '/lookup/by_phone',
			query: { required: { number: matching(/^\+[1-9]\d{7,14}$/, 'E.164 (+905326202911)') } },
			answer: ({ query }) => lookup((record) => (record.phones ?? []).some((phone: Json) => phone.number === query.number)),
		},
		{
			method: 'GET',
			path: '/lookup/by_email',
			query: { required: { email: nonEmpty } },
			answer: ({ query }) =>
				lookup((record) => (record.emails ?? []).some((entry: Json) => String(entry.email).toLowerCase() === query.email.toLowerCase())),
		},
	];

	fake.handle = contractHandler({
		routes,
		guard: ({ headers }) =>
			headers.authorization === `Bearer ${fake.options.token}`
				? undefined
				: { status: 401, body: { errors: { detail: 'Not authorized. Check your API token is valid and not expired.' } } },
		refuse: (errors) => ({ status: 422, body: { errors } }),
		notFound: NOT_FOUND,
	});
	return fake;
}
