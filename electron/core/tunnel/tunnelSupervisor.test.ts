import { describe, expect, it } from 'vitest';
import type { TunnelStatus } from '../../shared/phoneLine';
import { webhookTrafficPolicy } from './trafficPolicy';
import { superviseTunnel, tunnelConfig, type NgrokForward } from './tunnelSupervisor';
import { describeNgrokError, initialTunnelStatus, nextTunnelStatus, quotaWarning } from './tunnelState';

/** An error as @ngrok/ngrok throws it: the code at the end of the message, copied to `errorCode`. */
function ngrokError(code: string, text: string) {
  return Object.assign(new Error(`${text}\n\nERROR:  error_code: ${code}`), { errorCode: code });
}

const listenerAt = (url: string) => ({ url: () => url, close: async () => {} });

function supervise(forward: NgrokForward) {
  const states: TunnelStatus[] = [];
  const tunnel = superviseTunnel({
    port: 3100,
    authtoken: 'tok',
    forward,
    backoff: { baseMs: 10, maxMs: 40 },
    onChange: (s) => states.push(s),
    log: () => {},
  });
  return { tunnel, states };
}

describe('the tunnel state machine', () => {
  it('goes connecting, online, and back to connecting while the SDK reconnects after a network loss', () => {
    let status = nextTunnelStatus(initialTunnelStatus, { type: 'connecting' });
    expect(status.state).toBe('connecting');
    status = nextTunnelStatus(status, { type: 'opened', url: 'https://a.ngrok.app' });
    expect(status).toMatchObject({ state: 'online', url: 'https://a.ngrok.app', attempts: 0 });
    status = nextTunnelStatus(status, { type: 'lost' });
    expect(status).toMatchObject({ state: 'connecting', reason: expect.stringMatching(/lost/) });
    expect(nextTunnelStatus(status, { type: 'restored' })).toMatchObject({
      state: 'online',
      url: 'https://a.ngrok.app',
      reason: null,
    });
  });

  it("explains ngrok's errors and says which are worth retrying", () => {
    expect(describeNgrokError(ngrokError('ERR_NGROK_108', 'limited to 1 simultaneous ngrok agent sessions'))).toMatchObject({
      retry: true,
      reason: expect.stringMatching(/one agent session/),
    });
    expect(describeNgrokError(ngrokError('ERR_NGROK_105', 'authtoken'))).toMatchObject({
      retry: false,
      reason: expect.stringMatching(/authtoken/),
    });
    expect(describeNgrokError(new Error('failed to connect: dns error'))).toMatchObject({
      retry: true,
      reason: 'ngrok: failed to connect: dns error',
    });
  });

  it('warns from 80% of the free plan’s monthly requests', () => {
    expect(quotaWarning(15_999)).toBeNull();
    expect(quotaWarning(16_000)).toMatch(/4000 left/);
    expect(quotaWarning(20_500)).toMatch(/used up/);
  });

  it('asks ngrok for the public listener only, with a policy that admits only POSTs to the webhook paths', () => {
    const config = tunnelConfig({ port: 3100, authtoken: 'tok', domain: 'pickup.ngrok.app', verifyTwilioWith: 'auth' });
    expect(config).toMatchObject({
      addr: '127.0.0.1:3100',
      domain: 'pickup.ngrok.app',
      verify_webhook_provider: 'twilio',
      verify_webhook_secret: 'auth',
    });
    const [rule] = JSON.parse(webhookTrafficPolicy()).on_http_request;
    expect(rule.actions).toEqual([{ type: 'custom-response', config: { status_code: 403, content: 'Forbidden' } }]);
    expect(rule.expressions[0]).toContain("req.method == 'POST' && req.url.path in ['/api/webhooks/twilio/voice'");
    expect(tunnelConfig({ port: 1, authtoken: 't' })).not.toHaveProperty('verify_webhook_provider');
  });
});

describe('superviseTunnel', () => {
  it('retries with backoff while ngrok refuses a second session, then goes online', async () => {
    let calls = 0;
    const { tunnel, states } = supervise(async () => {
      calls += 1;
      if (calls < 3) throw ngrokError('ERR_NGROK_108', 'Your account is limited to 1 simultaneous ngrok agent sessions.');
      return listenerAt('https://pickup.ngrok.app');
    });
    await expect.poll(() => tunnel.status().state).toBe('online');
    expect(states.map((s) => s.state)).toEqual(['connecting', 'error', 'connecting', 'error', 'connecting', 'online']);
    expect(states[1]).toMatchObject({ attempts: 1, reason: expect.stringMatching(/one agent session/) });
    expect(tunnel.status()).toMatchObject({ url: 'https://pickup.ngrok.app', attempts: 0 });
    await tunnel.close();
    expect(tunnel.status().state).toBe('off');
  });

  it('stops at an error retrying cannot fix, and says why', async () => {
    let calls = 0;
    const { tunnel } = supervise(async () => {
      calls += 1;
      throw ngrokError(
        'ERR_NGROK_107',
        'authentication failed: The authtoken you specified is properly formed, but it is invalid.',
      );
    });
    await tunnel.firstAttempt;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toBe(1);
    expect(tunnel.status()).toMatchObject({ state: 'error', reason: expect.stringMatching(/refused the authtoken/) });
    await tunnel.close();
  });

  it('follows the SDK reporting a lost and restored session', async () => {
    let report: ((status: string) => void) | undefined;
    const { tunnel, states } = supervise(async (config) => {
      report = config.onStatusChange;
      return listenerAt('https://pickup.ngrok.app');
    });
    await tunnel.firstAttempt;
    report!('closed');
    expect(tunnel.status().state).toBe('connecting');
    report!('connected');
    expect(tunnel.status().state).toBe('online');
    expect(states.map((s) => s.state)).toEqual(['connecting', 'online', 'connecting', 'online']);
    await tunnel.close();
  });
});
