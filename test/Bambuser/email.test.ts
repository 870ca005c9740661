import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { BambuserCallSummaryEmail } from '../../nodes/Bambuser/BambuserCallSummaryEmail.node';
import { escapeHtml, safeUrl } from '../../nodes/Bambuser/email/format';
import { fakeExecuteContext } from '../helpers/executeContext';
import { fixture } from './fixtures';

const node = new BambuserCallSummaryEmail();

async function run(
	items: IDataObject[],
	parameters: IDataObject = {},
	options: { continueOnFail?: boolean; timeZone?: string } = {},
): Promise<INodeExecutionData[]> {
	const { context } = fakeExecuteContext({
		items,
		parameters: { brandName: '', subject: '', options: {}, ...parameters },
		continueOnFail: options.continueOnFail,
	});
	const withZone = Object.assign(context, { getTimezone: () => options.timeZone ?? 'UTC' }) as IExecuteFunctions;
	const [out] = await node.execute.call(withZone);
	return out;
}

async function email(name: string, parameters: IDataObject = {}, timeZone?: string): Promise<IDataObject> {
	const [out] = await run([fixture(name)], parameters, { timeZone });
	return out.json;
}

describe('Call Summary Email on the seed payload', () => {
	let mail: IDataObject;
	beforeAll(async () => {
		mail = await email('call-summary', { brandName: 'Fashion for the Curious' });
	});

	test('addresses the client and names the event', () => {
		expect(mail).toMatchObject({
			eventId: 'webhook-transaction-id',
			to: 'jon.doe@bambuser.com',
			toName: 'Jon Doe',
			subject: 'Summary of your video call with Fashion for the Curious',
			locale: 'en-US',
			timeZone: 'UTC',
			productCount: 2,
			chatMessageCount: 2,
		});
	});

	test('the HTML holds greeting, note, products with struck-through prices, ratings, links and the chat', () => {
		const html = mail.html as string;
		expect(html.startsWith('<!DOCTYPE html><html lang="en-US">')).toBe(true);
		const expected = [
			'Hi Jon,',
			'Thank you for your video call with Agent Name on Feb 2, 2021, 10:10',
			'As an agent I put in this note before sending the call summary',
			'A note from Agent Name',
			'Color: Red &middot; Size: Large',
			'Bambuser &middot; Amazing subtitle',
			'5/5 (423 ratings)',
			'3/5 (634 ratings)',
			'src="https://cloudflare.com/123/image/amazing-handbag-123"',
			'href="https://fashion-for-the-curious.com/products/better-handbag-123"',
			'Here is the discount code that you can use when checking out - CURIOUS20',
			'>February 2, 2021</td>',
			'You receive this email because you had a video call with Fashion for the Curious.',
		];
		for (const part of expected) expect(html).toContain(part);
		expect(html).toMatch(/<strong>€1,000\.00<\/strong> <s [^>]*>€1,299\.00<\/s>/);
		expect(html).toMatch(/<strong>€1,200\.00<\/strong> <s [^>]*>€1,399\.00<\/s>/);
		expect(html).toMatch(/Agent Name<\/strong> &middot; 10:04\sAM/);
		expect(html).toMatch(/Jon Doe<\/strong> &middot; 10:04\sAM/);
	});

	test('the HTML is mail-client safe: tables and inline styles, no scripts, styles sheets or forms', () => {
		const html = mail.html as string;
		expect(html).toContain('role="presentation"');
		expect(html).not.toMatch(/<script|<style|<link|<form|<iframe|javascript:/i);
	});

	test('the text part carries the same content', () => {
		const text = mail.text as string;
		expect(text).toContain('Hi Jon,');
		expect(text).toContain('A note from Agent Name:\nAs an agent I put in this note');
		expect(text).toContain('- Amazing handbag (Bambuser)\n  Amazing subtitle\n  Amazing description\n  Color: Red, Size: Large\n  €1,000.00 (was €1,299.00)\n  Rating: 5/5 (423 ratings)\n  https://fashion-for-the-curious.com/products/amazing-handbag-123');
		expect(text).toMatch(/\[10:04\sAM\] Agent Name: Here is the discount code/);
		expect(text).toMatch(/\[10:04\sAM\] Jon Doe: Thank you!/);
		expect(text).not.toMatch(/<[a-z]/i);
	});
});

