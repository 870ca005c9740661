import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { mapItems } from '../../nodes/shared/action';

function executeContext(items: INodeExecutionData[], continueOnFail: boolean): IExecuteFunctions {
	return {
		getInputData: () => items,
		continueOnFail: () => continueOnFail,
		getNode: () => ({ id: 'n', name: 'Node', type: 't', typeVersion: 1, position: [0, 0], parameters: {} }),
	} as unknown as IExecuteFunctions;
}

const items = [{ json: { n: 1 } }, { json: { n: 2 } }, { json: { n: 3 } }];
const handle = async (_i: number, item: INodeExecutionData) => {
	if (item.json.n === 2) throw new Error('two is bad');
	return item.json.n === 3 ? [{ out: 'a' }, { out: 'b' }] : { out: item.json.n };
};

test('every result is paired with the item it came from', async () => {
	const [out] = await mapItems(executeContext([items[0], items[2]], false), handle);
	expect(out).toEqual([
		{ json: { out: 1 }, pairedItem: { item: 0 } },
		{ json: { out: 'a' }, pairedItem: { item: 1 } },
		{ json: { out: 'b' }, pairedItem: { item: 1 } },
	]);
});

test('with Continue On Fail a failing item becomes { error } and the others go on', async () => {
	const [out] = await mapItems(executeContext(items, true), handle);
	expect(out.map((i) => [i.json, i.pairedItem])).toEqual([
		[{ out: 1 }, { item: 0 }],
		[{ error: 'two is bad' }, { item: 1 }],
		[{ out: 'a' }, { item: 2 }],
		[{ out: 'b' }, { item: 2 }],
	]);
});

test('without it the first failure stops the node as a NodeOperationError naming the item', async () => {
	const failure = mapItems(executeContext(items, false), handle);
	await expect(failure).rejects.toBeInstanceOf(NodeOperationError);
	await expect(failure).rejects.toMatchObject({ message: 'two is bad', context: { itemIndex: 1 } });
});
