import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_ACCENT, SECTIONS } from './email/model';

const SECTION_NAMES: Record<(typeof SECTIONS)[number], { name: string; description: string }> = {
	greeting: { name: 'Greeting and Intro', description: '"Hi Jon," and the intro text' },
	note: { name: 'Agent’s Note', description: 'The note the agent typed before pressing Send' },
	products: {
		name: 'Products',
		description: 'Image, name, brand, attributes, price, rating and link of each product shown in the call',
	},
	chat: { name: 'Chat Transcript', description: 'The chat messages of the call, with their times' },
	footer: { name: 'Footer', description: 'The footer text at the bottom' },
};

export const emailProperties: INodeProperties[] = [
	{
		displayName:
			'Put this node after a Bambuser Trigger with Output "One Item per Delivery". Then, in Send Email or Gmail, set To to <code>{{ $json.to }}</code>, Subject to <code>{{ $json.subject }}</code>, HTML to <code>{{ $json.html }}</code> and Text to <code>{{ $json.text }}</code>.',
		name: 'usageNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Brand Name',
		name: 'brandName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Fashion for the Curious',
		description: 'Your brand, shown in the header (when there is no logo), the subject and the footer',
	},
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		placeholder: 'e.g. Summary of your video call with Fashion for the Curious',
		description: 'Subject line of the email. Leave empty for "Summary of your video call with &lt;brand name&gt;".',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Accent Colour',
				name: 'accentColor',
				type: 'color',
				default: DEFAULT_ACCENT,
				description: 'Colour of the top bar, headings, stars and buttons',
			},
			{
				displayName: 'Footer Text',
				name: 'footerText',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				placeholder: 'e.g. Fashion for the Curious · Main Street 1 · Stockholm',
				description: 'Text at the bottom of the email. Leave empty for "You receive this email because you had a video call with &lt;brand name&gt;.".',
			},
			{
				displayName: 'Intro Text',
				name: 'introText',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				placeholder: 'e.g. It was a pleasure to show you our new collection.',
				description: 'Text under the greeting. Leave empty for "Thank you for your video call with &lt;agent&gt; on &lt;date&gt;. Here is a summary of what we talked about.".',
			},
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'string',
				default: '',
				placeholder: 'e.g. sv-SE',
				description:
					'How prices and dates are written (a BCP 47 locale). Leave empty to use the client’s locale from the call, else en-US. The email’s own words stay in English.',
			},
			{
				displayName: 'Logo URL',
				name: 'logoUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/logo.png',
				description: 'An https:// image shown at the top, 40 pixels high. Other kinds of URL are ignored.',
			},
			{
				displayName: 'Price Unit',
				name: 'priceUnit',
				type: 'options',
				options: [
					{
						name: 'Main Unit (12.99 Is 12.99)',
						value: 'major',
						description: 'Prices arrive as written, e.g. 1299 means €1,299.00',
					},
					{
						name: 'Smallest Unit (1299 Is 12.99)',
						value: 'minor',
						description: 'Prices arrive in cents, e.g. 1299 means €12.99',
					},
				],
				default: 'major',
				description:
					'How the prices in your Bambuser product data are written. Bambuser does not document it; check one call summary against your shop.',
			},
			{
				displayName: 'Sections',
				name: 'sections',
				type: 'multiOptions',
				options: SECTIONS.map((value) => ({ value, ...SECTION_NAMES[value] })),
				default: [...SECTIONS],
				description: 'Which parts the email contains. Empty parts (no products, no chat) are always left out.',
			},
			{
				displayName: 'Time Zone',
				name: 'timeZone',
				type: 'string',
				default: '',
				placeholder: 'e.g. Europe/Stockholm',
				description:
					'Time zone of the call and chat times (an IANA name). Leave empty to use the workflow’s time zone.',
			},
		],
	},
];
