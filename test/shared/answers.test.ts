import { answerOrSuccess, isEmptyAnswer, listIn, recordIn, recordOf, writeResult } from '../../nodes/shared/action';

test('an empty answer is no body at all: undefined, null or empty text', () => {
	expect([undefined, null, ''].map(isEmptyAnswer)).toEqual([true, true, true]);
	expect([0, false, {}, [], ' '].map(isEmptyAnswer)).toEqual([false, false, false, false, false]);
});

describe('listIn', () => {
	test('a bare array, or the first array under one of the keys, in the order of the keys', () => {
		expect(listIn([{ id: 1 }], ['data'])).toEqual([{ id: 1 }]);
		expect(listIn({ items: [{ id: 2 }], data: [{ id: 3 }] }, ['contacts', 'data', 'items'])).toEqual([{ id: 3 }]);
	});
	test('no list: undefined, so that the caller says what that means', () => {
		expect(listIn({ data: { id: 1 } }, ['data'])).toBeUndefined();
		expect(listIn('', ['data'])).toBeUndefined();
		expect(listIn(null, ['data'])).toBeUndefined();
	});
});

describe('recordIn and recordOf', () => {
	test('a record is taken out of its wrapper; without a wrapper, or another shape inside, the object itself', () => {
		expect(recordIn({ data: { id: 1 }, meta: {} }, 'data')).toEqual({ id: 1 });
		expect(recordIn({ data: [1], id: 2 }, 'data')).toEqual({ data: [1], id: 2 });
		expect(recordIn({ data: { id: 1 } })).toEqual({ data: { id: 1 } });
		expect(recordIn([{ id: 1 }], 'data')).toBeUndefined();
	});
	test("a read's answer: the record, {} when empty, { response } for anything else", () => {
		expect(recordOf({ data: { id: 1 } }, 'data')).toEqual({ id: 1 });
		expect(recordOf('', 'data')).toEqual({});
		expect(recordOf('OK')).toEqual({ response: 'OK' });
		expect(recordOf([1, 2])).toEqual({ response: [1, 2] });
	});
});

describe('write answers', () => {
	test('writeResult: always success, then extra, then the record (which wins); a bare value is left out', () => {
		expect(writeResult({ data: { id: 1, callId: 'x' } }, { callId: 'c' }, 'data')).toEqual({ success: true, callId: 'x', id: 1 });
		expect(writeResult(undefined, { tagId: '5' })).toEqual({ success: true, tagId: '5' });
		expect(writeResult('OK')).toEqual({ success: true });
	});
	test("answerOrSuccess: the vendor's record after extra; success only when it said nothing of its own", () => {
		expect(answerOrSuccess({ id: 'm1' }, { conversationId: 'c' })).toEqual({ conversationId: 'c', id: 'm1' });
		expect(answerOrSuccess('', { id: 'ct-9', deleted: true })).toEqual({ success: true, id: 'ct-9', deleted: true });
		expect(answerOrSuccess('done')).toEqual({ success: true, response: 'done' });
	});
});