describe('Call Summary Email: locale, time zone and prices', () => {
	test('times follow the chosen time zone', async () => {
		const mail = await email('call-summary', { options: { timeZone: 'Europe/Stockholm' } });
		expect(mail.html).toMatch(/Agent Name<\/strong> &middot; 11:04\sAM/);
		expect(mail.timeZone).toBe('Europe/Stockholm');
	});

	test('the workflow time zone is the default', async () => {
		const mail = await email('call-summary', {}, 'America/New_York');
		expect(mail.text).toMatch(/\[5:04\sAM\] Agent Name/);
	});

	test('the client’s locale is the default: a Swedish client gets Swedish prices and dates', async () => {
		const mail = await email('call-summary-swedish');
		expect(mail.locale).toBe('sv-SE');
		expect(mail.html).toMatch(/<strong>1\s000,00\skr<\/strong> <s [^>]*>1\s299,00\skr<\/s>/);
		expect(mail.html).toContain('>2 februari 2021</td>');
		expect(mail.html).toContain('>3 februari 2021</td>');
		expect(mail.html).toMatch(/Åsa Lindqvist<\/strong> &middot; 08:15/);
		expect(mail.html).toContain('Hej igen! Finns den röda i medium?');
	});

	test('the Locale option wins over the client’s', async () => {
		const mail = await email('call-summary', { options: { locale: 'de-DE' } });
		expect(mail.html).toMatch(/1\.000,00\s€/);
	});

	test('prices in the smallest unit are divided by the currency’s digits', async () => {
		const mail = await email('call-summary', { options: { priceUnit: 'minor' } });
		expect(mail.html).toMatch(/<strong>€10\.00<\/strong> <s [^>]*>€12\.99<\/s>/);
	});

	test('a missing price leaves the price out, a missing original price leaves the strike-through out', async () => {
		const mail = await email('call-summary-missing-price');
		const html = mail.html as string;
		const cut = html.indexOf('Better handbag');
		const [first, second] = [html.slice(0, cut), html.slice(cut)];
		expect(first).toContain('Amazing handbag');
		expect(first).not.toMatch(/€/);
		expect(second).toContain('<strong>€1,200.00</strong></p>');
		expect(html).not.toContain('<s ');
		expect(mail.text).toContain('  €1,200.00\n');
	});
});

