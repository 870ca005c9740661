// What the suites over every trigger share: the triggers package.json declares, their samples,
// and a delivery to one of them with the secret its Authentication choice wants.
import * as fs from 'fs';
import * as path from 'path';
import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import type { DeclaredTrigger, DeliveryCheck, TriggerDeclaration } from '../../nodes/shared/webhook';
import { repoRoot } from '../helpers/repoRoot';
import { fakeWebhookContext, type FakeRequestInit, type RecordedResponse } from '../helpers/webhookContext';
import { samples, type TriggerSample } from './samples';

export type TriggerClass = (new () => DeclaredTrigger) & { declaration?: TriggerDeclaration<unknown> };

const ROOT = repoRoot();
const declaredNodes = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } }).n8n.nodes;

/** Under ts-jest the sources; compiled (the benchmark), the built package in dist/ that n8n loads. */
const fromSources = __filename.endsWith('.ts');

/** Every trigger package.json declares, by class name. */
export const triggers = declaredNodes
	.map((file) => {
		const name = path.basename(file, '.node.js');
		const module = fromSources ? path.join(ROOT, file.replace(/^dist\//, '').replace(/\.js$/, '.ts')) : path.join(ROOT, file);
		return { name, Node: (require(module) as Record<string, TriggerClass>)[name] };
	})
	.filter(({ Node }) => new Node().description.group.includes('trigger'));

export const SECRET = 'contract-secret-0123456789_abc';

/** The username of the suites' Basic Auth credentials; the secret is the password. */
export const BASIC_USER = 'contract-user';

/** The credential data of a trigger's credential, with SECRET as its secret (or password). */
export function credentialData(declaration: TriggerDeclaration<unknown>): IDataObject {
	const { credential } = declaration;
	if (credential.fields === 'basicAuth') return { username: BASIC_USER, password: SECRET };
	return { secret: SECRET, ...(credential.defaultHeader ? { headerName: credential.defaultHeader } : {}) };
}

/** The parts of a request that satisfy a check, with `secret` as the value sent. */
export function proof(declaration: TriggerDeclaration<unknown>, check: DeliveryCheck, secret: string): FakeRequestInit {
	const header = (declaration.credential.defaultHeader ?? '').toLowerCase();
	switch (check) {
		case 'bearer':
			return { headers: { authorization: `Bearer ${secret}` } };
		case 'basicAuth':
			return { headers: { authorization: `Basic ${Buffer.from(`${BASIC_USER}:${secret}`).toString('base64')}` } };
		case 'headerSecret':
			return { headers: { [header]: secret } };
		case 'urlSecret':
			return { params: { secret } };
		case 'urlAndHeaderSecret':
			return { headers: { [header]: secret }, params: { secret } };
		default:
			return {};
	}
}

export interface TriggerCase {
	label: string;
	sample: TriggerSample;
	Node: TriggerClass;
	declaration: TriggerDeclaration<unknown>;
}

/** One case per sample of a declared trigger. */
export const cases: TriggerCase[] = samples.flatMap((sample) => {
	const found = triggers.find(({ name }) => name === sample.trigger);
	if (!found?.Node.declaration) return [];
	return [{ label: `${sample.trigger} (${sample.label})`, sample, Node: found.Node, declaration: found.Node.declaration }];
});

export interface Outcome {
	result: IWebhookResponseData;
	response: RecordedResponse;
	items: IDataObject[];
}

/** The fake n8n context of a delivery of the case's sample (changed by `request`) with the secret the check wants, `secret` (null: none at all). */
export function deliveryContext(
	{ sample, declaration }: TriggerCase,
	check: DeliveryCheck,
	request: FakeRequestInit = {},
	parameters: IDataObject = {},
	secret: string | null = SECRET,
): ReturnType<typeof fakeWebhookContext> {
	const auth = secret === null ? {} : proof(declaration, check, secret);
	return fakeWebhookContext(
		{
			method: sample.method ?? 'POST',
			query: sample.query,
			body: sample.query === undefined ? sample.body : undefined,
			...auth,
			...request,
			headers: { ...auth.headers, ...request.headers },
			params: { ...auth.params, ...request.params },
		},
		{
			parameters: { ...(declaration.checks.offered.length > 1 ? { authentication: check } : {}), ...sample.parameters, ...parameters },
			credentials: { [declaration.credential.name]: credentialData(declaration) },
		},
	);
}

/** Sends the case's sample (changed by `request`) with the secret the check wants, `secret` (null: none at all). */
export async function deliverTo(
	testCase: TriggerCase,
	check: DeliveryCheck,
	request: FakeRequestInit = {},
	parameters: IDataObject = {},
	secret: string | null = SECRET,
): Promise<Outcome> {
	const { context, response } = deliveryContext(testCase, check, request, parameters, secret);
	const result = await new testCase.Node().webhook.call(context);
	const items = (result.workflowData?.[0] ?? []).map((item) => item.json);
	return { result, response, items };
}

/** The check the suites use for a trigger: a header-borne secret where offered, else the first offered. */
export function headerCheckOf(testCase: TriggerCase): DeliveryCheck {
	const { offered } = testCase.declaration.checks;
	return offered.find((c) => c === 'headerSecret' || c === 'bearer' || c === 'basicAuth') ?? offered[0];
}
