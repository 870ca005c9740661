import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { answerFirstItem } from '../shared/action';
import { responseBuilderHint } from '../shared/builderHint';
import { DEFAULT_ROUTE, ROUTING_PAIR, extensionOf } from './routing';

export { DEFAULT_ROUTE };

export class HipcallRoutingResponse implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hipcall Routing Response',
		name: 'hipcallRoutingResponse',
		icon: { light: 'file:hipcall.svg', dark: 'file:hipcall.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["routeTo"] === "defaultRoute" ? "Default Route" : "Route to Extension" }}',
		description: 'Tells Hipcall which extension an incoming call rings; use after a Hipcall Routing Trigger',
		defaults: { name: 'Hipcall Routing Response' },
		builderHint: responseBuilderHint(ROUTING_PAIR),
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// Answers the webhook that started the workflow: not something an AI agent can call.
		usableAsTool: undefined,
		properties: [
			{
				displayName:
					'Answers the request that started the workflow at a Hipcall Routing Trigger, once, from the first input item. Hipcall waits 3 seconds, then uses the default destination of its Smart Routing step.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Route To',
				name: 'routeTo',
				type: 'options',
				options: [
					{ name: 'Extension', value: 'extension', description: 'Ring the extension below: {"extension": "1000"}' },
					{
						name: 'Use the Default Route',
						value: 'defaultRoute',
						description: "Answer 204 at once: Hipcall sends the call to the step's default destination without waiting 3 seconds",
					},
				],
				default: 'extension',
			},
			{
				displayName: 'Extension',
				name: 'extension',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'e.g. 1000 or {{ $json.extension }}',
				description:
					'The Hipcall extension to ring, digits only. An empty or invalid one is never sent: the node fails, or with Continue On Fail answers the default route.',
				displayOptions: { show: { routeTo: ['extension'] } },
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await answerFirstItem(
			this,
			(itemIndex) => {
				if (this.getNodeParameter('routeTo', itemIndex) === 'defaultRoute') {
					return { answer: DEFAULT_ROUTE, json: { route: 'default', statusCode: DEFAULT_ROUTE.statusCode } };
				}
				const checked = extensionOf(this.getNodeParameter('extension', itemIndex, ''));
				if ('problem' in checked) return checked;
				return { answer: { statusCode: 200, body: { extension: checked.extension } }, json: { route: 'extension', extension: checked.extension, statusCode: 200 } };
			},
			// An invalid extension is never sent: Hipcall gets the default route at once, not after 3 seconds.
			{
				answer: DEFAULT_ROUTE,
				json: { route: 'default', statusCode: DEFAULT_ROUTE.statusCode },
				description:
					"It was not sent. Hipcall was answered with the default route (204) and routes the call to the Smart Routing step's default destination.",
			},
		);
	}
}
