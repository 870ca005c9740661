import { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';

import { ACTIVITY_SPECS, ACTIVITY_TYPES, activitiesProperty, prepareActivities } from '../../nodes/M8Com/activities';
import { toUnixMillis } from '../../nodes/shared/time';
import { fakeExecuteContext } from '../helpers/executeContext';
import { fixture } from './fixtures';
import { json, node, note, respond, respondFailing } from './respond';

/** What M8Com gets for "no contact found": the status, no body. */
const noContact = (statusCode = 404) => [{ statusCode, body: '', headers: {} }];

describe('M8Com Lookup Response: the contact answer', () => {
	test("the seed's contact with all six activity types is sent as it is, 200 JSON", async () => {
		const contact = fixture('lookup-response-contact.json');
		const { output, responses } = await json(contact);
		expect(responses).toHaveLength(1);
		expect(responses[0].statusCode).toBe(200);
		expect(responses[0].headers).toEqual({ 'content-type': 'application/json; charset=utf-8' });
		expect(responses[0].body).toEqual(contact);
		expect(output).toEqual([{ json: { statusCode: 200, body: contact }, pairedItem: { item: 0 } }]);
	});

	test('JSON text works as well as an object, and unknown extra fields pass through', async () => {
		const contact = { displayName: 'Maria', vipLevel: 3, activities: [{ ...note(1606490711729), sentiment: 'positive' }] };
		const { responses } = await json(JSON.stringify(contact));
		expect(responses[0].body).toEqual(contact);
	});

	test('activities are ordered newest first across types; equal times keep their input order', async () => {
		const contact = fixture('lookup-response-contact.json');
		const activities = [...(contact.activities as IDataObject[])].reverse();
		const { responses } = await json({ ...contact, activities });
		const sent = (responses[0].body as IDataObject).activities as IDataObject[];
		// NOTE and TASK share a timestamp in the seed: reversed, TASK comes first.
		expect(sent.map((a) => a.type)).toEqual(['TASK', 'NOTE', 'CALL', 'TICKET', 'DEAL', 'APPOINTMENT']);
	});

	test('at most 10 activities per type, the newest kept; other types are not affected', async () => {
		const notes = Array.from({ length: 13 }, (_, i) => note(1_600_000_000_000 + i * 1000));
		const tasks = [1, 2, 3].map((i) => ({ type: 'TASK', body: `t${i}`, timestamp: 1_500_000_000_000 + i, dueDate: 1_700_000_000_000 }));
		const { output, responses } = await json({ displayName: 'X', activities: [...tasks, ...notes] });
		const sent = (responses[0].body as IDataObject).activities as IDataObject[];
		const sentNotes = sent.filter((a) => a.type === 'NOTE').map((a) => a.timestamp);
		expect(sentNotes).toEqual(Array.from({ length: 10 }, (_, i) => 1_600_000_000_000 + (12 - i) * 1000));
		expect(sent.filter((a) => a.type === 'TASK').map((a) => a.body)).toEqual(['t3', 't2', 't1']);
		expect(output[0].json.droppedActivities).toBe(3);
	});

	test('the per-type limit can be lowered', async () => {
		const notes = [1, 2, 3, 4].map((i) => note(1_600_000_000_000 + i));
		const { responses } = await json({ displayName: 'X', activities: notes }, { options: { maxActivitiesPerType: 2 } });
		expect(((responses[0].body as IDataObject).activities as IDataObject[]).map((a) => a.timestamp)).toEqual([
			1_600_000_000_004, 1_600_000_000_003,
		]);
	});

	test.each([
		[20, 10],
		[0, 10],
		['lots', 10],
		[3.7, 3],
	])('a per-type limit of %p from an expression keeps %p notes (never more than M8Com shows)', (limit, kept) => {
		const notes = Array.from({ length: 12 }, (_, i) => note(1_600_000_000_000 + i));
		const { activities, dropped } = prepareActivities(notes, { timeZone: 'UTC', maxPerType: limit as number });
		expect(activities).toHaveLength(kept);
		expect(dropped).toBe(12 - kept);
	});

	test('emails and phone numbers given as plain text become {id}', async () => {
		const { responses } = await json({ displayName: 'X', emails: ['a@acme.inc', { id: 'b@acme.inc', comment: 'Work' }], phoneNumbers: '+4670111, +4670222' });
		expect(responses[0].body).toMatchObject({
			emails: [{ id: 'a@acme.inc' }, { id: 'b@acme.inc', comment: 'Work' }],
			phoneNumbers: [{ id: '+4670111' }, { id: '+4670222' }],
		});
	});
});

describe('M8Com Lookup Response: every activity type', () => {
	const dateFields = (type: string) => ACTIVITY_SPECS.find((s) => s.type === type)!.fields.filter((f) => f.kind === 'date').map((f) => f.name);

	test.each(ACTIVITY_TYPES.map((t) => [t]))('%s: required fields checked, dates converted, every seed field accepted', async (type) => {
		const spec = ACTIVITY_SPECS.find((s) => s.type === type)!;
		const full: IDataObject = { type: type.toLowerCase() };
		for (const field of spec.fields) {
			full[field.name] =
				field.kind === 'date'
					? '2020-11-27T15:25:11.729Z'
					: field.kind === 'number'
						? '1500'
						: field.kind === 'boolean'
							? 'true'
							: field.kind === 'priority'
								? 'medium'
								: field.kind === 'url'
									? `https://crm.example.com/${field.name}`
									: `${field.name} text`;
		}
		const { activities } = prepareActivities([full], { timeZone: 'UTC' });
		const sent = activities[0];
		expect(sent.type).toBe(type);
		for (const name of dateFields(type)) expect(sent[name]).toBe(1606490711729);
		for (const field of spec.fields.filter((f) => f.kind === 'number')) expect(sent[field.name]).toBe(1500);
		for (const field of spec.fields.filter((f) => f.kind === 'boolean')) expect(sent[field.name]).toBe(true);
		if (type === 'TICKET') expect(sent.priority).toBe('MEDIUM');
		expect(Object.keys(sent).sort()).toEqual(['type', ...spec.fields.map((f) => f.name)].sort());

		for (const field of spec.fields.filter((f) => f.required)) {
			const missing = { ...full, [field.name]: '' };
			const { activities: left, rejected } = prepareActivities([missing], { timeZone: 'UTC' });
			expect(left).toEqual([]);
			expect(rejected).toEqual([
				{ kind: 'activity', index: 0, type, problem: expect.stringMatching(new RegExp(`^Activity 1 \\(${type}\\) is missing required field.*${field.name}`)) },
			]);
		}
	});

	test('CALL, TICKET and APPOINTMENT take their timestamp from their own date when none is given', () => {
		const { activities } = prepareActivities(
			[
				{ type: 'CALL', body: 'c', fromNumber: '1', toNumber: '2', duration: 1000, startTime: 1606490711729 },
				{ type: 'TICKET', body: 't', createdDate: 1606490711 },
				{ type: 'APPOINTMENT', body: 'a', startDate: '2020-11-27T15:25:11Z', endDate: '2020-11-27T16:25:11Z' },
			],
			{ timeZone: 'UTC' },
		);
		expect(activities.map((a) => [a.type, a.timestamp])).toEqual([
			['CALL', 1606490711729],
			['TICKET', 1606490711000],
			['APPOINTMENT', 1606490711000],
		]);
	});

	test('a NOTE without timestamp, an unknown type and a bad date are left out with a clear message; a bad optional field only costs that field', () => {
		const { activities, rejected } = prepareActivities(
			[
				{ type: 'NOTE', body: 'x' },
				note(1),
				{ type: 'MEETING', body: 'x' },
				{ type: 'NOTE', body: 'x', timestamp: 'next tuesday' },
				{ type: 'DEAL', body: 'x', timestamp: 1, closeDate: 2, amount: 'lots' },
			],
			{ timeZone: 'UTC' },
		);
		expect(rejected).toEqual([
			{ kind: 'activity', index: 0, type: 'NOTE', problem: 'Activity 1 (NOTE) is missing required field: timestamp' },
			{ kind: 'activity', index: 2, problem: 'Activity 3 has type "MEETING"; use one of NOTE, TASK, CALL, TICKET, DEAL, APPOINTMENT' },
			{ kind: 'activity', index: 3, type: 'NOTE', problem: 'Activity 4 (NOTE): "timestamp" is not a date or time: "next tuesday"' },
			{ kind: 'activity', index: 4, type: 'DEAL', field: 'amount', problem: 'Activity 5 (DEAL): "amount" is not a number: "lots"; sent without it' },
		]);
		expect(activities).toEqual([
			{ type: 'NOTE', body: 'note 1', timestamp: 1000 },
			{ type: 'DEAL', body: 'x', timestamp: 1000, closeDate: 2000 },
		]);
	});

	test('the editor offers one group per activity type with every field of the seed', () => {
		expect(activitiesProperty.options?.map((o) => o.name)).toEqual(['note', 'task', 'call', 'ticket', 'deal', 'appointment']);
	});
});

describe('M8Com Lookup Response: time conversions', () => {
	const ms = Date.UTC(2020, 10, 27, 15, 25, 11, 729);

	test.each<[string, unknown, number]>([
		['milliseconds', ms, ms],
		['seconds', 1606490711, 1606490711000],
		['seconds with a fraction', 1606490711.729, ms],
		['numeric text in milliseconds', String(ms), ms],
		['numeric text in seconds', '1606490711', 1606490711000],
		['ISO text in UTC', '2020-11-27T15:25:11.729Z', ms],
		['ISO text with an offset', '2020-11-27T16:25:11.729+01:00', ms],
		['a JavaScript Date', new Date(ms), ms],
		['a Luxon DateTime', DateTime.fromMillis(ms, { zone: 'Asia/Tokyo' }), ms],
	])('%s', (_label, value, expected) => {
		expect(toUnixMillis(value, 'UTC')).toBe(expected);
	});

	test("ISO text without an offset (n8n's date picker) is read in the workflow's time zone", () => {
		expect(toUnixMillis('2020-11-27T16:25:11.729', 'Europe/Stockholm')).toBe(ms);
		expect(toUnixMillis('2020-07-01T12:00:00', 'Europe/Stockholm')).toBe(Date.UTC(2020, 6, 1, 10));
		expect(toUnixMillis('2020-11-27', 'UTC')).toBe(Date.UTC(2020, 10, 27));
	});

	test('nonsense is not a time', () => {
		for (const value of ['', 'soon', {}, null, NaN, DateTime.invalid('test')]) expect(toUnixMillis(value)).toBeUndefined();
	});

	test('dates set in the editor reach M8Com as milliseconds in the workflow time zone', async () => {
		const { responses } = await respond(
			{
				contactSource: 'fields',
				displayName: 'Maria',
				activities: { task: [{ body: 'Call back', timestamp: '2020-11-27T16:25:11.729', dueDate: '2020-11-28T09:00:00' }] },
			},
			{ timeZone: 'Europe/Stockholm' },
		);
		expect((responses[0].body as IDataObject).activities).toEqual([
			{ type: 'TASK', body: 'Call back', timestamp: ms, dueDate: Date.UTC(2020, 10, 28, 8) },
		]);
	});
});

describe('M8Com Lookup Response: fields mode', () => {
	test('every field of the editor ends up in its place; blank rows and fields are left out', async () => {
		const { responses } = await respond({
			contactSource: 'fields',
			displayName: 'Maria Andersson',
			firstName: 'Maria',
			lastName: '',
			companyName: 'Acme Inc.',
			companyTitle: 'Insights Engineer',
			avatarUrl: 'https://x/a.png',
			coverPhotoUrl: '',
			moreInfoUrl: 'https://crm/contact/1',
			emails: { values: [{ id: 'maria@acme.inc', comment: 'Work' }, { id: '', comment: '' }] },
			phoneNumbers: { values: [{ id: '+46701234567', comment: '' }] },
			fields: { values: [{ title: 'Tier', comment: 'Gold' }] },
			activities: {
				note: [{ body: 'Hello', timestamp: 1606490711729, header: '', markdown: true }],
				deal: [{ body: 'Deal', timestamp: 1606490711000, closeDate: 1609372800000, amount: 100, currency: 'SEK', done: false }],
			},
			activitiesJson: JSON.stringify([{ type: 'call', body: 'c', fromNumber: '1', toNumber: '2', duration: 5000, startTime: 1606490712000 }]),
			createActivityUrls: { values: [{ name: 'Create note', url: 'https://crm/notes/new' }] },
		});
		expect(responses[0].body).toEqual({
			displayName: 'Maria Andersson',
			firstName: 'Maria',
			avatarUrl: 'https://x/a.png',
			moreInfoUrl: 'https://crm/contact/1',
			companyInfo: { name: 'Acme Inc.', title: 'Insights Engineer' },
			emails: [{ id: 'maria@acme.inc', comment: 'Work' }],
			phoneNumbers: [{ id: '+46701234567' }],
			fields: [{ title: 'Tier', comment: 'Gold' }],
			activities: [
				{ type: 'CALL', body: 'c', fromNumber: '1', toNumber: '2', duration: 5000, startTime: 1606490712000, timestamp: 1606490712000 },
				{ type: 'NOTE', body: 'Hello', timestamp: 1606490711729, markdown: true },
				{ type: 'DEAL', body: 'Deal', timestamp: 1606490711000, closeDate: 1609372800000, amount: 100, currency: 'SEK', done: false },
			],
			createActivityUrls: [{ name: 'Create note', url: 'https://crm/notes/new' }],
		});
	});

	test('"More Activities (JSON)" must be an array', async () => {
		await expect(respond({ contactSource: 'fields', displayName: 'X', activitiesJson: '{"type":"NOTE"}' })).rejects.toThrow('must be a JSON array');
	});
});

describe('M8Com Lookup Response: no contact found', () => {
	test('chosen explicitly: 404 with an empty body by default', async () => {
		const { output, responses } = await respond({ respondWith: 'noContact' });
		expect(responses).toEqual([{ statusCode: 404, body: '', headers: {} }]);
		expect(output[0].json).toEqual({ statusCode: 404, body: '' });
	});

	test('the status code is an option', async () => {
		const { responses } = await respond({ respondWith: 'noContact', options: { noContactStatusCode: 204 } });
		expect(responses[0].statusCode).toBe(204);
	});

	test('an empty display name (the lookup before found nothing) answers no contact', async () => {
		for (const params of [
			{ contactSource: 'fields', displayName: '' },
			{ contactSource: 'json', contactJson: {} },
			{ contactSource: 'json', contactJson: { displayName: '   ', activities: [] } },
		]) {
			const { responses } = await respond(params);
			expect(responses).toEqual([{ statusCode: 404, body: '', headers: {} }]);
		}
	});

	test('...or, when the user asks for that, answers no contact at once and fails with a clear error', async () => {
		const { error, responses } = await respondFailing({ contactSource: 'json', contactJson: {}, options: { emptyDisplayName: 'error' } });
		expect(responses).toEqual(noContact());
		expect(error?.message).toMatch('"displayName" is required');
	});

	test('a bad activity does not stop the node: the contact is answered without it, and the output says which and why', async () => {
		const good = note(1606490711729);
		const { output, responses } = await json({ displayName: 'X', activities: [{ type: 'NOTE', body: 'no time' }, good] });
		expect(responses).toEqual([{ statusCode: 200, body: { displayName: 'X', activities: [good] }, headers: { 'content-type': 'application/json; charset=utf-8' } }]);
		expect(output[0].json).toEqual({
			statusCode: 200,
			body: { displayName: 'X', activities: [good] },
			dropped: [{ kind: 'activity', index: 0, type: 'NOTE', problem: 'Activity 1 (NOTE) is missing required field: timestamp' }],
		});
	});

	test.each<[string, IDataObject, RegExp]>([
		['a contact that is no JSON', { contactSource: 'json', contactJson: '{"displayName": "X",}' }, /^"Contact \(JSON\)" is not valid JSON: /],
		['"More Activities (JSON)" that is no array', { contactSource: 'fields', displayName: 'X', activitiesJson: '{"type":"NOTE"}' }, /must be a JSON array/],
	])('an error that stops the node (%s): M8Com gets the no-contact answer at once, never a 500, and the execution says why', async (_label, parameters, message) => {
		const { error, responses } = await respondFailing(parameters);
		expect(responses).toEqual(noContact());
		expect(error?.message).toMatch(message);
		expect(error?.description).toBe('It was not sent. M8Com was answered "no contact found" (404) and shows no Caller Insights for this lookup.');
		const configured = await respondFailing({ ...parameters, options: { noContactStatusCode: 204 } });
		expect(configured.responses).toEqual(noContact(204));
		expect(configured.error?.description).toMatch('"no contact found" (204)');
	});

	test('with Continue On Fail M8Com gets the no-contact answer and the item says why', async () => {
		const { output, responses } = await respond({ contactSource: 'json', contactJson: '{"displayName": "X",}' }, { continueOnFail: true });
		expect(responses).toEqual(noContact());
		expect(output).toEqual([
			{ json: { error: expect.stringMatching(/^"Contact \(JSON\)" is not valid JSON: /), statusCode: 404 }, pairedItem: { item: 0 } },
		]);
	});

	test('a parameter whose expression fails (a node it reads did not run) is answered no contact, then fails', async () => {
		const fake = fakeExecuteContext({
			parameters: () => ({
				respondWith: 'contact',
				contactSource: 'json',
				options: {},
				get contactJson(): never {
					throw new Error('Referenced node is unexecuted');
				},
			}),
		});
		await expect(node.execute.call(fake.context)).rejects.toThrow('Referenced node is unexecuted');
		expect(fake.responses).toEqual(noContact());
	});

	test('a no-contact status that is no HTTP status (from an expression) is never sent: 404 instead, and the node says why', async () => {
		for (const noContactStatusCode of [700, 'soon', 204.5]) {
			const { error, responses } = await respondFailing({ respondWith: 'noContact', options: { noContactStatusCode } });
			expect(responses).toEqual(noContact());
			expect(error?.message).toBe(`"No Contact Status Code" must be a whole number from 200 to 599, not ${JSON.stringify(noContactStatusCode)}`);
		}
		// A contact found is answered whatever that option holds.
		const { responses } = await json({ displayName: 'X' }, { options: { noContactStatusCode: 700 } });
		expect(responses[0].statusCode).toBe(200);
	});

	test('invalid JSON is reported as such', async () => {
		await expect(json('{"displayName": "X",}')).rejects.toThrow('"Contact (JSON)" is not valid JSON');
	});
});

test('it answers once, for the first item, whatever the number of input items', async () => {
	const fake = fakeExecuteContext({
		items: [{ name: 'A' }, { name: 'B' }],
		parameters: (i) => ({ respondWith: 'contact', contactSource: 'json', contactJson: { displayName: i === 0 ? 'A' : 'B' }, options: {} }),
	});
	const [out] = await node.execute.call(fake.context);
	expect(fake.responses).toHaveLength(1);
	expect(fake.responses[0].body).toEqual({ displayName: 'A' });
	expect(out).toHaveLength(1);
});

test('rows whose address, value or URL is empty (an empty CRM column) are left out silently; a row without its label is left out and reported', async () => {
	const { output, responses } = await json({
		displayName: 'Hank',
		emails: [{ id: '', comment: 'Work' }],
		phoneNumbers: [{ id: null, comment: 'Mobile' }, { id: '+4670' }],
		fields: [{ title: 'Tier', comment: '' }],
		createActivityUrls: [{ name: 'Create note', url: '' }],
	});
	expect(responses[0].body).toEqual({ displayName: 'Hank', phoneNumbers: [{ id: '+4670' }] });
	expect(output[0].json).not.toHaveProperty('dropped');
	const unlabelled = await json({
		displayName: 'Hank',
		createActivityUrls: [{ url: 'https://x' }, { name: 'Create note', url: 'https://crm/notes/new' }],
		fields: [{ comment: 'Gold' }],
	});
	expect(unlabelled.responses[0].body).toEqual({ displayName: 'Hank', createActivityUrls: [{ name: 'Create note', url: 'https://crm/notes/new' }] });
	expect(unlabelled.output[0].json.dropped).toEqual([
		{ kind: 'field', index: 0, problem: 'fields[0] is missing title' },
		{ kind: 'createActivityUrl', index: 0, problem: 'createActivityUrls[0] is missing name' },
	]);
});
