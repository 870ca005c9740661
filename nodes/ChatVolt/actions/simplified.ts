// The fields "Simplify" keeps of ChatVolt's records that have more than ten (names as ChatVolt's
// API reference and its dashboard's Prisma models give them).
export const AGENT_FIELDS = ['id', 'name', 'description', 'modelName', 'visibility', 'handle', 'createdAt', 'updatedAt'] as const;

export const CONVERSATION_FIELDS = [
	'id',
	'title',
	'status',
	'priority',
	'channel',
	'isAiEnabled',
	'agentId',
	'visitorId',
	'createdAt',
	'updatedAt',
] as const;
