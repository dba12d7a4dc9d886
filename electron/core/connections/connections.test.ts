import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { ConnectNgrok, ConnectOpenAi, ConnectTwilio } from '../../shared/connections';
import { initialTunnelStatus } from '../tunnel/tunnelState';
import { startScriptedOpenAi, type ScriptedOpenAi } from '../../../test/support/scriptedOpenAi';
import {
  startTwilioApiMock,
  twilioSpecAvailable,
  twilioSpecMissing,
  type TwilioApiMock,
} from '../../../test/support/twilioApiMock';
import { createConnections, type ConnectionEnv } from './connections';
import { checkOpenAiKey, checkTwilioCredentials } from './credentialChecks';
import { openFileSecretStore, openKeyringSecretStore } from './secretStore';

const accountSid = `AC${'a1'.repeat(16)}`;
const authToken = 'f'.repeat(32);
const openAiKey = 'sk-scripted-test-key-0123456789';
const ngrokToken = '2abcDEFghiJKLmnoPQRstu_5vwXYZ0123456789';

const freshDir = () => mkdtempSync(join(tmpdir(), 'pickup-connections-'));
const mode = (path: string) => statSync(path).mode & 0o777;

function connectionsWith(
  options: { env?: ConnectionEnv; checkTwilio?: () => Promise<unknown>; checkOpenAi?: () => Promise<unknown> } = {},
) {
  const dir = freshDir();
  const secrets = openFileSecretStore(dir);
  const connections = createConnections({
    env: options.env ?? {},
    secrets,
    checkTwilio: options.checkTwilio ?? (async () => ({})),
    checkOpenAi: options.checkOpenAi ?? (async () => undefined),
    tunnel: () => initialTunnelStatus,
    log: () => undefined,
  });
  return { dir, secrets, connections };
}

describe('what a contractor pastes', () => {
  it('is trimmed, and a value that cannot be right is refused in plain words naming the field', () => {
    expect(ConnectTwilio.parse({ accountSid: `  ${accountSid}\n`, authToken: ` ${authToken} ` })).toEqual({
      accountSid,
      authToken,
    });
    const bad = ConnectTwilio.safeParse({ accountSid: 'SK123', authToken: '' });
    expect(bad.success).toBe(false);
    const issues = bad.error!.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toContainEqual(['accountSid', expect.stringMatching(/starts with AC and has 34 characters/)]);
    expect(issues).toContainEqual(['authToken', 'Paste your Twilio Auth Token.']);
    expect(ConnectOpenAi.safeParse({ apiKey: 'sk-abc def ghi jkl mno pqr' }).success).toBe(false);
    expect(ConnectNgrok.parse({ authtoken: ngrokToken, domain: '  ' })).toEqual({ authtoken: ngrokToken });
    expect(ConnectNgrok.parse({ authtoken: ngrokToken, domain: 'Summit-Roofing.ngrok.app ' }).domain).toBe(
      'summit-roofing.ngrok.app',
    );
    expect(ConnectNgrok.safeParse({ authtoken: ngrokToken, domain: 'https://x.ngrok.app/' }).success).toBe(false);
  });
});

