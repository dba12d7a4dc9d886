import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SettingsPatch } from '../../electron/shared/settings';
import { SimulatedCall, type SimulatedCallOptions } from '../../electron/core/twilio/simulator/simulatedCall';
import { openFileSecretStore } from '../../electron/core/connections/secretStore';
import { startCore, type CoreOptions, type RunningCore } from '../../electron/core/host/startCore';

export interface TestCore extends RunningCore {
  authToken: string;
  logs: string[];
  dataDir: string;
  /** A simulated caller ringing this core's number. */
  call(options?: Partial<SimulatedCallOptions>): SimulatedCall;
  api(path: string, init?: RequestInit): Promise<Response>;
  /** Resolves once every async wrap-up (summary, SMS) queued so far has run. */
  settle(): Promise<void>;
}

/** Starts a real core on 127.0.0.1 (free ports, temporary data dir) for integration tests. */
export async function startTestCore(
  settings: SettingsPatch = {},
  options: Partial<CoreOptions> & { authToken?: string } = {},
): Promise<TestCore> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pickup-test-'));
  const logs: string[] = [];
  const authToken = options.authToken ?? 'test-auth-token';
  const core = await startCore({
    dataDir,
    port: 0,
    apiPort: 0,
    tunnel: false,
    log: (message, details) => logs.push(`${message}${details ? ` ${JSON.stringify(details)}` : ''}`),
    // Never the developer's own keychain: pasted test accounts stay in the test's data dir.
    secretStore: openFileSecretStore(dataDir),
    ...options,
    env: { TWILIO_AUTH_TOKEN: authToken, ...options.env },
  });
  core.store.settings.update({
    businessName: 'Summit Roofing',
    ownerName: 'Mike',
    twilioPhoneNumber: '+13035550100',
    forwardingNumber: '+13035550111',
    ownerPhone: '+13035550122',
    voiceMode: 'always',
    ...settings,
  });
  return {
    ...core,
    authToken,
    logs,
    dataDir,
    call: (callOptions = {}) => new SimulatedCall({ publicUrl: core.publicUrl, authToken, ...callOptions }),
    api: (path, init = {}) =>
      fetch(`${core.appUrl}${path}`, {
        ...init,
        headers: {
          authorization: `Bearer ${core.apiToken}`,
          ...(init.body ? { 'content-type': 'application/json' } : {}),
          ...init.headers,
        },
      }),
    settle: () => core.engine.whenIdle(),
  };
}
