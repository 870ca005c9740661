import { NodeOperationError } from 'n8n-workflow';

import { requiredText, textParameter } from '../../nodes/shared/action';
import { compact } from '../../nodes/shared/object';
import { fakeExecuteContext } from '../helpers/executeContext';

const { context } = fakeExecuteContext({ parameters: { id: '  c-1 ', blank: '   ', count: 7 } });

test('textParameter trims, and reads an unset parameter as empty', () => {
	expect(textParameter(context, 'id', 0)).toBe('c-1');
	expect(textParameter(context, 'count', 0)).toBe('7');
	expect(textParameter(context, 'missing', 0)).toBe('');
});

test('requiredText fails the item with the given message and description when the text is blank', () => {
	expect(requiredText(context, 'id', 0, 'The ID is empty')).toBe('c-1');
	let error: unknown;
	try {
		requiredText(context, 'blank', 3, 'The ID is empty', 'Map the id of the trigger');
	} catch (caught) {
		error = caught;
	}
	expect(error).toBeInstanceOf(NodeOperationError);
	expect(error).toMatchObject({ message: 'The ID is empty', description: 'Map the id of the trigger', context: { itemIndex: 3 } });
});

test('compact keeps every entry that holds something, false and 0 included', () => {
	expect(compact({ a: '', b: undefined, c: null, d: 0, e: false, f: 'x', g: {} })).toEqual({ d: 0, e: false, f: 'x', g: {} });
});
