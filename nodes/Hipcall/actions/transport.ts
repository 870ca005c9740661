import {
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { apiRequest, readPages, type ErrorExplainer } from '../../shared/action';

export const CREDENTIAL = 'hipcallApi';

const REGION_BASE_URLS: Record<string, string> = {
	global: 'https://use.hipcall.com/api/v3',
	turkey: 'https://use.hipcall.com.tr/api/v3',
};

/** The API base URL the credential points at, without a trailing slash. */
export function baseUrlOf(credentials: IDataObject): string {
	const region = String(credentials.region ?? 'global');
	const url = region === 'custom' ? String(credentials.baseUrl ?? '') : (REGION_BASE_URLS[region] ?? REGION_BASE_URLS.global);
	return url.trim().replace(/\/+$/, '');
}

/** Plain-English advice per HTTP status, shown under Hipcall's own message. */
export const explainHipcallError: ErrorExplainer = (status) => {
	switch (status) {
		case 400:
			return 'Hipcall could not read the request: check the fields of this node.';
		case 401:
			return 'Hipcall refused the API token: check it in the Hipcall API credential, or create a new one in Hipcall.';
		case 403:
			return 'The API token has no right to do this: use a token of a Hipcall administrator.';
		case 404:
			return 'Hipcall found nothing with this ID. Check the ID, and that the credential uses the region (Global or Turkey) of your account.';
		case 409:
		case 422:
			return 'Hipcall refused the data: its message above names the field.';
		case 429:
			return 'Too many requests to Hipcall: slow the workflow down (for example with a Wait node) and try again.';
		default:
			return status !== undefined && status >= 500
				? 'Hipcall had a problem of its own: try again in a minute.'
				: undefined;
	}
};

export type Query = Record<string, string | number | boolean>;

/** One authenticated call to the Hipcall API; `path` starts with "/". */
export async function hipcallRequest<T = IDataObject>(
	context: IExecuteFunctions,
	method: IHttpRequestMethods,
	path: string,
	options: { body?: IDataObject; qs?: Query } = {},
): Promise<T> {
	const credentials = await context.getCredentials(CREDENTIAL);
	const request: IHttpRequestOptions = {
		method,
		url: `${baseUrlOf(credentials)}${path}`,
		headers: { Accept: 'application/json' },
	};
	if (options.qs && Object.keys(options.qs).length > 0) request.qs = options.qs;
	if (options.body !== undefined) request.body = options.body;
	return await apiRequest<T>(context, CREDENTIAL, request, explainHipcallError);
}

/** The records of a list answer: a bare array, or `{ data: [...] }` as Hipcall's API v3 answers. */
export function listOf(response: unknown): IDataObject[] {
	if (Array.isArray(response)) return response as IDataObject[];
	if (response && typeof response === 'object') {
		const data = (response as IDataObject).data;
		if (Array.isArray(data)) return data as IDataObject[];
	}
	return [];
}

/** A single record: Hipcall wraps it in `{ data: {...} }`; anything else is returned as it came. */
export function recordOf(response: unknown): IDataObject {
	if (response && typeof response === 'object' && !Array.isArray(response)) {
		const data = (response as IDataObject).data;
		if (data && typeof data === 'object' && !Array.isArray(data)) return data as IDataObject;
		return response as IDataObject;
	}
	return response === undefined || response === null || response === '' ? {} : { response: response as string };
}

/** The largest page Hipcall is asked for while paging (its own maximum is not documented). */
export const PAGE_SIZE = 100;

/** Reads a Hipcall list, every record when `limit` is undefined ("Return All"), else at most `limit`. */
export async function getList(
	context: IExecuteFunctions,
	path: string,
	qs: Query,
	limit: number | undefined,
): Promise<IDataObject[]> {
	return await readPages(
		async (offset, size) => listOf(await hipcallRequest(context, 'GET', path, { qs: { ...qs, limit: size, offset } })),
		{ limit, pageSize: PAGE_SIZE, offset: typeof qs.offset === 'number' ? qs.offset : 0 },
	);
}

/** The query of a list operation from its Options, and its limit (undefined for "Return All"). */
export function listQuery(context: IExecuteFunctions, itemIndex: number): { qs: Query; limit: number | undefined } {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs: Query = {};
	for (const [key, value] of Object.entries(options)) {
		if (value === '' || value === undefined || value === null) continue;
		if (key === 'direction') {
			if (value !== 'any') qs['direction[eq]'] = String(value);
		} else if (key === 'startedAfter') qs['started_at[gte]'] = new Date(String(value)).toISOString();
		else if (key === 'startedBefore') qs['started_at[lte]'] = new Date(String(value)).toISOString();
		else if (key === 'missedOnly') {
			if (value === true) qs['missing_call[eq]'] = true;
		} else qs[key] = value as string | number | boolean;
	}
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (context.getNodeParameter('limit', itemIndex, 50) as number);
	return { qs, limit };
}

