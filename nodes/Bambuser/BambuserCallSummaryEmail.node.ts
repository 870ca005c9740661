import { IANAZone } from 'luxon';
import {
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { mapItems } from '../shared/action';
import { addressProblem, shown } from './email/address';
import { canonicalLocale, oneLine } from './email/format';
import {
	DEFAULT_ACCENT,
	SECTIONS,
	buildEmailView,
	resolveLocale,
	type EmailOptions,
	type Section,
} from './email/model';
import { renderHtml, renderText } from './email/render';
import { emailProperties } from './emailDescription';
import { eventIdOf } from '../shared/webhook';
import { collectionOf } from './events';
import { clientNameOf, objectOrUndefined, payloadOf, textOf, type CallSummaryPayload } from './payload';

const COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const CALL_SUMMARY_FIELDS = ['products', 'chat', 'client', 'agent', 'note'];

/** Why an item is not a call summary, or undefined when it is one. */
export function callSummaryProblem(json: IDataObject): string | undefined {
	if (typeof json.collection === 'string' && json.collection !== 'call-summary') {
		return `This item is a "${json.collection}" delivery, not a call summary. Set the Bambuser Trigger's Collections to "Call Summary".`;
	}
	const payload = payloadOf(json);
	if (!CALL_SUMMARY_FIELDS.some((field) => field in payload)) {
		return 'This item is not a Bambuser call summary: expected {collection: "call-summary", payload: {products, chat, client, ...}}. Use the Bambuser Trigger with Output "One Item per Delivery".';
	}
	return undefined;
}

/**
 * Why the client's email cannot be the recipient, or undefined when it is exactly one address.
 * Send Email puts `to` into the To header as it is: a line break there adds headers (Bcc:), a list
 * adds recipients, so such a value stops the item instead of being repaired.
 */
export function recipientProblem(json: IDataObject): string | undefined {
	const email = objectOrUndefined(payloadOf(json).client)?.email;
	const nothing = ' No email is composed for this item.';
	if (email === undefined || email === null || (typeof email === 'string' && email.trim() === '')) {
		return `The call summary has no client email address (payload.client.email): there is no one to send it to.${nothing}`;
	}
	if (typeof email !== 'string') {
		const kind = Array.isArray(email) ? 'a list' : typeof email === 'object' ? 'an object' : `a ${typeof email}`;
		return `The client's email address (payload.client.email) is ${kind}, not one address.${nothing}`;
	}
	const reason = addressProblem(email.trim());
	return reason ? `The client's email address ${shown(email)} is not one valid address: ${reason}.${nothing}` : undefined;
}

/** Reads and checks the node's options for one item. */
export function readOptions(
	context: IExecuteFunctions,
	itemIndex: number,
	workflowTimeZone: string,
): EmailOptions {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const fail = (message: string) => new NodeOperationError(context.getNode(), message, { itemIndex });

	const accentColor = textOf(options.accentColor) ?? DEFAULT_ACCENT;
	if (!COLOUR.test(accentColor)) throw fail(`Accent Colour "${accentColor}" is not a colour like #E11D48`);
	const locale = textOf(options.locale) ?? '';
	if (locale && !canonicalLocale(locale)) throw fail(`Locale "${locale}" is not a locale like en-US or sv-SE`);
	const timeZone = textOf(options.timeZone) ?? workflowTimeZone;
	if (!IANAZone.isValidZone(timeZone)) throw fail(`Time Zone "${timeZone}" is not a time zone like Europe/Stockholm`);
	const sections = (Array.isArray(options.sections) ? options.sections : [...SECTIONS]).filter(
		(s): s is Section => (SECTIONS as readonly string[]).includes(s as string),
	);

	return {
		brandName: String(context.getNodeParameter('brandName', itemIndex, '')),
		subject: String(context.getNodeParameter('subject', itemIndex, '')),
		logoUrl: textOf(options.logoUrl) ?? '',
		accentColor,
		locale,
		timeZone,
		sections,
		introText: textOf(options.introText) ?? '',
		footerText: textOf(options.footerText) ?? '',
		priceUnit: options.priceUnit === 'minor' ? 'minor' : 'major',
	};
}

/** The email for one item: what Send Email, Gmail or an SMTP node needs. */
export function composeEmail(json: IDataObject, options: EmailOptions): IDataObject {
	const payload: CallSummaryPayload = payloadOf(json);
	const locale = resolveLocale(options, payload);
	const view = buildEmailView(payload, { ...options, locale });
	const client = payload.client as IDataObject | undefined;
	return {
		eventId: eventIdOf(collectionOf(json), undefined, json, json.eventId),
		to: textOf(client?.email) ?? '',
		toName: oneLine(clientNameOf(client) ?? ''),
		subject: view.subject,
		html: renderHtml(view),
		text: renderText(view),
		locale,
		timeZone: options.timeZone,
		productCount: view.products.length,
		chatMessageCount: view.chat.length,
	};
}

export class BambuserCallSummaryEmail implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bambuser Call Summary Email',
		name: 'bambuserCallSummaryEmail',
		icon: { light: 'file:bambuser.svg', dark: 'file:bambuser.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: 'Compose call-summary email',
		description:
			'Turns a Bambuser call summary into an email (subject, HTML and text) for the Send Email or Gmail node',
		defaults: { name: 'Call Summary Email' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		properties: emailProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const workflowTimeZone = this.getTimezone();
		return await mapItems(this, async (itemIndex, item) => {
			const options = readOptions(this, itemIndex, workflowTimeZone);
			const problem = callSummaryProblem(item.json) ?? recipientProblem(item.json);
			if (problem) throw new NodeOperationError(this.getNode(), problem, { itemIndex });
			return composeEmail(item.json, options);
		});
	}
}
