import { escapeHtml as e, escapeMultiline } from './format';
import type { ChatView, EmailView, ProductView } from './model';

// Email-client-safe HTML: nested tables, inline styles, no scripts, no external CSS, no forms.
const FONT = "font-family:Helvetica,Arial,sans-serif;";
const MUTED = '#6B7280';
const INK = '#111827';
const LINE = '#E5E7EB';

function row(content: string, style = 'padding:0 32px 24px 32px;'): string {
	return `<tr><td style="${style}">${content}</td></tr>`;
}

function heading(text: string, accent: string): string {
	return `<h2 style="margin:0 0 12px 0;${FONT}font-size:18px;line-height:24px;color:${INK};border-bottom:2px solid ${accent};padding-bottom:6px;">${e(text)}</h2>`;
}

function header(view: EmailView): string {
	const logo = view.logoUrl
		? `<img src="${e(view.logoUrl)}" alt="${e(view.brandName ?? 'Logo')}" height="40" style="display:block;height:40px;width:auto;border:0;outline:none;">`
		: '';
	const brand = !view.logoUrl && view.brandName
		? `<span style="${FONT}font-size:20px;font-weight:bold;color:${INK};">${e(view.brandName)}</span>`
		: '';
	if (!logo && !brand) return row('', `padding:0;border-top:6px solid ${view.accentColor};font-size:0;line-height:0;`);
	return row(logo + brand, `padding:24px 32px;border-top:6px solid ${view.accentColor};`);
}

function greeting(view: EmailView): string {
	const title = `<h1 style="margin:0 0 12px 0;${FONT}font-size:22px;line-height:28px;color:${INK};">${e(view.greeting ?? '')}</h1>`;
	const intro = view.intro
		? `<p style="margin:0;${FONT}font-size:15px;line-height:22px;color:${INK};">${escapeMultiline(view.intro)}</p>`
		: '';
	return row(title + intro, 'padding:8px 32px 24px 32px;');
}

function note(view: EmailView): string {
	if (!view.note) return '';
	const author = view.noteAuthor ? `A note from ${view.noteAuthor}` : 'A note from your advisor';
	return row(
		`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;"><tr><td style="background:#F9FAFB;border-left:4px solid ${view.accentColor};padding:12px 16px;">` +
			`<p style="margin:0 0 4px 0;${FONT}font-size:13px;font-weight:bold;color:${MUTED};">${e(author)}</p>` +
			`<p style="margin:0;${FONT}font-size:15px;line-height:22px;color:${INK};">${escapeMultiline(view.note)}</p>` +
			'</td></tr></table>',
	);
}

function stars(filled: number, accent: string): string {
	return `<span style="color:${accent};">${'&#9733;'.repeat(filled)}</span><span style="color:#D1D5DB;">${'&#9733;'.repeat(5 - filled)}</span>`;
}

function product(p: ProductView, accent: string): string {
	const image = p.imageUrl
		? `<td width="104" valign="top" style="padding:0 16px 0 0;width:104px;"><img src="${e(p.imageUrl)}" alt="${e(p.name)}" width="104" style="display:block;width:104px;height:auto;border:0;border-radius:6px;"></td>`
		: '';
	const name = p.url
		? `<a href="${e(p.url)}" style="color:${INK};text-decoration:none;">${e(p.name)}</a>`
		: e(p.name);
	const byline = [p.brand, p.subtitle].filter(Boolean).map((t) => e(t as string)).join(' &middot; ');
	const attributes = p.attributes
		.map((a) => (a.name ? `${e(a.name)}: ${e(a.value)}` : e(a.value)))
		.join(' &middot; ');
	const price = p.price
		? `<p style="margin:6px 0 0 0;${FONT}font-size:16px;color:${INK};"><strong>${e(p.price)}</strong>` +
			(p.originalPrice
				? ` <s style="color:${MUTED};font-size:14px;">${e(p.originalPrice)}</s>`
				: '') +
			'</p>'
		: '';
	const rating = p.rating
		? `<p style="margin:4px 0 0 0;${FONT}font-size:13px;color:${MUTED};">${stars(p.rating.filledStars, accent)} ${e(p.rating.label)}</p>`
		: '';
	const link = p.url
		? `<p style="margin:10px 0 0 0;"><a href="${e(p.url)}" style="display:inline-block;background:${accent};color:#ffffff;${FONT}font-size:14px;font-weight:bold;text-decoration:none;padding:8px 14px;border-radius:4px;">View product</a></p>`
		: '';
	const details =
		`<td valign="top" style="${FONT}">` +
		`<p style="margin:0;${FONT}font-size:16px;font-weight:bold;line-height:22px;color:${INK};">${name}</p>` +
		(byline ? `<p style="margin:2px 0 0 0;${FONT}font-size:13px;color:${MUTED};">${byline}</p>` : '') +
		(p.description
			? `<p style="margin:4px 0 0 0;${FONT}font-size:14px;line-height:20px;color:${INK};">${escapeMultiline(p.description)}</p>`
			: '') +
		(attributes ? `<p style="margin:4px 0 0 0;${FONT}font-size:13px;color:${INK};">${attributes}</p>` : '') +
		price +
		rating +
		link +
		'</td>';
	return `<tr><td style="padding:12px 0;border-bottom:1px solid ${LINE};"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>${image}${details}</tr></table></td></tr>`;
}

