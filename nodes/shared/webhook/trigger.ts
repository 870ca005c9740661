// The base class every declared trigger's node class extends.
import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { TriggerDeclaration } from './declaration';
import { receiveDelivery } from './delivery';
import { manualWebhookMethods } from './webhookMethods';
import type { WebhookSecret } from './webhookSecret';

/** A declared trigger as n8n sees it, once its node file has added the description. */
export interface DeclaredTrigger extends INodeType {
	methods: { credentialTest: Record<string, WebhookSecret['test']> };
	webhook(this: IWebhookFunctions): Promise<IWebhookResponseData>;
}

/**
 * The base class of a declared trigger: the credential test, the webhook methods and webhook().
 * The node file extends it and spells out its description, spreading `triggerParts(declaration)`.
 * Nothing is kept between deliveries: the class holds only the declaration.
 */
export function triggerNode<S>(
	declaration: TriggerDeclaration<S>,
): (abstract new () => DeclaredTrigger) & { declaration: TriggerDeclaration<S> } {
	abstract class DeclaredTriggerBase implements INodeType {
		/** What the node was built from, for the tests every trigger gets (test/triggers/). */
		static declaration = declaration;

		abstract description: INodeTypeDescription;

		methods = { credentialTest: { [declaration.credential.testName]: declaration.credential.test } };

		webhookMethods = manualWebhookMethods;

		async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
			return await receiveDelivery(this, declaration);
		}
	}
	return DeclaredTriggerBase;
}
