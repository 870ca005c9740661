import type { IDataObject } from 'n8n-workflow';

import { listLimit, readPages } from '../../nodes/shared/action';
import { fakeExecuteContext } from '../helpers/executeContext';

/** A list of `total` records served by limit/offset, recording each page asked for. */
function list(total: number) {
	const asked: Array<[number, number]> = [];
	const fetchPage = async (offset: number, size: number): Promise<IDataObject[]> => {
		asked.push([offset, size]);
		return Array.from({ length: Math.max(0, Math.min(size, total - offset)) }, (_, k) => ({ n: offset + k }));
	};
	return { asked, fetchPage };
}

test('Return All reads page after page until a short page', async () => {
	const { asked, fetchPage } = list(250);
	const records = await readPages(fetchPage, { pageSize: 100 });
	expect(records.map((r) => r.n)).toEqual(Array.from({ length: 250 }, (_, k) => k));
	expect(asked).toEqual([[0, 100], [100, 100], [200, 100]]);
});

test('a limit asks for no more than it needs, from the given offset', async () => {
	const { asked, fetchPage } = list(1000);
	const records = await readPages(fetchPage, { limit: 130, pageSize: 100, offset: 10 });
	expect(records).toHaveLength(130);
	expect(records[0]).toEqual({ n: 10 });
	expect(asked).toEqual([[10, 100], [110, 30]]);
});

test('an exact multiple of the page size ends with one empty page', async () => {
	const { asked, fetchPage } = list(200);
	expect(await readPages(fetchPage, { pageSize: 100 })).toHaveLength(200);
	expect(asked).toEqual([[0, 100], [100, 100], [200, 100]]);
});

test('listLimit: undefined for Return All, else the Limit as a number (50 when unset)', () => {
	const limitOf = (parameters: IDataObject) => listLimit(fakeExecuteContext({ parameters }).context, 0);
	expect(limitOf({ returnAll: true, limit: 10 })).toBeUndefined();
	expect(limitOf({ returnAll: false, limit: '10' })).toBe(10);
	expect(limitOf({})).toBe(50);
});
