import type { IDataObject } from 'n8n-workflow';

import { clientNameOf, objectOrUndefined as objectOf, objects, textOf, type CallSummaryPayload } from '../payload';
import {
	canonicalLocale,
	formatDateTime,
	formatDay,
	formatNumber,
	formatPrice,
	formatTime,
	numberOf,
	oneLine,
	parseDate,
	priceAmount,
	safeUrl,
	type PriceUnit,
} from './format';

export const SECTIONS = ['greeting', 'note', 'products', 'chat', 'footer'] as const;
export type Section = (typeof SECTIONS)[number];

/** What the user chose in the node. Empty strings mean "the default". */
export interface EmailOptions {
	brandName: string;
	logoUrl: string;
	accentColor: string;
	locale: string;
	timeZone: string;
	sections: Section[];
	subject: string;
	introText: string;
	footerText: string;
	priceUnit: PriceUnit;
}

export const DEFAULT_ACCENT = '#E11D48';
export const FALLBACK_LOCALE = 'en-US';

export interface ProductView {
	name: string;
	brand?: string;
	subtitle?: string;
	description?: string;
	imageUrl?: string;
	url?: string;
	attributes: Array<{ name: string; value: string }>;
	price?: string;
	/** Shown struck through: only when higher than the current price. */
	originalPrice?: string;
	rating?: { filledStars: number; label: string };
}

export interface ChatView {
	from: 'agent' | 'client' | 'other';
	sender: string;
	/** Set on the first message of each day. */
	day?: string;
	time?: string;
	message: string;
}

/** Everything the email shows, as plain (unescaped) text and checked URLs. */
export interface EmailView {
	lang: string;
	subject: string;
	preheader: string;
	accentColor: string;
	brandName?: string;
	logoUrl?: string;
	greeting?: string;
	intro?: string;
	note?: string;
	noteAuthor?: string;
	products: ProductView[];
	chat: ChatView[];
	footer?: string;
	sections: Set<Section>;
}

/** The user's locale, else the client's, else the first product's, else en-US. */
export function resolveLocale(options: Pick<EmailOptions, 'locale'>, payload: CallSummaryPayload): string {
	const fromProducts = objects(payload.products).map((p) => canonicalLocale(p.locale)).find(Boolean);
	return (
		canonicalLocale(options.locale) ??
		canonicalLocale(objectOf(payload.client)?.locale) ??
		fromProducts ??
		FALLBACK_LOCALE
	);
}

function productView(product: IDataObject, locale: string, unit: PriceUnit): ProductView {
	const price = objectOf(product.price);
	const currency = textOf(price?.currency);
	const current = priceAmount(price?.current, currency, unit);
	const origin = priceAmount(price?.origin, currency, unit);
	const rating = objectOf(product.rating);
	const score = numberOf(rating?.rating);
	const maxValue = numberOf(rating?.maxValue) ?? 5;
	const count = numberOf(rating?.numberOfRatings);
	// A score outside its own scale (50 of 5) says nothing the reader can trust: no rating is shown.
	const scored = score !== undefined && maxValue > 0 && score >= 0 && score <= maxValue;
	const attributes = objects(product.attributes)
		.map((a) => ({ name: textOf(a.name) ?? '', value: textOf(a.value) ?? '' }))
		.filter((a) => a.value !== '');

	return {
		name: textOf(product.name) ?? textOf(product.sku) ?? 'Product',
		brand: textOf(product.brandName),
		subtitle: textOf(product.subtitle),
		description: textOf(product.description),
		imageUrl: safeUrl(product.imageUrl),
		url: safeUrl(product.publicUrl),
		attributes,
		price: current === undefined ? undefined : formatPrice(current, currency, locale),
		originalPrice:
			current !== undefined && origin !== undefined && origin > current
				? formatPrice(origin, currency, locale)
				: undefined,
		rating: scored
			? {
					filledStars: Math.round((score / maxValue) * 5),
					label:
						`${formatNumber(score, locale)}/${formatNumber(maxValue, locale)}` +
						(count === undefined || count < 0
							? ''
							: ` (${formatNumber(count, locale, 0)} rating${count === 1 ? '' : 's'})`),
				}
			: undefined,
	};
}

function chatViews(
	payload: CallSummaryPayload,
	names: { agent?: string; client?: string },
	timeZone: string,
	locale: string,
): ChatView[] {
	let lastDay: string | undefined;
	return objects(payload.chat)
		.filter((m) => typeof m.message === 'string' && m.message.trim() !== '')
		.map((m) => {
			const src = textOf(m.src);
			const from = src === 'agent' || src === 'client' ? src : 'other';
			const sent = parseDate(m.date, timeZone, locale);
			const day = sent ? formatDay(sent) : undefined;
			const view: ChatView = {
				from,
				sender:
					from === 'agent'
						? (names.agent ?? 'Agent')
						: from === 'client'
							? (names.client ?? 'You')
							: (src ?? 'Participant'),
				time: sent ? formatTime(sent) : undefined,
				day: day !== lastDay ? day : undefined,
				message: (m.message as string).trim(),
			};
			lastDay = day ?? lastDay;
			return view;
		});
}

/** Turns a call-summary payload and the node's options into what the email shows. */
export function buildEmailView(
	payload: CallSummaryPayload,
	options: EmailOptions & { locale: string; timeZone: string },
): EmailView {
	const locale = options.locale;
	const client = objectOf(payload.client);
	const clientName = clientNameOf(client);
	const firstName = textOf(client?.firstName) ?? clientName;
	const agentName = textOf(objectOf(payload.agent)?.name);
	const brandName = textOf(options.brandName);
	const callDate = parseDate(payload.date, options.timeZone, locale);

	// The subject is a mail header: one line, whatever the options' expressions give.
	const subject = oneLine(
		textOf(options.subject) ??
			(brandName ? `Summary of your video call with ${brandName}` : 'Summary of your video call'),
	);
	const intro =
		textOf(options.introText) ??
		`Thank you for your video call${agentName ? ` with ${agentName}` : ''}${
			callDate ? ` on ${formatDateTime(callDate)}` : ''
		}. Here is a summary of what we talked about.`;
	const footer =
		textOf(options.footerText) ??
		(brandName
			? `You receive this email because you had a video call with ${brandName}.`
			: 'You receive this email because you had a video call with us.');

	return {
		lang: locale,
		subject,
		preheader: intro,
		accentColor: options.accentColor,
		brandName,
		logoUrl: safeUrl(options.logoUrl),
		greeting: firstName ? `Hi ${firstName},` : 'Hello,',
		intro,
		note: textOf(payload.note),
		noteAuthor: agentName,
		products: objects(payload.products).map((p) => productView(p, locale, options.priceUnit)),
		chat: chatViews(payload, { agent: agentName, client: clientName }, options.timeZone, locale),
		footer,
		sections: new Set(options.sections),
	};
}
