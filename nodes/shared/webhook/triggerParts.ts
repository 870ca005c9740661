// The parts of a trigger's description that the toolkit builds from its declaration.
import type { INodeProperties, INodeTypeDescription, IWebhookDescription } from 'n8n-workflow';

import { triggerBuilderHint } from '../builderHint';
import type { TriggerDeclaration } from './declaration';
import { deliveryCheckCredential, deliveryCheckProperties, URL_SECRET_CHECKS } from './deliveryCheck';
import {
	acknowledgeProperty,
	acknowledgedWebhook,
	answeredWebhook,
	rawBodyProperty,
	receivedWebhook,
	secretSegmentPath,
} from './description';
import { triggerPanel } from './triggerPanel';

function webhooksOf<S>(declaration: TriggerDeclaration<S>): IWebhookDescription[] {
	if ('descriptions' in declaration.webhook) return declaration.webhook.descriptions;
	const { path, methods = ['POST'], answer } = declaration.webhook;
	const urlChecks = declaration.checks.offered.filter((check) => URL_SECRET_CHECKS.includes(check));
	const route = urlChecks.length > 0 ? secretSegmentPath(path, urlChecks) : { path };
	return methods.map((method) => {
		const webhook =
			answer === 'responseNode'
				? answeredWebhook(route.path, method)
				: answer === 'acknowledge'
					? acknowledgedWebhook(route.path, method)
					: receivedWebhook(route.path, method);
		return { ...webhook, ...route };
	});
}

/**
 * The parts of a trigger's description that the toolkit builds: version, webhooks, the panel, and
 * the editor help of n8n 2.x (trigger panel guidance, AI builder hint, sensitive output fields),
 * which n8n 1.x ignores.
 */
export type TriggerParts = Pick<
	INodeTypeDescription,
	'version' | 'defaultVersion' | 'webhooks' | 'properties' | 'triggerPanel' | 'builderHint' | 'sensitiveOutputFields'
>;

export function triggerParts<S>(declaration: TriggerDeclaration<S>): TriggerParts {
	const versions = ([] as number[]).concat(declaration.version ?? 1);
	// Workflows saved at version 1 keep the raw body; newer versions are parsed by n8n.
	const rawBody = versions.length === 1 ? rawBodyProperty : { ...rawBodyProperty, displayOptions: { show: { '@version': [1] } } };
	const setupNotice: INodeProperties = { displayName: declaration.setup, name: 'setupNotice', type: 'notice', default: '' };
	return {
		version: versions.length === 1 ? versions[0] : versions,
		...(versions.length > 1 ? { defaultVersion: Math.max(...versions) } : {}),
		webhooks: webhooksOf(declaration),
		triggerPanel: triggerPanel(declaration),
		builderHint: triggerBuilderHint(declaration.vendor, declaration.answeredBy, declaration.related),
		...(declaration.sensitiveOutputFields ? { sensitiveOutputFields: [...declaration.sensitiveOutputFields] } : {}),
		properties: [
			setupNotice,
			...deliveryCheckProperties(declaration.vendor, declaration.checks, declaration.credential),
			...(declaration.events ? [declaration.events.property] : []),
			...(declaration.properties ?? []),
			...('answer' in declaration.webhook && declaration.webhook.answer === 'acknowledge' ? [acknowledgeProperty] : []),
			...(versions.includes(1) ? [rawBody] : []),
		],
	};
}

/** The credentials entry a trigger's node file must spell out (the contract test compares the two). */
export function triggerCredentials<S>(declaration: TriggerDeclaration<S>): INodeTypeDescription['credentials'] {
	return [deliveryCheckCredential(declaration.checks, declaration.credential)];
}
