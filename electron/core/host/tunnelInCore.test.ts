import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../../test/support/testCore';

let core: TestCore | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

const phoneLine = async (test: TestCore) => (await test.api('/api/phone-line')).json();

async function answersLocally(test: TestCore) {
  const call = test.call();
  await call.start();
  expect(call.heard().join(' ')).toMatch(/Summit Roofing/);
  await call.hangup();
}

describe('the tunnel inside the core', () => {
  it('without an ngrok authtoken, answers locally and explains why', async () => {
    core = await startTestCore({}, { tunnel: true });
    expect(core.publicUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(await phoneLine(core)).toMatchObject({
      tunnel: { state: 'off', reason: expect.stringMatching(/no ngrok authtoken/) },
      number: null,
    });
    await answersLocally(core);
  });

  it('when ngrok refuses the session, keeps answering locally, says why, and keeps trying', async () => {
    let tries = 0;
    core = await startTestCore(
      {},
      {
        tunnel: true,
        env: { NGROK_AUTHTOKEN: 'ngrok-token' },
        ngrokForward: async () => {
          tries += 1;
          throw Object.assign(
            new Error('Your account is limited to 1 simultaneous ngrok agent sessions.\n\nERROR:  error_code: ERR_NGROK_108'),
            { errorCode: 'ERR_NGROK_108' },
          );
        },
      },
    );
    expect(core.publicUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(await phoneLine(core)).toMatchObject({
      tunnel: { state: 'error', attempts: 1, reason: expect.stringMatching(/one agent session/) },
    });
    expect(core.logs.some((line) => line.startsWith('tunnel failed; Pickup keeps answering locally'))).toBe(true);
    await answersLocally(core);
    expect(tries).toBe(1);
  });

  it('once the tunnel opens, checks signatures against its URL', async () => {
    let forwarded: { addr?: string | number; traffic_policy?: string } = {};
    core = await startTestCore(
      {},
      {
        tunnel: true,
        env: { NGROK_AUTHTOKEN: 'ngrok-token' },
        ngrokForward: async (config) => {
          forwarded = config;
          return { url: () => 'https://pickup-test.ngrok.app', close: async () => {} };
        },
      },
    );
    expect(core.publicUrl).toBe('https://pickup-test.ngrok.app');
    expect(forwarded.addr).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(JSON.parse(forwarded.traffic_policy!).on_http_request).toHaveLength(1);
    expect(await phoneLine(core)).toMatchObject({
      publicUrl: 'https://pickup-test.ngrok.app',
      tunnel: { state: 'online', url: 'https://pickup-test.ngrok.app' },
    });
  });
});
