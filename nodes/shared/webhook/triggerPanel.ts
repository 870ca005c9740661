// The guidance n8n 2.x shows in a trigger's panel while it listens ("When will this node trigger my
// flow?"), built from the declaration: test vs production URL, and what the vendor must be given.
// n8n 1.x ignores `triggerPanel` and shows its generic text.
import type { TriggerPanelDefinition } from 'n8n-workflow';

import type { TriggerDeclaration } from './declaration';
import type { DeliveryCheck } from './deliveryCheck';

/** What the vendor must be given besides the URL, for each delivery check. */
const SECRET_TO_GIVE: Record<Exclude<DeliveryCheck, 'none'>, string> = {
	headerSecret: 'with <i>Secret Header</i>, a custom header with the header name and secret of this node’s credential',
	urlSecret: 'with <i>Secret in URL</i>, the Production URL with <code>:secret</code> replaced by the credential’s secret',
	urlAndHeaderSecret: 'with <i>Secret in URL and Header</i>, both of those',
	bearer: 'the credential’s secret, which it sends as <code>Authorization: Bearer &lt;secret&gt;</code>',
	basicAuth: 'with <i>Basic Auth</i>, the credential’s username and password',
};

/** The "tell the vendor" paragraph: the URL, the secret for each offered check, and the response node. */
function vendorNeeds<S>(declaration: TriggerDeclaration<S>, pasteUrlIn: string): string {
	const { vendor, answeredBy, checks } = declaration;
	const secrets = checks.offered.filter((check): check is Exclude<DeliveryCheck, 'none'> => check !== 'none').map((check) => SECRET_TO_GIVE[check]);
	const secretText =
		secrets.length === 0 ? '' : `; ${checks.offered.includes('none') ? 'depending on <i>Authentication</i>, ' : ''}${secrets.join('; ')}`;
	const answer = answeredBy
		? `<br /><br />${answeredBy.when ? `${capitalize(answeredBy.when)}, ` : ''}${vendor} waits for the answer: end the workflow with the <b>${answeredBy.response.displayName}</b> node (n8n’s Respond to Webhook does not work here).`
		: '';
	return `<b>What ${vendor} needs</b>: the Production URL, pasted in ${pasteUrlIn}${secretText}.${answer}`;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

export function triggerPanel<S>(declaration: TriggerDeclaration<S>): TriggerPanelDefinition {
	const { vendor } = declaration;
	const pasteUrlIn = declaration.pasteUrlIn ?? `${vendor}'s webhook settings`;
	const test = `<b>Test URL, while you build</b>: click <i>Listen for test event</i>, then have ${vendor} send one event to the Test URL (paste it in ${vendor} for the test, or send one of its example deliveries with curl). The event shows up here; the Test URL listens for 2 minutes after each click.`;
	const production = (active: boolean) =>
		`<b>Production URL, to run by itself</b>: ${active ? 'the workflow is published, so' : 'publish the workflow; then'} every delivery to the Production URL runs it. Those executions are in the ${active ? '<a data-key="executions">executions list</a>' : 'executions list'}, not here.`;
	const needs = vendorNeeds(declaration, pasteUrlIn);
	return {
		executionsHelp: {
			inactive: `${test}<br /><br />${production(false)}<br /><br />${needs}`,
			active: `${test}<br /><br />${production(true)}<br /><br />${needs}`,
		},
		activationHint: {
			inactive: `When the workflow works, publish it and paste the Production URL in ${pasteUrlIn}: then every ${vendor} event runs it (those executions are not shown here).`,
			active: `The workflow is published: ${vendor} events sent to the Production URL run it too (those executions are not shown here).`,
		},
	};
}
