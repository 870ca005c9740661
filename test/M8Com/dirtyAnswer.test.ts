// Dirty CRM data in a lookup answer: one bad row, field or link costs that row (or field), never the
// whole Caller Insights, and the node's output item says what was left out and why.
import type { IDataObject, INodePropertyCollection } from 'n8n-workflow';

import { activitiesProperty } from '../../nodes/M8Com/activities';
import { responseProperties } from '../../nodes/M8Com/responseDescription';
import { json, note, respond, sentBody } from './respond';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/** An editor row of an activity type as n8n fills it: every field at its default, then what the user set. */
function editorRow(type: string, values: IDataObject): IDataObject {
	const group = activitiesProperty.options?.find((option) => option.name === type) as INodePropertyCollection;
	return { ...Object.fromEntries(group.values.map((value) => [value.name, value.default])), ...values };
}

const fields = (parameters: IDataObject) => respond({ contactSource: 'fields', displayName: 'Maria', ...parameters });

describe('M8Com Lookup Response: a bad activity row is left out, the contact is answered', () => {
	test('a task without due date and a note timed "yesterday" (Define Below): 200 with the good rows, the bad ones named as the panel shows them', async () => {
		const { output, responses } = await fields({
			activities: {
				note: [
					{ body: 'Good note', timestamp: 1606490711729 },
					{ body: 'Typed by hand', timestamp: 'yesterday' },
				],
				task: [{ body: 'Call back', timestamp: 1606490711000, dueDate: '' }],
			},
			activitiesJson: [{ type: 'APPOINTMENT', body: 'No dates' }, note(1606490700000, 'From JSON')],
		});
		expect(responses).toHaveLength(1);
		expect(responses[0].statusCode).toBe(200);
		expect(sentBody(responses).activities).toEqual([
			{ type: 'NOTE', body: 'Good note', timestamp: 1606490711729 },
			{ type: 'NOTE', body: 'From JSON', timestamp: 1606490700000 },
		]);
		expect(output[0].json.dropped).toEqual([
			{ kind: 'activity', index: 1, type: 'NOTE', problem: 'Activities > Note 2 (NOTE): "timestamp" is not a date or time: "yesterday"' },
			{ kind: 'activity', index: 2, type: 'TASK', problem: 'Activities > Task 1 (TASK) is missing required field: dueDate' },
			{
				kind: 'activity',
				index: 3,
				type: 'APPOINTMENT',
				problem: 'More Activities (JSON) item 1 (APPOINTMENT) is missing required fields: timestamp, startDate, endDate',
			},
		]);
	});

	test('rows that are no activity at all (null, text, an array) are left out and named', async () => {
		const { output, responses } = await json({ displayName: 'X', activities: [null, 'call me', [note(1)], note(1606490711729)] });
		expect(sentBody(responses).activities).toEqual([note(1606490711729)]);
		expect(output[0].json.dropped).toEqual([
			{ kind: 'activity', index: 0, problem: 'Activity 1 is not an object: null' },
			{ kind: 'activity', index: 1, problem: 'Activity 2 is not an object: "call me"' },
			{ kind: 'activity', index: 2, problem: 'Activity 3 is not an object: [{"type":"NOTE","body":"note 1","timestamp":1}]' },
		]);
	});

	test('activities given as text that is no JSON: the contact is answered without activities, and says so', async () => {
		const { output, responses } = await json({ displayName: 'X', activities: '[{"type": "NOTE",' });
		expect(responses[0]).toEqual({ statusCode: 200, body: { displayName: 'X' }, headers: JSON_HEADERS });
		expect(output[0].json.dropped).toEqual([
			{ kind: 'activity', problem: expect.stringMatching(/^"activities" is not valid JSON \(.+\), so none of its rows were sent: "\[\{\\"type\\": \\"NOTE\\",\"$/) },
		]);
	});

	test('every activity bad: the contact is still answered, without an empty activities list', async () => {
		const { output, responses } = await json({ displayName: 'X', activities: [{ type: 'TASK', body: 'x', timestamp: 1 }] });
		expect(responses[0]).toEqual({ statusCode: 200, body: { displayName: 'X' }, headers: JSON_HEADERS });
		expect(output[0].json).toEqual({
			statusCode: 200,
			body: { displayName: 'X' },
			dropped: [{ kind: 'activity', index: 0, type: 'TASK', problem: 'Activity 1 (TASK) is missing required field: dueDate' }],
		});
	});

	test('a CALL whose timestamp is unreadable keeps its start time as timestamp, and says so', async () => {
		const call = { type: 'CALL', body: 'c', fromNumber: '1', toNumber: '2', duration: 1000, startTime: 1606490711729 };
		const { output, responses } = await json({ displayName: 'X', activities: [{ ...call, timestamp: 'soon' }] });
		expect(sentBody(responses).activities).toEqual([{ ...call, timestamp: 1606490711729 }]);
		expect(output[0].json.dropped).toEqual([
			{ kind: 'activity', index: 0, type: 'CALL', field: 'timestamp', problem: 'Activity 1 (CALL): "timestamp" is not a date or time: "soon"; its startTime is used instead' },
		]);
	});
});

describe('M8Com Lookup Response: bad list rows are left out, the contact is answered', () => {
	test('emails, phone numbers, fields and links that are not what M8Com reads', async () => {
		const { output, responses } = await json({
			displayName: 'X',
			emails: [true, { id: { address: 'a@b' } }, 'ok@acme.inc'],
			phoneNumbers: [[46701234567], 46701234567],
			fields: ['Gold', { title: 'Tier', comment: 'Gold' }, { comment: 'Silver' }],
			createActivityUrls: 'oops',
		});
		expect(responses[0]).toEqual({
			statusCode: 200,
			body: { displayName: 'X', emails: [{ id: 'ok@acme.inc' }], phoneNumbers: [{ id: '46701234567' }], fields: [{ title: 'Tier', comment: 'Gold' }] },
			headers: JSON_HEADERS,
		});
		expect(output[0].json.dropped).toEqual([
			{ kind: 'email', index: 0, problem: 'emails[0] must be text or an object with an "id", got true' },
			{ kind: 'email', index: 1, problem: 'emails[1] has an "id" that is not text: {"address":"a@b"}' },
			{ kind: 'phoneNumber', index: 0, problem: 'phoneNumbers[0] must be text or an object with an "id", got [46701234567]' },
			{ kind: 'field', index: 0, problem: 'fields[0] must be an object with title and comment, got "Gold"' },
			{ kind: 'field', index: 2, problem: 'fields[2] is missing title' },
			{ kind: 'createActivityUrl', index: 0, problem: 'createActivityUrls[0] must be an object with name and url, got "oops"' },
		]);
	});

	test('a list that is no JSON and a companyInfo that is no object are left out and reported', async () => {
		const { output, responses } = await json({ displayName: 'X', emails: '[{"id": ', companyInfo: 'Acme', phoneNumbers: ['+4670'] });
		expect(responses[0].body).toEqual({ displayName: 'X', phoneNumbers: [{ id: '+4670' }] });
		expect(output[0].json.dropped).toEqual([
			{ kind: 'email', problem: expect.stringMatching(/^"emails" is not valid JSON \(.+\), so none of its rows were sent: /) },
			{ kind: 'contact', field: 'companyInfo', problem: '"companyInfo" must be an object with name and/or title, got "Acme"' },
		]);
	});
});

describe('M8Com Lookup Response: links that are not http(s) are never sent', () => {
	const hostile = 'javascript:alert(document.cookie)';

	test('the contact links, activity links and create-activity links: each bad one is left out and reported, the rest is sent', async () => {
		const { output, responses } = await json({
			displayName: 'X',
			moreInfoUrl: hostile,
			avatarUrl: 'data:image/svg+xml,<svg onload=alert(1)>',
			coverPhotoUrl: 'https://cdn.example.com/cover.png',
			activities: [
				{ ...note(1606490711729), link: hostile },
				{ type: 'TICKET', body: 't', createdDate: 1606490711000, ticketLink: 'vbscript:msgbox(1)', link: 'https://crm/t/1' },
				{ type: 'DEAL', body: 'd', timestamp: 1606490710000, closeDate: 1609372800000, dealLink: '//evil.example.com' },
			],
			createActivityUrls: [
				{ name: 'Create note', url: 'JaVaScRiPt:alert(1)' },
				{ name: 'Create task', url: 'https://crm/tasks/new' },
			],
			createActivityUrl: [{ name: 'Old', url: 'file:///etc/passwd' }],
		});
		const body = sentBody(responses);
		expect(JSON.stringify(body)).not.toMatch(/javascript|vbscript|data:|file:|evil/i);
		expect(body).toEqual({
			displayName: 'X',
			coverPhotoUrl: 'https://cdn.example.com/cover.png',
			activities: [
				note(1606490711729),
				{ type: 'TICKET', body: 't', createdDate: 1606490711000, timestamp: 1606490711000, link: 'https://crm/t/1' },
				{ type: 'DEAL', body: 'd', timestamp: 1606490710000, closeDate: 1609372800000 },
			],
			createActivityUrls: [{ name: 'Create task', url: 'https://crm/tasks/new' }],
		});
		expect(output[0].json.dropped).toEqual([
			{ kind: 'contact', field: 'avatarUrl', problem: '"avatarUrl" is not a web address (http or https): "data:image/svg+xml,<svg onload=alert(1)>"' },
			{ kind: 'contact', field: 'moreInfoUrl', problem: `"moreInfoUrl" is not a web address (http or https): "${hostile}"` },
			{ kind: 'createActivityUrl', index: 0, problem: 'createActivityUrls[0] has a "url" that is not a web address (http or https): "JaVaScRiPt:alert(1)"' },
			{ kind: 'createActivityUrl', index: 0, problem: 'createActivityUrl[0] has a "url" that is not a web address (http or https): "file:///etc/passwd"' },
			{ kind: 'activity', index: 0, type: 'NOTE', field: 'link', problem: `Activity 1 (NOTE): "link" is not a web address (http or https): "${hostile}"; sent without it` },
			{ kind: 'activity', index: 1, type: 'TICKET', field: 'ticketLink', problem: 'Activity 2 (TICKET): "ticketLink" is not a web address (http or https): "vbscript:msgbox(1)"; sent without it' },
			{ kind: 'activity', index: 2, type: 'DEAL', field: 'dealLink', problem: 'Activity 3 (DEAL): "dealLink" is not a web address (http or https): "//evil.example.com"; sent without it' },
		]);
	});

	test('the same in Define Below, where the links come from CRM columns', async () => {
		const { output, responses } = await fields({
			moreInfoUrl: 'crm.example.com/contacts/1',
			activities: { note: [{ body: 'n', timestamp: 1606490711729, link: 'javascript:void(0)' }] },
			createActivityUrls: { values: [{ name: 'Create note', url: 'ftp://crm/notes' }] },
		});
		expect(responses[0].body).toEqual({ displayName: 'Maria', activities: [{ type: 'NOTE', body: 'n', timestamp: 1606490711729 }] });
		expect(output[0].json.dropped).toEqual([
			{ kind: 'contact', field: 'moreInfoUrl', problem: '"moreInfoUrl" is not a web address (http or https): "crm.example.com/contacts/1"' },
			{ kind: 'createActivityUrl', index: 0, problem: 'Create Activity Links row 1 has a "url" that is not a web address (http or https): "ftp://crm/notes"' },
			{
				kind: 'activity',
				index: 0,
				type: 'NOTE',
				field: 'link',
				problem: 'Activities > Note 1 (NOTE): "link" is not a web address (http or https): "javascript:void(0)"; sent without it',
			},
		]);
	});
});

describe('M8Com Lookup Response: a blank number is absent, never 0', () => {
	test('a deal row whose amount was left empty in the editor is sent without an amount', async () => {
		const deal = editorRow('deal', { body: 'Deal', timestamp: 1606490711000, closeDate: 1609372800000 });
		const { output, responses } = await fields({ activities: { deal: [deal] } });
		expect(sentBody(responses).activities).toEqual([
			{ type: 'DEAL', body: 'Deal', timestamp: 1606490711000, closeDate: 1609372800000, done: false, markdown: false },
		]);
		expect(output[0].json).not.toHaveProperty('dropped');
	});

	test('a call row whose duration was left empty is not sent with a made-up 0: it lacks a required field, and says so', async () => {
		const call = editorRow('call', { body: 'c', fromNumber: '+4670', toNumber: '+4681', startTime: 1606490711000 });
		const { output, responses } = await fields({ activities: { call: [call] } });
		expect(responses[0].body).toEqual({ displayName: 'Maria' });
		expect(output[0].json.dropped).toEqual([
			{ kind: 'activity', index: 0, type: 'CALL', problem: 'Activities > Call 1 (CALL) is missing required field: duration' },
		]);
	});

	test('numbers typed in the editor, and amounts of spaces only from JSON', async () => {
		const deal = editorRow('deal', { body: 'Deal', timestamp: 1606490711000, closeDate: 1609372800000, amount: ' 48000 ' });
		const typed = await fields({ activities: { deal: [deal] } });
		expect((sentBody(typed.responses).activities as IDataObject[])[0].amount).toBe(48000);
		const spaces = await json({ displayName: 'X', activities: [{ type: 'DEAL', body: 'd', timestamp: 1, closeDate: 2, amount: '   ' }] });
		expect(sentBody(spaces.responses).activities).toEqual([{ type: 'DEAL', body: 'd', timestamp: 1000, closeDate: 2000 }]);
	});

	test('the editor offers empty number fields (n8n has no empty number input, so they are text)', () => {
		const numbers = (activitiesProperty.options as INodePropertyCollection[]).flatMap((group) =>
			group.values.filter((value) => ['amount', 'duration'].includes(value.name)),
		);
		expect(numbers.map((value) => [value.name, value.type, value.default])).toEqual([
			['duration', 'string', ''],
			['amount', 'string', ''],
		]);
	});
});

describe('M8Com Lookup Response: Define Below lists from an expression, beside the fixed rows', () => {
	test('each list takes an array from an expression, appended to its rows; every row checked and named', async () => {
		const { output, responses } = await fields({
			emails: { values: [{ id: 'maria@acme.inc', comment: 'Work' }] },
			emailsJson: ['maria@example.com', { id: 'm.andersson@acme.inc', comment: 'Old' }, false],
			phoneNumbers: { values: [] },
			phoneNumbersJson: '+46701234567, +46812345678',
			fields: { values: [{ title: 'Tier', comment: 'Gold' }] },
			fieldsJson: '[{"title": "Region", "comment": "North"}, {"comment": "no title"}]',
			createActivityUrls: { values: [{ name: 'Create note', url: 'https://crm/notes/new' }] },
			createActivityUrlsJson: [{ name: 'Create task', url: 'https://crm/tasks/new' }, { name: 'Bad', url: 'javascript:alert(1)' }],
		});
		expect(responses[0].body).toEqual({
			displayName: 'Maria',
			emails: [{ id: 'maria@acme.inc', comment: 'Work' }, { id: 'maria@example.com' }, { id: 'm.andersson@acme.inc', comment: 'Old' }],
			phoneNumbers: [{ id: '+46701234567' }, { id: '+46812345678' }],
			fields: [
				{ title: 'Tier', comment: 'Gold' },
				{ title: 'Region', comment: 'North' },
			],
			createActivityUrls: [
				{ name: 'Create note', url: 'https://crm/notes/new' },
				{ name: 'Create task', url: 'https://crm/tasks/new' },
			],
		});
		expect(output[0].json.dropped).toEqual([
			{ kind: 'email', index: 3, problem: 'More Emails (JSON) item 3 must be text or an object with an "id", got false' },
			{ kind: 'field', index: 2, problem: 'More Custom Fields (JSON) item 2 is missing title' },
			{ kind: 'createActivityUrl', index: 2, problem: 'More Create Activity Links (JSON) item 2 has a "url" that is not a web address (http or https): "javascript:alert(1)"' },
		]);
	});

	test('one value (an expression giving one address or one object) is a list of one; an empty expression adds nothing', async () => {
		const { output, responses } = await fields({ emailsJson: 'maria@acme.inc', fieldsJson: { title: 'Tier', comment: 'Gold' }, phoneNumbersJson: '' });
		expect(responses[0].body).toEqual({ displayName: 'Maria', emails: [{ id: 'maria@acme.inc' }], fields: [{ title: 'Tier', comment: 'Gold' }] });
		expect(output[0].json).not.toHaveProperty('dropped');
	});

	test('a list expression that gives text that is no JSON: its rows are left out, the fixed rows are sent', async () => {
		const { output, responses } = await fields({ phoneNumbers: { values: [{ id: '+4670', comment: 'Mobile' }] }, phoneNumbersJson: '[{"id": "+4681"' });
		expect(responses[0].body).toEqual({ displayName: 'Maria', phoneNumbers: [{ id: '+4670', comment: 'Mobile' }] });
		expect(output[0].json.dropped).toEqual([
			{ kind: 'phoneNumber', problem: expect.stringMatching(/^"More Phone Numbers \(JSON\)" is not valid JSON \(.+\), so none of its rows were sent: /) },
		]);
	});

	test('the panel has one "More … (JSON)" field after each list, shown with Define Below', () => {
		const names = responseProperties.map((property) => property.name);
		for (const [list, more] of [
			['emails', 'emailsJson'],
			['phoneNumbers', 'phoneNumbersJson'],
			['fields', 'fieldsJson'],
			['createActivityUrls', 'createActivityUrlsJson'],
		]) {
			expect(names.indexOf(more)).toBe(names.indexOf(list) + 1);
			const property = responseProperties.find((p) => p.name === more);
			expect(property).toMatchObject({ type: 'json', default: '[]', displayOptions: { show: { respondWith: ['contact'], contactSource: ['fields'] } } });
		}
	});
});
