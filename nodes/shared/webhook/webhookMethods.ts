import type { INodeType } from 'n8n-workflow';

/**
 * For vendors whose webhook URL is pasted by hand in their own settings: nothing to register,
 * so n8n is told the webhook exists and creating or deleting it always succeeds.
 */
export const manualWebhookMethods: NonNullable<INodeType['webhookMethods']> = {
	default: {
		async checkExists() {
			return true;
		},
		async create() {
			return true;
		},
		async delete() {
			return true;
		},
	},
};
