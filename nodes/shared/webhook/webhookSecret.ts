import type { INodeProperties } from 'n8n-workflow';

import { secretCredentialTest, type SecretCredentialRules } from './credentialTest';

/** What a vendor's webhook secret credential is: a secret, maybe sent in a named header. */
export interface WebhookSecretSpec extends Omit<SecretCredentialRules, 'headerName'> {
	/** The credential type's name, e.g. `hipcallWebhookApi`. */
	name: string;
	/** A notice shown above the fields: where the secret goes on the vendor's side. */
	notice?: string;
	secret: { displayName?: string; description?: string };
	/** The header that carries the secret; none for vendors that send it another way (bearer, URL). */
	header?: {
		default: string;
		/** Whether the user must name the header (the vendor sends a header of the user's choice). */
		required: boolean;
		description: string;
	};
}

/** A webhook secret credential, built once: its fields for the credential class and the trigger's test. */
export interface WebhookSecret {
	name: string;
	/** The header a trigger reads when the credential names none. */
	defaultHeader?: string;
	properties: INodeProperties[];
	/** The name the trigger registers the credential test under. */
	testName: string;
	test: ReturnType<typeof secretCredentialTest>;
}

export function webhookSecret(spec: WebhookSecretSpec): WebhookSecret {
	const properties: INodeProperties[] = [];
	if (spec.notice) properties.push({ displayName: spec.notice, name: 'notice', type: 'notice', default: '' });
	if (spec.header) {
		// A plain identifier: n8n's lint (and its verification scanner) cannot read a member expression as a default.
		const headerDefault = spec.header.default;
		properties.push({
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: headerDefault,
			required: spec.header.required || undefined,
			placeholder: spec.header.required ? `e.g. ${spec.header.default}` : undefined,
			description: spec.header.description,
		});
	}
	properties.push({
		displayName: spec.secret.displayName ?? 'Secret',
		name: 'secret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: spec.secret.description,
	});
	const headerName: SecretCredentialRules['headerName'] = !spec.header ? 'none' : spec.header.required ? 'required' : 'optional';
	return {
		name: spec.name,
		defaultHeader: spec.header?.default,
		properties: properties.map(withoutUndefined),
		testName: `${spec.name}Test`,
		test: secretCredentialTest({
			minLength: spec.minLength,
			urlSafe: spec.urlSafe,
			bearer: spec.bearer,
			headerName,
			okMessage: spec.okMessage,
		}),
	};
}

function withoutUndefined(property: INodeProperties): INodeProperties {
	return Object.fromEntries(Object.entries(property).filter(([, value]) => value !== undefined)) as unknown as INodeProperties;
}
