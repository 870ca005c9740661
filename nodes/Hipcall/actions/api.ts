import { apiClient, explainStatus } from '../../shared/action';
import { isPlainObject } from '../../shared/object';
import { baseUrlOf } from '../apiUrl';

export const API_CREDENTIAL = 'hipcallApi';

const REFUSED_DATA = 'Hipcall refused the data: its message above names the field.';

/**
 * How many records match a list: `meta.count` (Hipcall's Python SDK and its list articles), or
 * `meta.total`, which older v3 answers in Hipcall's Ruby SDK fixtures carry.
 */
function listTotal(answer: unknown): number | undefined {
	const meta = isPlainObject(answer) ? answer.meta : undefined;
	if (!isPlainObject(meta)) return undefined;
	const total = [meta.count, meta.total].find((value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);
	return total as number | undefined;
}

/** Hipcall's API v3: base URL by region, plain-English advice per HTTP status, paging by meta.count. */
export const hipcall = apiClient({
	credential: API_CREDENTIAL,
	baseUrl: baseUrlOf,
	headers: { Accept: 'application/json' },
	// limit is 1 to 100 (Hipcall's Python SDK and its list articles).
	pageSize: 100,
	// API v3 answers { data: record } and { data: [records], meta: { count, limit, offset } }.
	wrapper: 'data',
	total: listTotal,
	explain: explainStatus(
		{
			400: 'Hipcall could not read the request: check the fields of this node.',
			401: 'Hipcall refused the API token: check it in the Hipcall API credential, or create a new one in Hipcall.',
			403: 'The API token has no right to do this: use a token of a Hipcall administrator.',
			404: 'Hipcall found nothing with this ID. Check the ID, and that the credential uses the region (Global or Turkey) of your account.',
			409: REFUSED_DATA,
			422: REFUSED_DATA,
			429: 'Too many requests to Hipcall: slow the workflow down (for example with a Wait node) and try again.',
		},
		'Hipcall had a problem of its own: try again in a minute.',
	),
});
