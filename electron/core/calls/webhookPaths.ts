/** The webhook paths live in domain, shared by the call engine, the relay, the tunnel and the setup checks. */
export { webhookPaths, type WebhookRoute } from '../domain/webhookPaths';
