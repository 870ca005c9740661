// The trigger's webhook path and isFullPath are n8n expressions; evaluate them the way n8n does
// (with $parameter and $webhookId) for each Authentication choice, and check the secret reaches the node.
import { HipcallTrigger } from '../../nodes/Hipcall/HipcallTrigger.node';
import { acknowledgeProperty, rawBodyProperty, SECRET_SEGMENT_PARAM as SECRET_PARAM } from '../../nodes/shared/webhook';

const [hipcallWebhook] = new HipcallTrigger().description.webhooks!;

function evaluate(expression: unknown, authentication: string, webhookId = 'W-ID'): unknown {
	const body = String(expression).replace(/^=\{\{/, '').replace(/\}\}$/, '');
	return new Function('$parameter', '$webhookId', `return (${body});`)({ authentication }, webhookId);
}

test.each([
	['none', 'W-ID/hipcall', true],
	['headerSecret', 'W-ID/hipcall', true],
	['urlSecret', `W-ID/:${SECRET_PARAM}`, true],
	['urlAndHeaderSecret', `W-ID/:${SECRET_PARAM}`, true],
])('Delivery Check %s: path %s, full path %s', (authentication, path, isFullPath) => {
	expect(evaluate(hipcallWebhook.path, authentication)).toBe(path);
	expect(hipcallWebhook.isFullPath).toBe(isFullPath);
});

test('the webhook answers on receipt by default, by POST, and keeps the raw body (so malformed JSON gets our 400)', () => {
	expect(hipcallWebhook).toMatchObject({ name: 'default', httpMethod: 'POST' });
	expect(evaluate(hipcallWebhook.responseMode, 'none')).toBe('onReceived');
	const { description } = new HipcallTrigger();
	expect(description.properties).toContainEqual(acknowledgeProperty);
	expect(description.webhooks).toEqual([hipcallWebhook]);
	expect(description.properties).toContainEqual(rawBodyProperty);
	expect(description.version).toBe(1);
});