function products(view: EmailView): string {
	if (view.products.length === 0) return '';
	const rows = view.products.map((p) => product(p, view.accentColor)).join('');
	return row(
		heading(view.products.length === 1 ? 'The product we looked at' : 'The products we looked at', view.accentColor) +
			`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;">${rows}</table>`,
	);
}

function chatMessage(m: ChatView, accent: string): string {
	const day = m.day
		? `<tr><td style="padding:10px 0 4px 0;${FONT}font-size:12px;color:${MUTED};text-align:center;">${e(m.day)}</td></tr>`
		: '';
	const background = m.from === 'agent' ? '#F3F4F6' : '#FFFFFF';
	const border = m.from === 'agent' ? accent : LINE;
	return (
		day +
		`<tr><td style="padding:4px 0;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:${background};border-left:3px solid ${border};padding:8px 12px;">` +
		`<p style="margin:0 0 2px 0;${FONT}font-size:12px;color:${MUTED};"><strong style="color:${INK};">${e(m.sender)}</strong>${m.time ? ` &middot; ${e(m.time)}` : ''}</p>` +
		`<p style="margin:0;${FONT}font-size:14px;line-height:20px;color:${INK};">${escapeMultiline(m.message)}</p>` +
		'</td></tr></table></td></tr>'
	);
}

function chat(view: EmailView): string {
	if (view.chat.length === 0) return '';
	const rows = view.chat.map((m) => chatMessage(m, view.accentColor)).join('');
	return row(
		heading('Our chat', view.accentColor) +
			`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;">${rows}</table>`,
	);
}

function footer(view: EmailView): string {
	if (!view.footer) return '';
	return row(
		`<p style="margin:0;${FONT}font-size:12px;line-height:18px;color:${MUTED};">${escapeMultiline(view.footer)}</p>`,
		`padding:16px 32px 24px 32px;border-top:1px solid ${LINE};`,
	);
}

/** The email as a complete HTML document. Every text from Bambuser or the user is escaped. */
export function renderHtml(view: EmailView): string {
	const has = (section: Parameters<typeof view.sections.has>[0]) => view.sections.has(section);
	const body = [
		header(view),
		has('greeting') ? greeting(view) : '',
		has('note') ? note(view) : '',
		has('products') ? products(view) : '',
		has('chat') ? chat(view) : '',
		has('footer') ? footer(view) : '',
	].join('');
	return (
		`<!DOCTYPE html><html lang="${e(view.lang)}"><head><meta charset="utf-8">` +
		'<meta name="viewport" content="width=device-width, initial-scale=1">' +
		'<meta name="x-apple-disable-message-reformatting">' +
		`<title>${e(view.subject)}</title></head>` +
		`<body style="margin:0;padding:0;background:#F3F4F6;">` +
		`<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${e(view.preheader)}</div>` +
		'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#F3F4F6;"><tr><td align="center" style="padding:24px 12px;">' +
		`<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#FFFFFF;border-radius:8px;border-collapse:separate;${FONT}color:${INK};">` +
		body +
		'</table></td></tr></table></body></html>'
	);
}

function textProduct(p: ProductView): string {
	const lines = [`- ${p.name}${p.brand ? ` (${p.brand})` : ''}`];
	if (p.subtitle) lines.push(`  ${p.subtitle}`);
	if (p.description) lines.push(...p.description.split(/\r\n|\r|\n/).map((line) => `  ${line}`));
	if (p.attributes.length) {
		lines.push('  ' + p.attributes.map((a) => (a.name ? `${a.name}: ${a.value}` : a.value)).join(', '));
	}
	if (p.price) lines.push(`  ${p.price}${p.originalPrice ? ` (was ${p.originalPrice})` : ''}`);
	if (p.rating) lines.push(`  Rating: ${p.rating.label}`);
	if (p.url) lines.push(`  ${p.url}`);
	return lines.join('\n');
}

/** The plain-text part: the same content, for clients that do not show HTML. */
export function renderText(view: EmailView): string {
	const parts: string[] = [];
	if (view.sections.has('greeting')) parts.push([view.greeting, view.intro].filter(Boolean).join('\n\n'));
	if (view.sections.has('note') && view.note) {
		parts.push(`${view.noteAuthor ? `A note from ${view.noteAuthor}` : 'A note from your advisor'}:\n${view.note}`);
	}
	if (view.sections.has('products') && view.products.length) {
		parts.push(['The products we looked at', ...view.products.map(textProduct)].join('\n\n'));
	}
	if (view.sections.has('chat') && view.chat.length) {
		const lines = view.chat.flatMap((m) => [
			...(m.day ? [`${m.day}`] : []),
			`[${m.time ?? '--:--'}] ${m.sender}: ${m.message}`,
		]);
		parts.push(['Our chat', ...lines].join('\n'));
	}
	if (view.sections.has('footer') && view.footer) parts.push(`--\n${view.footer}`);
	return parts.filter((p) => p.trim() !== '').join('\n\n') + '\n';
}
