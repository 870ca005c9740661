// One trigger of the package on real n8n: its workflow (trigger → responder or No Operation), its
// production URL, and its sample delivery with the secret the suite's check wants.
import type { DeliveryCheck } from '../../nodes/shared/webhook';
import { SECRET, credentialData, proof, type TriggerCase } from '../triggers/harness';
import type { TestN8n } from './harness';
import { waitForWebhook, type WorkflowJson } from './n8nClient';

export interface InstalledTrigger {
	workflowId: string;
	url: string;
}

/** The node versions a trigger offers, oldest first. */
export function versionsOf(testCase: TriggerCase): number[] {
	return ([] as number[]).concat(new testCase.Node().description.version);
}

/** A workflow of the trigger (checking deliveries with `check`) and its responder or No Operation, activated. */
export async function installTrigger(
	n8n: TestN8n,
	testCase: TriggerCase,
	check: DeliveryCheck,
	typeVersion = Math.max(...versionsOf(testCase)),
): Promise<InstalledTrigger> {
	const { sample, declaration, Node } = testCase;
	const { description } = new Node();
	const credentialName = `${sample.trigger} ${check}`;
	const credentialId = await n8n.client.createCredential(credentialName, declaration.credential.name, credentialData(declaration));
	const webhookId = `e2e-${description.name}-${sample.label.replace(/\W+/g, '-')}-v${typeVersion}-${check}`;
	const next = sample.responder
		? { type: `n8n-nodes-contact-center.${sample.responder.type}`, parameters: sample.responder.parameters }
		: { type: 'n8n-nodes-base.noOp', parameters: {} };
	const workflow: WorkflowJson = {
		name: `${testCase.label} v${typeVersion} ${check}`,
		nodes: [
			{
				id: 't',
				name: 'Trigger',
				type: `n8n-nodes-contact-center.${description.name}`,
				typeVersion,
				position: [0, 0],
				webhookId,
				parameters: { ...sample.parameters, ...(declaration.checks.offered.length > 1 ? { authentication: check } : {}) },
				credentials: { [declaration.credential.name]: { id: credentialId, name: credentialName } },
			},
			{ id: 'n', name: 'Next', typeVersion: 1, position: [250, 0], ...next },
		],
		connections: { Trigger: { main: [[{ node: 'Next', type: 'main', index: 0 }]] } },
	};
	const workflowId = await n8n.client.importAndActivate(workflow);
	const path = sample.urlPath ?? ('path' in declaration.webhook ? declaration.webhook.path : '');
	const url = n8n.webhookUrl(`${webhookId}/${path}`);
	// Registered once a request without the secret is refused by the trigger rather than by n8n's 404.
	await waitForWebhook(url, { method: sample.method ?? 'POST' }, (status) => status !== 404);
	return { workflowId, url };
}

/** The sample delivery as a fetch request, with the right secret for `check`. */
export function sampleRequest(testCase: TriggerCase, check: DeliveryCheck, url: string): { url: URL; init: RequestInit } {
	const { sample, declaration } = testCase;
	const target = new URL(url);
	for (const [key, value] of Object.entries(sample.query ?? {})) {
		for (const one of ([] as unknown[]).concat(value)) target.searchParams.append(key, typeof one === 'string' ? one : JSON.stringify(one));
	}
	const method = sample.method ?? 'POST';
	const headers = { 'content-type': 'application/json', ...(proof(declaration, check, SECRET).headers ?? {}) };
	return { url: target, init: { method, headers, body: method === 'GET' ? undefined : JSON.stringify(sample.body) } };
}
