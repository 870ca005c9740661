import { DateTime } from 'luxon';

import { isWebUrl } from '../../shared/url';
import { textOf } from '../payload';

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
	'`': '&#96;',
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
	return value.replace(/[&<>"'`]/g, (char) => HTML_ESCAPES[char]);
}

/** Escaped text with line breaks kept as <br>. */
export function escapeMultiline(value: string): string {
	return escapeHtml(value).replace(/\r\n|\r|\n/g, '<br>');
}

/** The text on one line, for a mail header: line breaks and control characters become one space. */
export function oneLine(value: string): string {
	return value.replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();
}

/** The URL when it is an absolute http(s) URL (the package's one rule, isWebUrl), normalised; else undefined. */
export function safeUrl(value: unknown): string | undefined {
	const candidate = textOf(value);
	return isWebUrl(candidate) ? new URL(candidate).href : undefined;
}

/** The canonical form of a BCP 47 locale, or undefined when it is not one. */
export function canonicalLocale(value: unknown): string | undefined {
	const candidate = textOf(value)?.replace(/_/g, '-');
	if (!candidate) return undefined;
	try {
		const [canonical] = Intl.getCanonicalLocales(candidate);
		return canonical;
	} catch {
		return undefined;
	}
}

/** A finite number from a number or a numeric string. */
export function numberOf(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value === 'string' && value.trim() !== '') {
		const parsed = Number(value);
		return Number.isFinite(parsed) ? parsed : undefined;
	}
	return undefined;
}

export type PriceUnit = 'major' | 'minor';

/** The digits a currency is written with (2 for EUR, 0 for JPY); 2 when unknown. */
function currencyDigits(currency: string): number {
	try {
		return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
	} catch {
		return 2;
	}
}

/** The amount as a number in the currency's main unit, or undefined when it is not a number. */
export function priceAmount(value: unknown, currency: string | undefined, unit: PriceUnit): number | undefined {
	const amount = numberOf(value);
	if (amount === undefined) return undefined;
	return unit === 'minor' ? amount / 10 ** currencyDigits(currency ?? '') : amount;
}

/** "€1,000.00" in the locale; an unknown currency code is written after the number. */
export function formatPrice(amount: number, currency: string | undefined, locale: string): string {
	const code = textOf(currency)?.toUpperCase();
	if (code && /^[A-Z]{3}$/.test(code)) {
		try {
			return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(amount);
		} catch {
			// An unknown code: fall through to a plain number followed by the code.
		}
	}
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
	return code ? `${number} ${code}` : number;
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** An ISO date from the payload in the reader's zone and locale, or undefined when unreadable. */
export function parseDate(value: unknown, timeZone: string, locale: string): DateTime | undefined {
	const candidate = textOf(value);
	if (!candidate) return undefined;
	const parsed = DateTime.fromISO(candidate, { zone: 'utc' });
	if (!parsed.isValid) return undefined;
	return parsed.setZone(timeZone).setLocale(locale);
}

export function formatDateTime(date: DateTime): string {
	return date.toLocaleString(DateTime.DATETIME_MED);
}

export function formatDay(date: DateTime): string {
	return date.toLocaleString(DateTime.DATE_FULL);
}

export function formatTime(date: DateTime): string {
	return date.toLocaleString(DateTime.TIME_SIMPLE);
}
