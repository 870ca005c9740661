// Where Hipcall's API lives for each region of the Hipcall API credential. The one table behind
// the node's requests, the credential's Region options and its test request's base URL.
import type { ICredentialDataDecryptedObject, INodePropertyOptions } from 'n8n-workflow';

const REGIONS = [
	{ value: 'global', label: 'Global', url: 'https://use.hipcall.com/api/v3' },
	{ value: 'turkey', label: 'Turkey', url: 'https://use.hipcall.com.tr/api/v3' },
];
const [DEFAULT] = REGIONS;

/** The region a new credential starts with. */
export const DEFAULT_REGION = DEFAULT.value;

/** The address a custom base URL is written like. */
export const EXAMPLE_BASE_URL = DEFAULT.url;

/** The credential's Region options: each region with its host, then a custom base URL. */
export const regionOptions: INodePropertyOptions[] = [
	...REGIONS.map(({ value, label, url }) => ({ name: `${label} (${new URL(url).host})`, value })),
	{ name: 'Custom Base URL', value: 'custom' },
];

/** The API base URL the credential points at, without a trailing slash. */
export function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	const url =
		credentials.region === 'custom'
			? String(credentials.baseUrl ?? '')
			: (REGIONS.find((region) => region.value === credentials.region) ?? DEFAULT).url;
	return url.trim().replace(/\/+$/, '');
}

/** baseUrlOf as an n8n expression over $credentials, for the credential's test request. */
export const baseUrlExpression = `={{ $credentials.region === "custom" ? String($credentials.baseUrl).replace(/\\/+$/, "") : ${REGIONS.slice(1).reduceRight(
	(otherwise, { value, url }) => `($credentials.region === ${JSON.stringify(value)} ? ${JSON.stringify(url)} : ${otherwise})`,
	JSON.stringify(DEFAULT.url),
)} }}`;
