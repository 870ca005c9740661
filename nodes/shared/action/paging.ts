import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/** Asks for one page: `size` records from `offset` on. */
export type PageFetcher = (offset: number, size: number) => Promise<IDataObject[]>;

/**
 * Reads a list with limit/offset paging: every record when `limit` is undefined ("Return All"),
 * else at most `limit`, in pages of at most `pageSize`. Stops at the first short page.
 */
export async function readPages(
	fetchPage: PageFetcher,
	{ limit, pageSize, offset = 0 }: { limit?: number; pageSize: number; offset?: number },
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	for (;;) {
		const wanted = limit === undefined ? pageSize : Math.min(pageSize, limit - records.length);
		if (wanted <= 0) break;
		const page = await fetchPage(offset, wanted);
		records.push(...page.slice(0, wanted));
		if (page.length < wanted) break;
		offset += page.length;
	}
	return records;
}

/** The limit the "Return All" and "Limit" fields (pagingFields) ask for; undefined for Return All. */
export function listLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return returnAll ? undefined : Number(context.getNodeParameter('limit', itemIndex, 50));
}
