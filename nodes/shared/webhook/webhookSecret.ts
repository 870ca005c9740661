import type { INodeProperties } from 'n8n-workflow';

import { secretCredentialTest, type SecretCredentialRules } from './credentialTest';

interface CredentialSpec extends Omit<SecretCredentialRules, 'headerName' | 'basicAuth'> {
	/** The credential type's name, e.g. `hipcallWebhookApi`. */
	name: string;
	/** A notice shown above the fields: where the secret goes on the vendor's side. */
	notice?: string;
}

/** A secret, maybe sent in a named header (or as a bearer token, or in the URL). */
interface SecretSpec extends CredentialSpec {
	secret: { displayName?: string; description?: string };
	/** The header that carries the secret; none for vendors that send it another way (bearer, URL). */
	header?: {
		default: string;
		/** Whether the user must name the header (the vendor sends a header of the user's choice). */
		required: boolean;
		description: string;
	};
	basicAuth?: never;
}

/** A username and password the vendor sends as HTTP Basic Auth (the `basicAuth` delivery check). */
interface BasicAuthSpec extends CredentialSpec {
	basicAuth: { username?: { description?: string }; password?: { description?: string } };
	secret?: never;
	header?: never;
	urlSafe?: never;
	bearer?: never;
}

/** What a vendor's webhook credential is: a secret, maybe sent in a named header; or a Basic Auth username and password. */
export type WebhookSecretSpec = SecretSpec | BasicAuthSpec;

/** A webhook secret credential, built once: its fields for the credential class and the trigger's test. */
export interface WebhookSecret {
	name: string;
	/** What the credential holds: `secret` (and maybe `headerName`), or `username` and `password`. */
	fields: 'secret' | 'basicAuth';
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
	if (spec.basicAuth) return basicAuthCredential(spec, properties);
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
		fields: 'secret',
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

function basicAuthCredential(spec: BasicAuthSpec, properties: INodeProperties[]): WebhookSecret {
	properties.push(
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: spec.basicAuth.username?.description,
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: spec.basicAuth.password?.description,
		},
	);
	return {
		name: spec.name,
		fields: 'basicAuth',
		properties: properties.map(withoutUndefined),
		testName: `${spec.name}Test`,
		test: secretCredentialTest({ minLength: spec.minLength, basicAuth: true, headerName: 'none', okMessage: spec.okMessage }),
	};
}

function withoutUndefined(property: INodeProperties): INodeProperties {
	return Object.fromEntries(Object.entries(property).filter(([, value]) => value !== undefined)) as unknown as INodeProperties;
}
