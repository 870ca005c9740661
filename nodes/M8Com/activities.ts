// The six activity types of M8Com's lookup answer: one table drives both the editor fields and the checks.
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { isWebUrl } from '../shared/url';
import { type Dropped, isBlank, quoted } from './dropped';
import { toUnixMillis } from '../shared/time';

export const ACTIVITY_TYPES = ['NOTE', 'TASK', 'CALL', 'TICKET', 'DEAL', 'APPOINTMENT'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** M8Com shows at most this many activities of each type. */
export const MAX_ACTIVITIES_PER_TYPE = 10;

type FieldKind = 'text' | 'longText' | 'date' | 'number' | 'boolean' | 'priority' | 'url';

interface FieldSpec {
	name: string;
	displayName: string;
	kind: FieldKind;
	required?: boolean;
	description: string;
}

const body: FieldSpec = { name: 'body', displayName: 'Body', kind: 'longText', required: true, description: 'The text shown in the activity' };
const timestamp: FieldSpec = {
	name: 'timestamp',
	displayName: 'Timestamp',
	kind: 'date',
	required: true,
	description: 'When the activity happened; activities are shown newest first',
};
const header = (type: string): FieldSpec => ({
	name: 'header',
	displayName: 'Header',
	kind: 'text',
	description: `Appended to the default header: "${type} - your header"`,
});
const customHeader = (type: string): FieldSpec => ({
	name: 'customHeader',
	displayName: 'Custom Header',
	kind: 'text',
	description: `Replaces the whole header, so that "${type}" is not shown`,
});
const customDescription: FieldSpec = {
	name: 'customDescription',
	displayName: 'Custom Description',
	kind: 'text',
	description: 'Replaces the default title of the body',
};
const link: FieldSpec = { name: 'link', displayName: 'Link', kind: 'url', description: 'An http(s) URL; when set, the header links to it' };
const markdown: FieldSpec = { name: 'markdown', displayName: 'Markdown', kind: 'boolean', description: 'Whether the body is Markdown (images and HTML are not rendered)' };
const status: FieldSpec = { name: 'status', displayName: 'Status', kind: 'text', description: 'Status text' };
const done: FieldSpec = { name: 'done', displayName: 'Done', kind: 'boolean', description: 'Whether to show a green check mark' };
const pipeline: FieldSpec = { name: 'pipeline', displayName: 'Pipeline', kind: 'text', description: 'Header text for the pipeline stage' };
const pipelineStage: FieldSpec = { name: 'pipelineStage', displayName: 'Pipeline Stage', kind: 'text', description: 'The stage in the pipeline' };
const date = (name: string, displayName: string, description: string): FieldSpec => ({ name, displayName, kind: 'date', required: true, description });

export interface ActivitySpec {
	type: ActivityType;
	/** The name of the activity's group in the editor. */
	key: string;
	displayName: string;
	fields: FieldSpec[];
	/** The date used as `timestamp` when none is given. */
	timestampFallback?: string;
}

export const ACTIVITY_SPECS: ActivitySpec[] = [
	{
		type: 'NOTE',
		key: 'note',
		displayName: 'Note',
		fields: [body, timestamp, header('Note'), customHeader('Note'), { name: 'associatedUser', displayName: 'Associated User', kind: 'text', description: 'E.g. the email of the user who wrote the note' }, link, markdown],
	},
	{
		type: 'TASK',
		key: 'task',
		displayName: 'Task',
		fields: [
			body,
			timestamp,
			date('dueDate', 'Due Date', 'When the task is due'),
			header('Task'),
			customHeader('Task'),
			customDescription,
			{ ...status, description: 'Text describing the task status; hidden when the task is done' },
			{ ...done, description: 'Whether the task is done (shows a green check mark instead of the status)' },
			{ name: 'assignedUser', displayName: 'Assigned User', kind: 'text', description: 'E.g. the email of the user the task is assigned to' },
			link,
			markdown,
		],
	},
	{
		type: 'CALL',
		key: 'call',
		displayName: 'Call',
		timestampFallback: 'startTime',
		fields: [
			body,
			{ ...timestamp, required: false, description: 'When the activity happened (defaults to the start time)' },
			{ name: 'fromNumber', displayName: 'From Number', kind: 'text', required: true, description: 'The caller' },
			{ name: 'toNumber', displayName: 'To Number', kind: 'text', required: true, description: 'The callee' },
			date('startTime', 'Start Time', 'When the call started'),
			{ name: 'duration', displayName: 'Duration (Milliseconds)', kind: 'number', required: true, description: 'How long the call lasted, in milliseconds' },
			customHeader('Call'),
			customDescription,
			link,
			markdown,
		],
	},
	{
		type: 'TICKET',
		key: 'ticket',
		displayName: 'Ticket',
		timestampFallback: 'createdDate',
		fields: [
			body,
			{ ...timestamp, required: false, description: 'When the activity happened (defaults to the created date)' },
			date('createdDate', 'Created Date', 'When the ticket was created'),
			{ name: 'priority', displayName: 'Priority', kind: 'priority', description: 'M8Com shows LOW when none is given' },
			header('Ticket'),
			customHeader('Ticket'),
			customDescription,
			pipeline,
			pipelineStage,
			link,
			{ name: 'ticketLink', displayName: 'Ticket Link (Deprecated)', kind: 'url', description: 'Older name of Link; prefer Link' },
			markdown,
		],
	},
	{
		type: 'DEAL',
		key: 'deal',
		displayName: 'Deal',
		fields: [
			body,
			timestamp,
			date('closeDate', 'Close Date', 'When the deal closes or closed'),
			{ name: 'amount', displayName: 'Amount', kind: 'number', description: 'The value of the deal; left out when empty' },
			{ name: 'currency', displayName: 'Currency', kind: 'text', description: 'E.g. SEK, EUR' },
			{ ...done, description: 'Whether to show a small check mark on the deal' },
			header('Deal'),
			customHeader('Deal'),
			customDescription,
			pipeline,
			pipelineStage,
			link,
			{ name: 'dealLink', displayName: 'Deal Link (Deprecated)', kind: 'url', description: 'Older name of Link; prefer Link' },
			markdown,
		],
	},
	{
		type: 'APPOINTMENT',
		key: 'appointment',
		displayName: 'Appointment',
		timestampFallback: 'startDate',
		fields: [
			body,
			{ ...timestamp, required: false, description: 'When the activity happened (defaults to the start date)' },
			date('startDate', 'Start Date', 'When the appointment starts'),
			date('endDate', 'End Date', 'When the appointment ends'),
			{ name: 'allDay', displayName: 'All Day', kind: 'boolean', description: 'Whether the appointment covers the whole day' },
			{ name: 'venue', displayName: 'Venue', kind: 'text', description: 'Where the appointment takes place' },
			{ name: 'header', displayName: 'Header', kind: 'text', description: 'Header of the activity' },
			customDescription,
			{ ...status, description: 'Shown under a "Status" header' },
			link,
			markdown,
		],
	},
];

const SPEC_BY_TYPE = new Map(ACTIVITY_SPECS.map((spec) => [spec.type, spec]));

function fieldProperty(field: FieldSpec): INodeProperties {
	const base = { displayName: field.displayName, name: field.name, description: field.description };
	switch (field.kind) {
		case 'date':
			return { ...base, type: 'dateTime', default: '', required: field.required };
		case 'number':
			// Text, not n8n's number input: that one has no empty state and would send 0 for "not known".
			return { ...base, type: 'string', default: '', placeholder: '0', required: field.required };
		case 'boolean':
			return { ...base, type: 'boolean', default: false };
		case 'priority':
			return {
				...base,
				type: 'options',
				default: 'LOW',
				options: [
					{ name: 'High', value: 'HIGH' },
					{ name: 'Medium', value: 'MEDIUM' },
					{ name: 'Low', value: 'LOW' },
				],
			};
		case 'longText':
			return { ...base, type: 'string', default: '', required: field.required, typeOptions: { rows: 3 } };
		default:
			return { ...base, type: 'string', default: '', required: field.required };
	}
}

/** The editor's "Activities" collection: one group per type, each with every field of that type. */
export const activitiesProperty: INodeProperties = {
	displayName: 'Activities',
	name: 'activities',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Activity',
	default: {},
	description: 'Notes, tasks, calls, tickets, deals and appointments shown with the contact. At most 10 per type are sent, newest first.',
	options: ACTIVITY_SPECS.map((spec) => ({
		name: spec.key,
		displayName: spec.displayName,
		values: spec.fields.map(fieldProperty),
	})),
};

/** One activity as the editor's collection holds it, with its type added, and the row it came from. */
export interface ActivityRow {
	activity: IDataObject;
	/** The row as the panel names it, e.g. "Activities > Task 2". */
	where: string;
}

/** Activities as the editor's collection holds them, with their type added, in the editor's order. */
export function activitiesFromCollection(collection: IDataObject | undefined): ActivityRow[] {
	const out: ActivityRow[] = [];
	for (const spec of ACTIVITY_SPECS) {
		const entries = collection?.[spec.key];
		if (!Array.isArray(entries)) continue;
		(entries as IDataObject[]).forEach((entry, i) =>
			out.push({ activity: { type: spec.type, ...entry }, where: `Activities > ${spec.displayName} ${i + 1}` }),
		);
	}
	return out;
}

function toBoolean(value: unknown): IDataObject[string] {
	if (value === 'true') return true;
	if (value === 'false') return false;
	return value as IDataObject[string];
}

/** A field's value as M8Com wants it, or what is wrong with it. */
function convertField(field: FieldSpec, value: unknown, timeZone: string): { value: IDataObject[string] } | { problem: string } {
	switch (field.kind) {
		case 'date': {
			const ms = toUnixMillis(value, timeZone);
			return ms === undefined ? { problem: `"${field.name}" is not a date or time: ${quoted(value)}` } : { value: ms };
		}
		case 'number': {
			const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
			return Number.isFinite(n) ? { value: n } : { problem: `"${field.name}" is not a number: ${quoted(value)}` };
		}
		case 'url':
			return isWebUrl(value) ? { value } : { problem: `"${field.name}" is not a web address (http or https): ${quoted(value)}` };
		case 'boolean':
			return { value: toBoolean(value) };
		case 'priority':
			return { value: typeof value === 'string' ? value.toUpperCase() : (value as IDataObject[string]) };
		default:
			return { value: value as IDataObject[string] };
	}
}

/** One activity checked: what is sent and the optional fields left out, or why the whole row is. */
export type CheckedActivity =
	| { activity: IDataObject; type: ActivityType; fieldsLeftOut: Array<{ field: string; problem: string }> }
	| { problem: string; type?: ActivityType };

/**
 * Checks one activity against the contract and converts its dates to Unix milliseconds. A required
 * field that is missing or unreadable rejects the row; an optional one that is unreadable (a number,
 * a link) is left out and the row kept. Fields M8Com does not know (yet) are kept; blank optional
 * fields are left out.
 */
export function checkActivity(raw: unknown, where: string, timeZone: string): CheckedActivity {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: `${where} is not an object: ${quoted(raw)}` };
	const input = raw as IDataObject;
	const type = (typeof input.type === 'string' ? input.type.trim().toUpperCase() : '') as ActivityType;
	const spec = SPEC_BY_TYPE.get(type);
	if (!spec) return { problem: `${where} has type ${quoted(input.type ?? null)}; use one of ${ACTIVITY_TYPES.join(', ')}` };
	const label = `${where} (${type})`;
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(input)) {
		if (!isBlank(value)) out[key] = value;
	}
	out.type = type;
	const fieldsLeftOut: Array<{ field: string; problem: string }> = [];
	for (const field of spec.fields) {
		if (!(field.name in out)) continue;
		const converted = convertField(field, out[field.name], timeZone);
		if ('value' in converted) {
			out[field.name] = converted.value;
			continue;
		}
		if (field.required) return { problem: `${label}: ${converted.problem}`, type };
		delete out[field.name];
		const instead = field.name === 'timestamp' && spec.timestampFallback ? `its ${spec.timestampFallback} is used instead` : 'sent without it';
		fieldsLeftOut.push({ field: field.name, problem: `${label}: ${converted.problem}; ${instead}` });
	}
	if (!('timestamp' in out) && spec.timestampFallback && spec.timestampFallback in out) {
		out.timestamp = out[spec.timestampFallback];
	}
	const missing = spec.fields.filter((f) => (f.required || f.name === 'timestamp') && !(f.name in out)).map((f) => f.name);
	if (missing.length > 0) {
		return { problem: `${label} is missing required field${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`, type };
	}
	return { activity: out, type, fieldsLeftOut };
}

