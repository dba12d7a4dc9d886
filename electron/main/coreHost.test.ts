import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type CoreOptions, type RunningCore } from '../core/host/startCore';
import { SimulatedCall } from '../core/twilio/simulator/simulatedCall';
import type { AppEvent } from '../shared/models';
import { createCoreHost, type CoreHost } from './coreHost';

const authToken = 'host-test-token';
let host: CoreHost | null = null;
afterEach(async () => {
  await host?.stop();
  host = null;
});

function setUp(env: CoreOptions['env'], start: (options: CoreOptions) => Promise<RunningCore> = startCore) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pickup-host-'));
  const logs: string[] = [];
  let currentEnv = env;
  host = createCoreHost({
    startCore: start,
    options: () => ({ dataDir, port: 0, apiPort: 0, tunnel: true, env: currentEnv, log: () => {} }),
    log: (message, details) => logs.push(`${message} ${JSON.stringify(details)}`),
    redact: (text) => text.replaceAll('ng-secret', '[redacted]'),
  });
  return { host, logs, setEnv: (next: CoreOptions['env']) => (currentEnv = next) };
}

const ring = async (core: RunningCore) => {
  const call = new SimulatedCall({ publicUrl: core.publicUrl, authToken, from: '+13035550142' });
  await call.start();
};

describe('the core inside the desktop app', () => {
  it('keeps delivering live events across a restart, from the new core, with the new settings, saying when it is down', async () => {
    const { host, setEnv } = setUp({ TWILIO_AUTH_TOKEN: authToken });
    const events: AppEvent[] = [];
    host.subscribe((event) => events.push(event));
    await host.start();
    const first = host.current()!;
    expect(first.brain).toBe('offline');

    const running: boolean[] = [];
    host.onChange(() => running.push(host.current() !== null));
    setEnv({ TWILIO_AUTH_TOKEN: authToken, OPENAI_API_KEY: 'sk-test' });
    await host.restart();
    // The renderer hears "down" then "up", and reloads what it shows.
    expect(running).toEqual([false, true]);
    const second = host.current()!;
    expect(second).not.toBe(first);
    expect(second.brain).not.toBe('offline');
    expect(first.store.db.open).toBe(false);

    await ring(second);
    expect(events.filter((e) => e.type === 'call.started')).toHaveLength(1);
  });

  it('starts without the tunnel when it will not open, and says why without the token', async () => {
    const { host, logs } = setUp({ TWILIO_AUTH_TOKEN: authToken, NGROK_AUTHTOKEN: 'ng-secret' }, async (options) => {
      if (options.tunnel) throw new Error('ngrok: authentication failed for token ng-secret');
      return startCore(options);
    });
    await host.start();
    expect(host.current()).not.toBeNull();
    expect(host.startProblems()).toEqual(['The ngrok tunnel did not open: ngrok: authentication failed for token [redacted]']);
    expect(logs.join('\n')).not.toContain('ng-secret');
    await ring(host.current()!);
  });

  it('reports a core that cannot start at all, and runs nothing', async () => {
    const { host } = setUp({}, async () => {
      throw new Error('the database is locked');
    });
    await host.start();
    expect(host.current()).toBeNull();
    expect(host.startProblems()).toEqual(['Pickup could not start: the database is locked']);
  });

  it('stops cleanly: listeners closed and database closed', async () => {
    const { host } = setUp({ TWILIO_AUTH_TOKEN: authToken });
    await host.start();
    const core = host.current()!;
    await host.stop();
    expect(host.current()).toBeNull();
    expect(core.store.db.open).toBe(false);
    await expect(fetch(`${core.appUrl}/api/status`)).rejects.toThrow();
    await expect(fetch(core.webhookUrl, { method: 'POST' })).rejects.toThrow();
  });
});
