import { afterEach, describe, expect, it } from 'vitest';
import { initialTunnelStatus } from '../tunnel/tunnelState';
import { freePort } from '../../../test/support/freePort';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { desiredNumberConfig } from '../twilio/numberConfig';
import { checkSetup, type SetupCheckDeps } from './checkSetup';

let core: TestCore | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

const publicUrl = 'https://pickup-test.ngrok.app';

/** A core whose public URL is a tunnel's, and a fetch that carries that URL to its listener, as ngrok would. */
async function coreBehindTunnel() {
  const port = await freePort();
  core = await startTestCore({}, { port, publicUrl });
  const throughTunnel: typeof fetch = (input, init) => fetch(String(input).replace(publicUrl, `http://127.0.0.1:${port}`), init);
  return throughTunnel;
}

const base = (overrides: Partial<SetupCheckDeps>): SetupCheckDeps => ({
  publicUrl,
  authToken: 'test-auth-token',
  localSigning: false,
  tunnel: { ...initialTunnelStatus, state: 'online', url: publicUrl },
  verifyCredentials: async () => ({ ok: true, detail: 'account "Summit" is active' }),
  configuredNumber: { phoneNumber: '+13035550100' },
  currentConfig: async () => desiredNumberConfig(publicUrl, 'Summit Roofing'),
  fetch,
  ...overrides,
});

describe('check my setup', () => {
  it('passes every link when Twilio, the number, the tunnel and the signature all work', async () => {
    const report = await checkSetup(base({ fetch: await coreBehindTunnel() }));
    expect(report.checks.map((c) => [c.link, c.ok])).toEqual([
      ['credentials', true],
      ['number', true],
      ['tunnel', true],
      ['signature', true],
    ]);
    expect(report.ok).toBe(true);
  });

  it('names the broken link and its fix', async () => {
    const throughTunnel = await coreBehindTunnel();
    const report = await checkSetup(
      base({
        fetch: throughTunnel,
        authToken: 'not-the-token-pickup-checks',
        currentConfig: async () => ({
          ...desiredNumberConfig(publicUrl, 'Summit Roofing'),
          voiceApplicationSid: `AP${'1'.repeat(32)}`,
        }),
      }),
    );
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.link === 'number')).toMatchObject({
      ok: false,
      fix: expect.stringMatching(/Point it at Pickup/),
    });
    expect(report.checks.find((c) => c.link === 'tunnel')?.ok).toBe(true);
    expect(report.checks.find((c) => c.link === 'signature')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/403/),
      fix: expect.stringMatching(/TWILIO_AUTH_TOKEN/),
    });
  });

  it('on a local-only core, says Twilio cannot reach it and how to fix that', async () => {
    core = await startTestCore({}, { tunnel: true });
    const report = (await (await core.api('/api/phone-line/check', { method: 'POST' })).json()) as {
      ok: boolean;
      checks: { link: string; ok: boolean; fix: string | null }[];
    };
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.link === 'credentials')).toMatchObject({
      ok: false,
      fix: expect.stringMatching(/Account SID/),
    });
    expect(report.checks.find((c) => c.link === 'tunnel')).toMatchObject({
      ok: false,
      fix: expect.stringMatching(/ngrok authtoken/),
    });
    expect(report.checks.find((c) => c.link === 'signature')?.ok).toBe(true);
  });
});