describe('Call Summary Email: empty parts, sections and branding', () => {
	test('a call without products has no product section', async () => {
		const mail = await email('call-summary-no-products');
		expect(mail.productCount).toBe(0);
		expect(mail.html).not.toContain('products we looked at');
		expect(mail.html).toContain('We only chatted today');
		expect(mail.html).toContain('Our chat');
	});

	test('a call without chat has no chat section', async () => {
		const mail = await email('call-summary-no-chat');
		expect(mail.chatMessageCount).toBe(0);
		expect(mail.html).not.toContain('Our chat');
		expect(mail.text).not.toContain('Our chat');
		expect(mail.html).toContain('The products we looked at');
	});

	test('only the chosen sections are rendered', async () => {
		const mail = await email('call-summary', { options: { sections: ['products'] } });
		expect(mail.html).toContain('Amazing handbag');
		expect(mail.html).not.toContain('Hi Jon,');
		expect(mail.html).not.toContain('Our chat');
		expect(mail.html).not.toContain('As an agent I put in this note');
		expect(mail.text).not.toContain('Thank you!');
	});

	test('custom subject, intro, footer, logo and accent colour are used', async () => {
		const mail = await email('call-summary', {
			subject: 'Your handbags, Jon',
			brandName: 'Curious',
			options: {
				introText: 'Lovely to meet you.',
				footerText: 'Curious AB, Main Street 1',
				logoUrl: 'https://cdn.example.com/logo.png',
				accentColor: '#0055AA',
			},
		});
		expect(mail.subject).toBe('Your handbags, Jon');
		expect(mail.html).toContain('<title>Your handbags, Jon</title>');
		expect(mail.html).toContain('Lovely to meet you.');
		expect(mail.html).toContain('Curious AB, Main Street 1');
		expect(mail.html).toContain('<img src="https://cdn.example.com/logo.png" alt="Curious"');
		expect(mail.html).toContain('border-top:6px solid #0055AA');
	});

	test('a logo URL that is not http(s) is dropped; the brand name shows instead', async () => {
		const mail = await email('call-summary', { brandName: 'Curious', options: { logoUrl: 'javascript:alert(1)' } });
		expect(mail.html).not.toContain('javascript:');
		expect(mail.html).toMatch(/font-weight:bold;color:#111827;">Curious<\/span>/);
	});
});

describe('Call Summary Email: hostile and unexpected content', () => {
	test('vendor text is escaped and unsafe URLs are dropped', async () => {
		const mail = await email('call-summary-hostile');
		const html = mail.html as string;
		const expected = [
			'&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; Handbag &amp; Co',
			'&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Thanks &amp; bye &lt;/td&gt;&lt;/table&gt;',
			'&lt;img src=x onerror=alert(&#39;x&#39;)&gt;',
			'Hi Jon&lt;script&gt;,',
			'A note from Agent &lt;i&gt;Smith&lt;/i&gt;',
			'Note with &lt;a href=&quot;http://evil.example&quot;&gt;a link&lt;/a&gt;<br>and a second line',
		];
		for (const part of expected) expect(html).toContain(part);
		expect(html).not.toMatch(/<script|<img src=x|<i>|<b>|<a href="http:\/\/evil|javascript:|data:image/i);
		expect(html.match(/<img /g)).toHaveLength(1); // only the second product's real image
		expect(html).not.toContain('href="javascript');
	});

	test('unknown fields and unknown chat senders do not break the email', async () => {
		const mail = await email('call-summary-unknown-fields');
		expect(mail.chatMessageCount).toBe(3);
		expect(mail.html).toMatch(/system<\/strong> &middot; 10:05\sAM/);
		expect(mail.html).toContain('The client shared their screen');
	});

	test('a bare payload (without the envelope) is accepted too', async () => {
		const [out] = await run([fixture('call-summary').payload as IDataObject]);
		expect(out.json.to).toBe('jon.doe@bambuser.com');
		expect(out.json.eventId).toMatch(/^event:[0-9a-f]{32}$/);
	});
});

describe('Call Summary Email: items, errors and Continue On Fail', () => {
	test('every output item is paired with its input item', async () => {
		const out = await run([fixture('call-summary'), fixture('call-summary-no-chat')]);
		expect(out.map((i) => [i.json.eventId, i.pairedItem])).toEqual([
			['webhook-transaction-id', { item: 0 }],
			['evt-no-chat-91b2', { item: 1 }],
		]);
	});

	test('an item that is not a call summary fails with a message saying what it is', async () => {
		await expect(run([fixture('call-ended')])).rejects.toThrow(/"call-ended" delivery, not a call summary/);
		await expect(run([{ hello: 'world' }])).rejects.toThrow(/not a Bambuser call summary/);
	});

	test('bad options fail with the option named', async () => {
		await expect(run([fixture('call-summary')], { options: { timeZone: 'Mars/Olympus' } })).rejects.toThrow(/Time Zone "Mars\/Olympus"/);
		await expect(run([fixture('call-summary')], { options: { accentColor: 'red;x:y' } })).rejects.toThrow(/Accent Colour/);
		await expect(run([fixture('call-summary')], { options: { locale: 'not a locale!' } })).rejects.toThrow(/Locale/);
	});

	test('with Continue On Fail the bad item becomes an error item and the good ones go on', async () => {
		const out = await run([fixture('call-ended'), fixture('call-summary')], {}, { continueOnFail: true });
		expect(out[0]).toEqual({ json: { error: expect.stringMatching(/not a call summary/) }, pairedItem: { item: 0 } });
		expect(out[1].json.subject).toBe('Summary of your video call');
		expect(out[1].pairedItem).toEqual({ item: 1 });
	});

	test('the node is usable as an AI tool', () => {
		expect(node.description.usableAsTool).toBe(true);
	});
});

describe('escaping and URL helpers', () => {
	test('escapeHtml escapes every character that could open a tag or close an attribute', () => {
		expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;');
	});

	test('safeUrl keeps absolute http(s) URLs only', () => {
		expect(safeUrl('https://a.example/p?q=1&r=2')).toBe('https://a.example/p?q=1&r=2');
		expect(safeUrl('http://a.example')).toBe('http://a.example/');
		for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '/relative', 'mailto:a@b.c', '', 42, null]) {
			expect(safeUrl(bad)).toBeUndefined();
		}
	});
});

