import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/** One page of a list, and how many records match in all where the API says so. */
export interface Page {
	records: IDataObject[];
	/** Records matching the list in all (from the first one, whatever the offset asked). */
	total?: number;
}

/** Asks for one page: `size` records from `offset` on; a bare array is a page without a total. */
export type PageFetcher = (offset: number, size: number) => Promise<IDataObject[] | Page>;

/**
 * Reads a list with limit/offset paging: every record when `limit` is undefined ("Return All"),
 * else at most `limit`, in pages of at most `pageSize`. Where the pages say how many records match,
 * reading goes on until that many, past a page that comes back short (an API may serve fewer than
 * asked), and stops without asking for an empty page; otherwise it stops at the first short page.
 * An empty page always ends the list.
 */
export async function readPages(
	fetchPage: PageFetcher,
	{ limit, pageSize, offset = 0 }: { limit?: number; pageSize: number; offset?: number },
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	let total: number | undefined;
	for (;;) {
		const wanted = limit === undefined ? pageSize : Math.min(pageSize, limit - records.length);
		if (wanted <= 0 || (total !== undefined && offset >= total)) break;
		const answer = await fetchPage(offset, wanted);
		const page = Array.isArray(answer) ? { records: answer } : answer;
		total = page.total;
		const taken = page.records.slice(0, wanted);
		records.push(...taken);
		offset += taken.length;
		if (taken.length === 0 || (total === undefined && taken.length < wanted)) break;
	}
	return records;
}

/** The limit the "Return All" and "Limit" fields (pagingFields) ask for; undefined for Return All. */
export function listLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return returnAll ? undefined : Number(context.getNodeParameter('limit', itemIndex, 50));
}
