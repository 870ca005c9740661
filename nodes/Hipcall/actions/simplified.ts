// The fields "Simplify" keeps of each Hipcall record that has more than ten (the rest stay one
// switch away). Names as Hipcall's API v3 answers them (its SDKs' fixtures and lookup answers).
export const USER_FIELDS = ['id', 'name', 'email', 'status', 'default_extension_id', 'default_number_id'] as const;

export const TASK_FIELDS = ['id', 'name', 'description', 'due_date', 'priority', 'done', 'assign_to'] as const;

export const CALL_FIELDS = [
	'uuid',
	'direction',
	'caller_number',
	'callee_number',
	'user_id',
	'started_at',
	'ended_at',
	'call_duration',
	'missing_call',
	'record_url',
] as const;

export const COMPANY_FIELDS = ['id', 'name', 'external_id', 'phones', 'emails', 'website_url', 'custom_url', 'user'] as const;

export const CONTACT_FIELDS = [
	'id',
	'full_name',
	'first_name',
	'last_name',
	'job_title',
	'company',
	'external_id',
	'phones',
	'emails',
	'custom_url',
	'user',
] as const;
