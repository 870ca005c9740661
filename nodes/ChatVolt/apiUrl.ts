// Where ChatVolt's API lives: the ChatVolt API credential's default and the node's fallback.
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export const DEFAULT_BASE_URL = 'https://api.chatvolt.ai';

/** The API base URL the credential points at (trailing slashes are dropped by the API client). */
export function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.baseUrl || DEFAULT_BASE_URL);
}

/** ChatVolt's dashboard, where an agent's page is /agents/<agent id>. */
export const APP_URL = 'https://app.chatvolt.ai';
