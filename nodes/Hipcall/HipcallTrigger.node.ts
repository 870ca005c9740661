import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import {
	acknowledgeIgnored,
	credentialSecretChecks,
	manualWebhookMethods,
	matchesEventFilter,
	receiveJson,
	rejectRequest,
	RECEIVED,
	splitBatch,
	toItems,
	withDerivedFields,
	secretCredentialTest,
	type SecretCheck,
} from '../shared/webhook';
import {
	CHECK_HEADER,
	CHECK_BOTH,
	CHECK_NONE,
	CHECKS_WITH_CREDENTIAL,
	CHECKS_WITH_URL_SECRET,
	hipcallWebhook,
	SECRET_PARAM,
	triggerProperties,
} from './trigger/description';
import { derivedFields, directionOf, eventProblem, KNOWN_EVENT_NAMES } from './trigger/events';

export class HipcallTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hipcall Trigger',
		name: 'hipcallTrigger',
		icon: { light: 'file:hipcall.svg', dark: 'file:hipcall.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].includes("*") ? "All events" : $parameter["events"].join(", ") }}',
		description: 'Starts the workflow when Hipcall reports a call or CRM event',
		defaults: { name: 'Hipcall Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'hipcallWebhookApi',
				required: true,
				testedBy: 'hipcallWebhookSecret',
				displayOptions: { show: { authentication: CHECKS_WITH_CREDENTIAL } },
			},
		],
		webhooks: [hipcallWebhook],
		properties: triggerProperties,
	};

	methods = {
		credentialTest: {
			hipcallWebhookSecret: secretCredentialTest({
				minLength: 16,
				urlSafe: true,
				headerName: 'optional',
				okMessage: 'The secret is usable',
			}),
		},
	};

	webhookMethods = manualWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const check = this.getNodeParameter('authentication', CHECK_NONE) as string;
		let secrets: SecretCheck[];
		try {
			secrets = await secretChecks(this, check);
		} catch (error) {
			return rejectRequest(this, 500, `The Hipcall Trigger cannot check the secret: ${(error as Error).message}`);
		}

		const received = await receiveJson(this, { secrets, shape: 'objectOrArray' });
		if (!received.ok) return received.response;

		const accepted: IDataObject[] = [];
		const rejected: Array<{ index: number; problem: string }> = [];
		for (const { value, batchIndex } of splitBatch(received.body)) {
			const problem = eventProblem(value);
			if (problem) rejected.push({ index: batchIndex, problem });
			else accepted.push(value as IDataObject);
		}
		if (accepted.length === 0) {
			const problems = rejected.map(({ index, problem }) =>
				Array.isArray(received.body) ? `element ${index} ${problem}` : `the body ${problem}`,
			);
			return rejectRequest(this, 400, `Not a Hipcall event: ${problems.join('; ')}`);
		}

		const events = this.getNodeParameter('events', []) as string[];
		const direction = this.getNodeParameter('direction', 'any') as string;
		const wanted = accepted.filter((envelope) => {
			if (!matchesEventFilter(String(envelope.event), events, KNOWN_EVENT_NAMES)) return false;
			if (direction === 'any') return true;
			const data = (envelope.data ?? {}) as IDataObject;
			const actual = directionOf(data);
			return actual === undefined ? data.direction === undefined : actual === direction;
		});

		const answer: IDataObject = rejected.length > 0 ? { ...RECEIVED, rejected } : { ...RECEIVED };
		if (wanted.length === 0) {
			const names = [...new Set(accepted.map((envelope) => String(envelope.event)))].join(', ');
			const ignored = acknowledgeIgnored(`${names} does not match this trigger's event or direction filter`);
			return rejected.length > 0
				? { webhookResponse: { ...(ignored.webhookResponse as IDataObject), rejected } }
				: ignored;
		}

		const items = toItems(wanted.map((envelope) => withDerivedFields(envelope, derivedFields(envelope))));
		return { workflowData: [items], webhookResponse: answer };
	}
}

async function secretChecks(context: IWebhookFunctions, check: string): Promise<SecretCheck[]> {
	if (!CHECKS_WITH_CREDENTIAL.includes(check)) return [];
	return credentialSecretChecks(await context.getCredentials('hipcallWebhookApi'), {
		urlParam: CHECKS_WITH_URL_SECRET.includes(check) ? SECRET_PARAM : undefined,
		header: check === CHECK_HEADER || check === CHECK_BOTH,
		defaultHeader: 'X-Hipcall-Secret',
	});
}
