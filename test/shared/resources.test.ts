import type { INodeExecutionData, INodeType } from 'n8n-workflow';

import { ChatVolt } from '../../nodes/ChatVolt/ChatVolt.node';
import { Hipcall } from '../../nodes/Hipcall/Hipcall.node';
import { executeResources, on, resourceProperties, type ResourceModule } from '../../nodes/shared/action';
import { fakeExecuteContext } from '../helpers/executeContext';

const field = (name: string, resource: string) => ({ displayName: name, name, type: 'string' as const, default: '', displayOptions: on(resource, 'get') });

const resources: ResourceModule[] = [
	{
		resource: { name: 'Ticket', value: 'ticket' },
		operations: [{ name: 'Get', value: 'get', action: 'Get a ticket' }],
		defaultOperation: 'get',
		fields: [field('ticketId', 'ticket')],
		handlers: { get: async (context, i) => ({ id: context.getNodeParameter('ticketId', i) as string }) },
	},
	{
		resource: { name: 'Agent', value: 'agent' },
		operations: [{ name: 'Get', value: 'get', action: 'Get an agent' }],
		defaultOperation: 'get',
		fields: [field('agentId', 'agent')],
		handlers: { get: async () => [{ n: 1 }, { n: 2 }] },
	},
];

test('resourceProperties: the Resource picker sorted by name, then each Operation picker, then the fields in order', () => {
	const [picker, ...rest] = resourceProperties(resources, 'ticket');
	expect(picker).toEqual({
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Agent', value: 'agent' },
			{ name: 'Ticket', value: 'ticket' },
		],
		default: 'ticket',
	});
	expect(rest.map((p) => [p.name, p.displayOptions?.show?.resource])).toEqual([
		['operation', ['ticket']],
		['operation', ['agent']],
		['ticketId', ['ticket']],
		['agentId', ['agent']],
	]);
	expect(rest[0]).toMatchObject({ noDataExpression: true, default: 'get', options: resources[0].operations });
});

test('executeResources runs the handler each item picks and pairs the results', async () => {
	const { context } = fakeExecuteContext({
		items: [{}, {}],
		parameters: (i) => (i === 0 ? { resource: 'ticket', operation: 'get', ticketId: 't-1' } : { resource: 'agent', operation: 'get' }),
	});
	const [out] = await executeResources(context, resources);
	expect(out).toEqual([
		{ json: { id: 't-1' }, pairedItem: { item: 0 } },
		{ json: { n: 1 }, pairedItem: { item: 1 } },
		{ json: { n: 2 }, pairedItem: { item: 1 } },
	]);
});

test('an unknown resource or operation fails with the item named', async () => {
	for (const parameters of [{ resource: 'ticket', operation: 'delete' }, { resource: 'user', operation: 'get' }]) {
		const { context } = fakeExecuteContext({ parameters });
		await expect(executeResources(context, resources)).rejects.toMatchObject({
			message: `The operation "${parameters.operation}" of "${parameters.resource}" is not supported`,
			context: { itemIndex: 0 },
		});
	}
});

// Every operation the nodes offer reaches a handler: run each one with nothing filled in and
// expect any failure but "not supported".
describe.each([
	['ChatVolt', new ChatVolt() as INodeType, 'chatVoltApi'],
	['Hipcall', new Hipcall() as INodeType, 'hipcallApi'],
])('%s', (_, node, credential) => {
	const pickers = node.description.properties.filter((p) => p.name === 'operation');
	const pairs = pickers.flatMap((picker) =>
		(picker.options as Array<{ value: string }>).map((option) => [picker.displayOptions!.show!.resource![0] as string, option.value] as const),
	);

	test.each(pairs)('%s: %s has a handler', async (resource, operation) => {
		const { context } = fakeExecuteContext({
			parameters: { resource, operation },
			credentials: { [credential]: { region: 'custom', baseUrl: 'https://api.example.test' } },
			http: () => ({}),
		});
		const outcome = await (node.execute!.call(context) as Promise<INodeExecutionData[][]>).then(
			() => 'ran',
			(error: Error) => error.message,
		);
		expect(outcome).not.toMatch(/not supported/);
	});
});
