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

/** The same list, each page saying how many records match (`total`), serving at most `cap` a page. */
function counted(total: number, cap = Infinity) {
	const asked: Array<[number, number]> = [];
	const fetchPage = async (offset: number, size: number) => {
		asked.push([offset, size]);
		const length = Math.max(0, Math.min(size, cap, total - offset));
		return { records: Array.from({ length }, (_, k) => ({ n: offset + k })), total };
	};
	return { asked, fetchPage };
}

test('with a total, Return All reads on past a short page and stops at the total without an empty page', async () => {
	const { asked, fetchPage } = counted(250, 40);
	const records = await readPages(fetchPage, { pageSize: 100 });
	expect(records.map((r) => r.n)).toEqual(Array.from({ length: 250 }, (_, k) => k));
	expect(asked.map(([offset]) => offset)).toEqual([0, 40, 80, 120, 160, 200, 240]);
	const exact = counted(200);
	expect(await readPages(exact.fetchPage, { pageSize: 100 })).toHaveLength(200);
	expect(exact.asked).toEqual([[0, 100], [100, 100]]);
});

test('with a total, a limit still asks for no more than it needs; an offset past the total asks once', async () => {
	const { asked, fetchPage } = counted(1000, 40);
	expect(await readPages(fetchPage, { limit: 130, pageSize: 100, offset: 10 })).toHaveLength(130);
	expect(asked).toEqual([[10, 100], [50, 90], [90, 50], [130, 10]]);
	const past = counted(5);
	expect(await readPages(past.fetchPage, { pageSize: 100, offset: 9 })).toEqual([]);
	expect(past.asked).toEqual([[9, 100]]);
});

test('an empty page ends the list whatever the total says', async () => {
	const asked: number[] = [];
	const records = await readPages(
		async (offset) => {
			asked.push(offset);
			return { records: offset === 0 ? [{ n: 0 }] : [], total: 1000 };
		},
		{ pageSize: 100 },
	);
	expect(records).toEqual([{ n: 0 }]);
	expect(asked).toEqual([0, 1]);
});
