import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { listIn, recordOf, writeResult } from './answers';
import { readPages, type Page } from './paging';
import { apiRequest, type ErrorExplainer } from './request';

/** What one vendor's API client is made of. */
export interface VendorApi {
	/** The credential type that authenticates every request. */
	credential: string;
	/** The API address the credential points at; trailing slashes are dropped. */
	baseUrl: (credentials: ICredentialDataDecryptedObject) => string;
	/** Advice shown under the vendor's own error message (see explainStatus). */
	explain: ErrorExplainer;
	/** Headers sent with every request, beyond the credential's own. */
	headers?: Record<string, string>;
	/** The largest page asked for while reading a list. */
	pageSize: number;
	/** The key the API wraps a record in (and a list's records, unless `keys` says otherwise). */
	wrapper?: string;
	/**
	 * How many records match a list in all, read from one page's answer, where the API says so:
	 * paging then reads on past a short page and stops without asking for an empty one.
	 */
	total?: (answer: unknown) => number | undefined;
}

export interface RequestOptions {
	body?: IDataObject;
	/** Query parameters; an empty object sends none. */
	qs?: IDataObject;
}

export interface ListOptions {
	/** Filters sent with every page; a numeric `offset` among them is where reading starts. */
	qs?: IDataObject;
	/** At most this many records; undefined reads them all ("Return All"). */
	limit: number | undefined;
	/** Where an answer that is not a bare array keeps its records; the vendor's wrapper by default. */
	keys?: readonly string[];
}

/** Who may call the API: a running node, or the editor filling a picker. */
export type ApiContext = IExecuteFunctions | ILoadOptionsFunctions;

export interface ApiClient {
	/** The largest page the API serves (VendorApi.pageSize). */
	pageSize: number;
	/** One authenticated call; `path` starts with "/". */
	request<T = IDataObject>(context: ApiContext, method: IHttpRequestMethods, path: string, options?: RequestOptions): Promise<T>;
	/** A list read with limit/offset paging, page by page until the limit, the total, or a short page (see readPages). */
	list(context: ApiContext, path: string, options: ListOptions): Promise<IDataObject[]>;
	/** One page of a list: `size` records from `offset` on, with the total where the API says it. */
	page(context: ApiContext, path: string, options: { qs?: IDataObject; offset: number; size: number; keys?: readonly string[] }): Promise<Page>;
	/** A read's answer as item JSON (see recordOf). */
	record(answer: unknown): IDataObject;
	/** A write's answer as item JSON (see writeResult). */
	written(answer: unknown, extra?: IDataObject): IDataObject;
}

/** The request layer of one vendor: base URL from the credential, the vendor's advice on errors, paging. */
export function apiClient(api: VendorApi): ApiClient {
	async function request<T>(context: ApiContext, method: IHttpRequestMethods, path: string, options: RequestOptions = {}) {
		const baseUrl = api.baseUrl(await context.getCredentials(api.credential)).replace(/\/+$/, '');
		const http: IHttpRequestOptions = { method, url: `${baseUrl}${path}` };
		if (api.headers) http.headers = { ...api.headers };
		if (options.qs && Object.keys(options.qs).length > 0) http.qs = options.qs;
		if (options.body !== undefined) http.body = options.body;
		return await apiRequest<T>(context, api.credential, http, api.explain);
	}
	const defaultKeys = api.wrapper === undefined ? [] : [api.wrapper];
	async function page(context: ApiContext, path: string, { qs = {}, offset, size, keys = defaultKeys }: { qs?: IDataObject; offset: number; size: number; keys?: readonly string[] }): Promise<Page> {
		const answer = await request<unknown>(context, 'GET', path, { qs: { ...qs, limit: size, offset } });
		return { records: listIn(answer, keys) ?? [], total: api.total?.(answer) };
	}
	return {
		pageSize: api.pageSize,
		request,
		page,
		async list(context, path, { qs = {}, limit, keys }) {
			return await readPages(async (offset, size) => await page(context, path, { qs, offset, size, keys }), {
				limit,
				pageSize: api.pageSize,
				offset: typeof qs.offset === 'number' ? qs.offset : 0,
			});
		},
		record: (answer) => recordOf(answer, api.wrapper),
		written: (answer, extra) => writeResult(answer, extra, api.wrapper),
	};
}

/**
 * Plain-English advice per HTTP status for a workflow builder: the table's entry, else `serverError`
 * for any 5xx, else none (the vendor's own message stands alone).
 */
export function explainStatus(advice: Record<number, string>, serverError: string): ErrorExplainer {
	return (status) => {
		if (status === undefined) return undefined;
		return advice[status] ?? (status >= 500 ? serverError : undefined);
	};
}

/** A path segment from a parameter, trimmed and encoded. */
export function segment(value: unknown): string {
	return encodeURIComponent(String(value ?? '').trim());
}
