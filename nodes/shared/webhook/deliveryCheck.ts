import type { INodeCredentialDescription, INodeProperties, IWebhookFunctions } from 'n8n-workflow';

import { SECRET_SEGMENT_PARAM } from './description';
import { credentialSecretChecks, type SecretCheck } from './secret';
import type { WebhookSecret } from './webhookSecret';

/**
 * How a trigger makes sure a delivery comes from the vendor. The value is what the node's
 * "Authentication" parameter stores; `bearer` is not a choice: the vendor always sends one.
 * `basicAuth` needs a Basic Auth credential (webhookSecret with `basicAuth`), the others a secret one.
 */
export type DeliveryCheck = 'none' | 'headerSecret' | 'urlSecret' | 'urlAndHeaderSecret' | 'bearer' | 'basicAuth';

export const URL_SECRET_CHECKS: DeliveryCheck[] = ['urlSecret', 'urlAndHeaderSecret'];
const HEADER_SECRET_CHECKS: DeliveryCheck[] = ['headerSecret', 'urlAndHeaderSecret'];

export interface DeliveryChecks {
	/** The checks the vendor can satisfy, in the order the node lists them. One entry: no choice shown. */
	offered: DeliveryCheck[];
	default: DeliveryCheck;
	/** What each choice means with this vendor (the option's description). */
	hints?: Partial<Record<DeliveryCheck, string>>;
	/** Notices shown while a choice is selected; a vendor text replaces the toolkit's. */
	notices?: Partial<Record<'none' | 'urlSecret' | 'headerSecret' | 'basicAuth', string>>;
}

const NAMES: Record<DeliveryCheck, string> = {
	none: 'None',
	headerSecret: 'Secret Header',
	urlSecret: 'Secret in URL',
	urlAndHeaderSecret: 'Secret in URL and Header',
	bearer: 'Bearer Token',
	basicAuth: 'Basic Auth',
};

const HINTS: Record<DeliveryCheck, string> = {
	none: 'Accept every delivery to the URL',
	headerSecret: 'Each delivery must carry the secret in the header named in the credential',
	urlSecret: 'The URL ends with the secret: replace ":secret" with it before pasting the URL',
	urlAndHeaderSecret: 'Both checks: the secret in the URL and in the header',
	bearer: 'Each delivery must carry "Authorization: Bearer <secret>"',
	basicAuth: 'Each delivery must carry the username and password of the credential as HTTP Basic Auth',
};

function notices(vendor: string, checks: DeliveryChecks, defaultHeader: string | undefined): INodeProperties[] {
	const texts = {
		none: `Anyone who learns this URL can start this workflow: ${vendor} does not sign its deliveries. Choose a secret check where ${vendor} can send one.`,
		urlSecret: `The Production URL ends with ":secret". Replace ":secret" with the Secret of the credential before you paste the URL in ${vendor}. Requests with a wrong secret get 403, requests without the segment 404 (no such URL); neither starts the workflow.`,
		headerSecret: `Every delivery must carry the header named in the credential${defaultHeader ? ` (${defaultHeader} unless you change it)` : ''} with the credential's secret. Requests without it get 401, with a wrong one 403; neither starts the workflow.`,
		basicAuth: `Enter the credential's username and password in ${vendor} as well. Requests without Basic Auth get 401, with a wrong username or password 403; neither starts the workflow.`,
		...checks.notices,
	};
	const shown = {
		none: checks.offered.filter((check) => check === 'none'),
		urlSecret: checks.offered.filter((check) => URL_SECRET_CHECKS.includes(check)),
		headerSecret: checks.offered.filter((check) => HEADER_SECRET_CHECKS.includes(check)),
		basicAuth: checks.offered.filter((check) => check === 'basicAuth'),
	};
	return (Object.keys(shown) as Array<keyof typeof shown>)
		.filter((key) => shown[key].length > 0)
		.map((key) => ({
			displayName: texts[key],
			name: `${key}Notice`,
			type: 'notice' as const,
			default: '',
			displayOptions: { show: { authentication: shown[key] } },
		}));
}

/** The "Authentication" parameter and the notices that explain the chosen check; none when there is no choice. */
export function deliveryCheckProperties(
	vendor: string,
	checks: DeliveryChecks,
	credential: WebhookSecret,
): INodeProperties[] {
	if (checks.offered.length < 2) return [];
	// A plain identifier: n8n's lint (and its verification scanner) cannot read a member expression as a default.
	const initial = checks.default;
	return [
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: checks.offered.map((check) => ({
				name: check === checks.default && check !== 'none' ? `${NAMES[check]} (Recommended)` : NAMES[check],
				value: check,
				description: checks.hints?.[check] ?? HINTS[check],
			})),
			default: initial,
			description: `How the trigger makes sure a delivery comes from ${vendor}`,
		},
		...notices(vendor, checks, credential.defaultHeader),
	];
}

/** The node's credentials entry: required whenever a check that needs the secret is chosen. */
export function deliveryCheckCredential(checks: DeliveryChecks, credential: WebhookSecret): INodeCredentialDescription {
	const withSecret = checks.offered.filter((check) => check !== 'none');
	return {
		name: credential.name,
		required: true,
		testedBy: credential.testName,
		...(checks.offered.length > 1 ? { displayOptions: { show: { authentication: withSecret } } } : {}),
	};
}

/** The check the node is set to. A value it does not offer is refused, never read as "None". */
function chosenCheck(context: IWebhookFunctions, checks: DeliveryChecks): DeliveryCheck {
	if (checks.offered.length < 2) return checks.offered[0] ?? 'none';
	const chosen = context.getNodeParameter('authentication', checks.default) as DeliveryCheck;
	if (!checks.offered.includes(chosen)) {
		throw new Error(`its Authentication setting "${String(chosen)}" is not one of ${checks.offered.join(', ')}`);
	}
	return chosen;
}

/**
 * The secret checks for the node's setting, with the credential loaded only when one is needed.
 * Throws when the setting or the credential cannot be read: the caller refuses the request.
 */
export async function secretChecksFor(
	context: IWebhookFunctions,
	checks: DeliveryChecks,
	credential: WebhookSecret,
): Promise<SecretCheck[]> {
	const check = chosenCheck(context, checks);
	if (check === 'none') return [];
	// A declaration that pairs a check with the wrong kind of credential is refused, never half-checked.
	if ((check === 'basicAuth') !== (credential.fields === 'basicAuth')) {
		throw new Error(`its "${check}" check cannot be made with the ${credential.fields} credential ${credential.name}`);
	}
	const data = await context.getCredentials(credential.name);
	if (check === 'basicAuth') return [{ kind: 'basic', username: String(data.username ?? ''), password: String(data.password ?? '') }];
	if (check === 'bearer') return [{ kind: 'bearer', token: String(data.secret ?? '') }];
	return credentialSecretChecks(data, {
		urlParam: URL_SECRET_CHECKS.includes(check) ? SECRET_SEGMENT_PARAM : undefined,
		header: HEADER_SECRET_CHECKS.includes(check),
		defaultHeader: credential.defaultHeader,
	});
}
