import { webhookPaths } from '../calls/webhookPaths';
import { relayPath } from '../relay/relayTwiml';

/**
 * ngrok's traffic policy for the tunnel: at ngrok's edge, anything but a POST to one of the
 * webhook paths (or ConversationRelay's WebSocket upgrade, a GET) is refused before it reaches this computer.
 * The app still checks every request's Twilio signature behind it.
 */
export function webhookTrafficPolicy(): string {
  const posts = Object.values(webhookPaths)
    .map((path) => `'${path}'`)
    .join(', ');
  const allowed = `(req.method == 'POST' && req.url.path in [${posts}]) || (req.method == 'GET' && req.url.path == '${relayPath}')`;
  return JSON.stringify({
    on_http_request: [
      {
        expressions: [`!(${allowed})`],
        actions: [{ type: 'custom-response', config: { status_code: 403, content: 'Forbidden' } }],
      },
    ],
  });
}