describe('connected accounts', () => {
  it('keeps what the service accepted in a file only the owner can read, and says where', async () => {
    const { dir, connections } = connectionsWith();
    const status = await connections.connectTwilio({ accountSid, authToken });
    expect(status.twilio).toEqual({ connected: true, source: 'app', accountSid });
    expect(status.secrets.kind).toBe('file');
    const file = join(dir, 'secrets', 'connections.json');
    expect(mode(join(dir, 'secrets'))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ twilioAccountSid: accountSid, twilioAuthToken: authToken });
    expect(JSON.stringify(connections.status())).not.toContain(authToken);
  });

  it('keeps nothing when the service refuses or cannot be reached', async () => {
    const refused = new ApiError(400, 'Twilio did not accept this Auth Token', 'authToken');
    const { connections, secrets } = connectionsWith({ checkTwilio: () => Promise.reject(refused) });
    await expect(connections.connectTwilio({ accountSid, authToken })).rejects.toBe(refused);
    expect(secrets.read()).toEqual({});
    expect(connections.status().twilio.connected).toBe(false);
  });

  it('lets the environment win, says so, and will not replace or forget it', async () => {
    const { connections } = connectionsWith({ env: { OPENAI_API_KEY: 'sk-from-the-environment-000' } });
    expect(connections.status().openai).toEqual({ connected: true, source: 'env' });
    await expect(connections.connectOpenAi({ apiKey: openAiKey })).rejects.toMatchObject({ status: 409 });
    await expect(connections.disconnect('openai')).rejects.toMatchObject({ status: 409 });
    expect(connections.effective().openai?.apiKey).toBe('sk-from-the-environment-000');
  });

  it('tells listeners after the change is stored, and forgets an account on disconnect', async () => {
    const { connections, secrets } = connectionsWith();
    const heard: [string, boolean][] = [];
    connections.onChange((name) => heard.push([name, connections.effective().ngrok !== null]));
    await connections.connectNgrok({ authtoken: ngrokToken, domain: 'summit.ngrok.app' });
    expect(connections.status().ngrok).toMatchObject({ connected: true, domain: 'summit.ngrok.app' });
    await connections.disconnect('ngrok');
    expect(heard).toEqual([
      ['ngrok', true],
      ['ngrok', false],
    ]);
    expect(secrets.read()).toEqual({});
  });

  it('runs a second paste after the first check, so the last one wins', async () => {
    let release: () => void = () => undefined;
    const firstCheck = new Promise<void>((resolve) => (release = resolve));
    const checks: string[] = [];
    const { connections } = connectionsWith({
      checkOpenAi: async () => {
        checks.push('check');
        if (checks.length === 1) await firstCheck;
      },
    });
    const first = connections.connectOpenAi({ apiKey: 'sk-first-key-0123456789abc' });
    const second = connections.connectOpenAi({ apiKey: 'sk-second-key-0123456789ab' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(checks).toEqual(['check']);
    release();
    await Promise.all([first, second]);
    expect(connections.effective().openai?.apiKey).toBe('sk-second-key-0123456789ab');
  });
});

describe('the keystore', () => {
  /** An in-memory keystore with the shape of @napi-rs/keyring's Entry. */
  const memoryKeyring = () => {
    const entries = new Map<string, string>();
    return class {
      constructor(
        private readonly service: string,
        private readonly account: string,
      ) {}
      private get key() {
        return `${this.service}/${this.account}`;
      }
      getPassword() {
        return entries.get(this.key) ?? null;
      }
      setPassword(value: string) {
        entries.set(this.key, value);
      }
      deletePassword() {
        return entries.delete(this.key);
      }
    };
  };

  it('is used when a probe round-trips, and is refused when the keystore is locked or absent', () => {
    const store = openKeyringSecretStore('connections:/data', memoryKeyring());
    expect(store?.protection.kind).toBe('keychain');
    store!.write({ openAiApiKey: openAiKey });
    expect(store!.read()).toEqual({ openAiApiKey: openAiKey });
    const locked = class {
      setPassword(): void {
        throw new Error("Couldn't access platform storage: AccessDenied");
      }
      getPassword() {
        return null;
      }
      deletePassword() {
        return false;
      }
    };
    expect(openKeyringSecretStore('connections:/data', locked)).toBeNull();
    expect(openKeyringSecretStore('connections:/data', null)).toBeNull();
  });
});

describe('checking credentials with the services themselves', () => {
  let openAi: ScriptedOpenAi;
  let twilio: TwilioApiMock | null = null;
  beforeAll(async () => {
    openAi = await startScriptedOpenAi({ apiKey: openAiKey });
    if (twilioSpecAvailable) twilio = await startTwilioApiMock();
  }, 60_000);
  afterAll(async () => {
    await openAi.close();
    await twilio?.close();
  });

  it('asks OpenAI for its models with the key, and names the field when OpenAI refuses it', async () => {
    await expect(checkOpenAiKey({ apiKey: openAiKey }, openAi.url)).resolves.toBeUndefined();
    expect(openAi.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/models' });
    await expect(checkOpenAiKey({ apiKey: 'sk-wrong-key-0123456789abcd' }, openAi.url)).rejects.toMatchObject({
      status: 400,
      field: 'apiKey',
      message: expect.stringMatching(/OpenAI did not accept this key/),
    });
  });

  it('says OpenAI could not be reached (502) when nothing answers', async () => {
    await expect(checkOpenAiKey({ apiKey: openAiKey }, 'http://127.0.0.1:9/v1')).rejects.toMatchObject({
      status: 502,
      message: expect.stringMatching(/could not be reached/),
    });
  });

  it.skipIf(!twilioSpecAvailable)(
    "asks Twilio's Accounts API, and names the field Twilio refused",
    async () => {
      if (!twilio) throw new Error(twilioSpecMissing);
      await expect(checkTwilioCredentials({ accountSid, authToken }, twilio.url)).resolves.toHaveProperty('friendlyName');
      const asked = twilio.requests.at(-1)!;
      expect(asked).toMatchObject({ method: 'GET', path: `/2010-04-01/Accounts/${accountSid}.json`, prismStatus: 200 });
      twilio.override(() => ({
        status: 401,
        body: { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 },
      }));
      await expect(checkTwilioCredentials({ accountSid, authToken }, twilio.url)).rejects.toMatchObject({
        status: 400,
        field: 'authToken',
        message: expect.stringMatching(/^Twilio did not accept this Auth Token/),
      });
      twilio.override(() => ({ status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 } }));
      await expect(checkTwilioCredentials({ accountSid, authToken }, twilio.url)).rejects.toMatchObject({ status: 502 });
      twilio.override(null);
    },
    30_000,
  );

  it('says Twilio could not be reached (502) when nothing answers', async () => {
    await expect(checkTwilioCredentials({ accountSid, authToken }, 'http://127.0.0.1:9')).rejects.toMatchObject({
      status: 502,
      message: expect.stringMatching(/Twilio could not be reached/),
    });
  }, 30_000);
});