/** What the activities of one answer became. */
export interface PreparedActivities {
	activities: IDataObject[];
	/** How many good activities the per-type limit left out. */
	dropped: number;
	/** The rows and fields left out because something in them was wrong. */
	rejected: Dropped[];
}

/**
 * Applies M8Com's rules to a list of activities: each checked and converted (a bad row is left out
 * and reported, the others are sent), at most `maxPerType` of each type (the newest kept), the
 * whole list ordered newest first. `where` names the rows as the panel does (default "Activity n").
 */
export function prepareActivities(
	list: unknown[],
	options: { timeZone: string; maxPerType?: number; where?: string[] },
): PreparedActivities {
	// M8Com's limit holds whatever an expression gives: whole numbers from 1 to 10, else 10.
	const wanted = Math.floor(Number(options.maxPerType ?? MAX_ACTIVITIES_PER_TYPE));
	const max = wanted >= 1 ? Math.min(wanted, MAX_ACTIVITIES_PER_TYPE) : MAX_ACTIVITIES_PER_TYPE;
	const rejected: Dropped[] = [];
	const normalized: IDataObject[] = [];
	list.forEach((raw, index) => {
		const checked = checkActivity(raw, options.where?.[index] ?? `Activity ${index + 1}`, options.timeZone);
		const type = checked.type === undefined ? {} : { type: checked.type };
		if ('problem' in checked) {
			rejected.push({ kind: 'activity', index, ...type, problem: checked.problem });
			return;
		}
		for (const { field, problem } of checked.fieldsLeftOut) rejected.push({ kind: 'activity', index, ...type, field, problem });
		normalized.push(checked.activity);
	});
	const newestFirst = normalized
		.map((activity, index) => ({ activity, index }))
		.sort((a, b) => Number(b.activity.timestamp) - Number(a.activity.timestamp) || a.index - b.index)
		.map(({ activity }) => activity);
	const counts = new Map<string, number>();
	const activities = newestFirst.filter((activity) => {
		const seen = counts.get(activity.type as string) ?? 0;
		counts.set(activity.type as string, seen + 1);
		return seen < max;
	});
	return { activities, dropped: normalized.length - activities.length, rejected };
}