/** The seed call summary with the client's email (and other client fields) replaced. */
function withClient(client: IDataObject): IDataObject {
	const delivery = fixture('call-summary');
	const payload = delivery.payload as IDataObject;
	payload.client = { ...(payload.client as IDataObject), ...client };
	return delivery;
}

describe('Call Summary Email: the recipient is exactly one address', () => {
	const hostile: Array<[string, IDataObject[string], RegExp]> = [
		['a line break and a Bcc header', 'jon.doe@bambuser.com\r\nBcc: thief@evil.example', /line break/],
		['a bare line feed and a Bcc header', 'jon.doe@bambuser.com\nBcc: thief@evil.example', /line break/],
		['a comma-separated list', 'jon.doe@bambuser.com, thief@evil.example', /list of addresses/],
		['a semicolon-separated list', 'jon.doe@bambuser.com;thief@evil.example', /list of addresses/],
		['a display name with another address', 'Jon <thief@evil.example>', /name, comment or quoted part/],
		['a quoted local part', '"jon doe"@bambuser.com', /name, comment or quoted part/],
		['two @', 'jon@doe@bambuser.com', /more than one @/],
		['no @', 'jon.doe.bambuser.com', /no @/],
		['a space inside', 'jon doe@bambuser.com', /space/],
		['a domain without a dot', 'jon.doe@localhost', /domain name/],
		['a zero-width character', 'jon.doe@bambuser\u200b.com', /control or invisible/],
		['a NUL', 'jon.doe@bambuser.com\u0000', /control or invisible/],
		['a dot at the end of the local part', 'jon.@bambuser.com', /before the @/],
		['an array of addresses', ['jon.doe@bambuser.com', 'thief@evil.example'], /a list, not one address/],
		['an object', { address: 'jon.doe@bambuser.com' }, /an object, not one address/],
	];

	test.each(hostile)('%s fails the item with the reason, and no email is composed', async (_, email, reason) => {
		const message = await run([withClient({ email })]).then(
			() => 'no error',
			(error: Error) => error.message,
		);
		expect(message).toMatch(/^The client's email address /);
		expect(message).toMatch(reason);
		expect(message).toMatch(/No email is composed for this item\.$/);
	});

	test('a missing or blank address fails the item: there is no one to send to', async () => {
		for (const email of [undefined, '', '   ', null]) {
			await expect(run([withClient({ email })])).rejects.toThrow(/has no client email address/);
		}
	});

	test('with Continue On Fail the item becomes an error item with no `to`, and the good item goes on', async () => {
		const out = await run(
			[withClient({ email: 'jon.doe@bambuser.com\r\nBcc: thief@evil.example' }), fixture('call-summary')],
			{},
			{ continueOnFail: true },
		);
		expect(out[0]).toEqual({
			json: { error: expect.stringMatching(/"jon\.doe@bambuser\.com\\r\\nBcc: thief@evil\.example" is not one valid address: it contains a line break/) },
			pairedItem: { item: 0 },
		});
		expect(out[0].json).not.toHaveProperty('to');
		expect(out[1].json.to).toBe('jon.doe@bambuser.com');
	});

	test('ordinary and international addresses pass, trimmed', async () => {
		for (const [email, to] of [
			['  jon.doe@bambuser.com \n', 'jon.doe@bambuser.com'],
			['jon.doe+calls@mail.bambuser.co.uk', 'jon.doe+calls@mail.bambuser.co.uk'],
			["o'brien@example.ie", "o'brien@example.ie"],
			['åsa.lindqvist@exempel.se', 'åsa.lindqvist@exempel.se'],
			['jon@bücher.de', 'jon@bücher.de'],
		]) {
			const [out] = await run([withClient({ email })]);
			expect(out.json.to).toBe(to);
		}
	});

	test('the client’s name and the subject are one line: a line break in them cannot add a header', async () => {
		const [out] = await run([withClient({ name: 'Jon\r\nBcc: thief@evil.example', firstName: 'Jon' })], {
			subject: 'Your call\nBcc: thief@evil.example',
		});
		expect(out.json.toName).toBe('Jon Bcc: thief@evil.example');
		expect(out.json.subject).toBe('Your call Bcc: thief@evil.example');
		expect(out.json.html).toContain('<title>Your call Bcc: thief@evil.example</title>');
	});
});

describe('Call Summary Email: product descriptions and ratings', () => {
	test('each product’s description is shown in the HTML and the text part', async () => {
		const mail = await email('call-summary');
		expect(mail.html).toMatch(/Bambuser &middot; Amazing subtitle<\/p><p [^>]*>Amazing description<\/p>/);
		expect(mail.html).toContain('>Better description</p>');
		expect(mail.text).toContain('- Amazing handbag (Bambuser)\n  Amazing subtitle\n  Amazing description\n  Color: Red, Size: Large');
	});

	test('a description is escaped and its line breaks kept', async () => {
		const delivery = fixture('call-summary');
		const [product] = (delivery.payload as IDataObject).products as IDataObject[];
		product.description = 'Soft <b>leather</b>\nHand-stitched';
		const [out] = await run([delivery]);
		expect(out.json.html).toContain('Soft &lt;b&gt;leather&lt;/b&gt;<br>Hand-stitched');
	});

	test('a rating above its scale or below zero is left out, never printed as "50/5"', async () => {
		for (const rating of [50, -1]) {
			const delivery = fixture('call-summary');
			const [product] = (delivery.payload as IDataObject).products as IDataObject[];
			product.rating = { rating, maxValue: 5, numberOfRatings: 423 };
			const [out] = await run([delivery]);
			expect(out.json.html).not.toContain(`${rating}/5`);
			expect(out.json.text).not.toMatch(/Rating: -?50?\/5/);
			expect(out.json.text).toContain('Rating: 3/5 (634 ratings)'); // the second product keeps its own
			expect(out.json.text).not.toContain('(423 ratings)');
		}
	});

	test('a rating on another scale is shown on that scale; the stars follow the share', async () => {
		const delivery = fixture('call-summary');
		const [product] = (delivery.payload as IDataObject).products as IDataObject[];
		product.rating = { rating: 50, maxValue: 100 };
		const [out] = await run([delivery]);
		expect(out.json.text).toContain('Rating: 50/100');
		expect(out.json.html).toMatch(/(&#9733;){3}<\/span><span style="color:#D1D5DB;">(&#9733;){2}<\/span> 50\/100/);
	});
});
