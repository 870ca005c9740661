import { apiClient, explainStatus } from '../../shared/action';
import { baseUrlOf } from '../apiUrl';

export const API_CREDENTIAL = 'hipcallApi';

const REFUSED_DATA = 'Hipcall refused the data: its message above names the field.';

/** Hipcall's API v3: base URL by region, plain-English advice per HTTP status. */
export const hipcall = apiClient({
	credential: API_CREDENTIAL,
	baseUrl: baseUrlOf,
	headers: { Accept: 'application/json' },
	// Hipcall does not document its largest page.
	pageSize: 100,
	// API v3 answers { data: record } and { data: [records] }.
	wrapper: 'data',
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
