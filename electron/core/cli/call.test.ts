import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOrCreateLocalSecrets, writeServerInfo } from '../host/dataDir';
import { TestWebhookServer, twiml } from '../../../test/support/testWebhookServer';
import { main, parseCallArgs, resolveCallTarget, UsageError } from './call';

describe('parseCallArgs', () => {
  it('reads flags in both spellings and keeps the utterances in order', () => {
    expect(
      parseCallArgs([
        '--url',
        'http://127.0.0.1:4000/',
        '--token=abc',
        'I need a roof quote',
        '--from',
        '+13035550177',
        "I'm Dana",
        '--verbose',
      ]),
    ).toEqual({
      help: false,
      url: 'http://127.0.0.1:4000',
      token: 'abc',
      from: '+13035550177',
      dialed: 'no-answer',
      verbose: true,
      utterances: ['I need a roof quote', "I'm Dana"],
    });
  });

  it('reads --data-dir, --to, --dialed and --help, and treats everything after -- as utterances', () => {
    const args = parseCallArgs([
      '--data-dir',
      '/tmp/p',
      '--to',
      '+13035550100',
      '--dialed',
      'answer',
      '--help',
      '--',
      '--not-a-flag',
      '',
    ]);
    expect(args).toMatchObject({
      dataDir: '/tmp/p',
      to: '+13035550100',
      dialed: 'answer',
      help: true,
      utterances: ['--not-a-flag', ''],
    });
  });

  it.each([
    [['--nope'], /unknown option --nope/],
    [['--url'], /--url needs a value/],
    [['--url', 'localhost:3100'], /http\(s\) URL/],
    [['--from', '3035550142'], /E\.164/],
    [['--dialed', 'maybe'], /one of answer, no-answer, busy, failed/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCallArgs(argv)).toThrow(UsageError);
    expect(() => parseCallArgs(argv)).toThrow(message);
  });
});

describe('resolveCallTarget', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pickup-call-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('asks for `npm run serve` and creates nothing when the data dir has no secrets', () => {
    expect(() => resolveCallTarget(parseCallArgs(['--data-dir', dataDir]), {})).toThrow(/npm run serve/);
    expect(existsSync(join(dataDir, 'local-secrets.json'))).toBe(false);
  });

  it('takes the running server and its local token from the data dir', () => {
    const secrets = loadOrCreateLocalSecrets(dataDir);
    writeServerInfo(dataDir, { pid: 1, publicUrl: 'http://127.0.0.1:3999', webhookUrl: 'x', appUrl: 'http://127.0.0.1:3998' });

    expect(resolveCallTarget(parseCallArgs(['--data-dir', dataDir]), {})).toEqual({
      publicUrl: 'http://127.0.0.1:3999',
      authToken: secrets.localTwilioAuthToken,
      app: { url: 'http://127.0.0.1:3998', apiToken: secrets.apiToken },
    });
  });

  it('prefers --url and --token, then TWILIO_AUTH_TOKEN, and defaults to port 3100', () => {
    loadOrCreateLocalSecrets(dataDir);
    expect(
      resolveCallTarget(parseCallArgs(['--data-dir', dataDir, '--url', 'http://h:1', '--token', 't']), {
        TWILIO_AUTH_TOKEN: 'env',
      }),
    ).toMatchObject({
      publicUrl: 'http://h:1',
      authToken: 't',
      app: null,
    });
    expect(resolveCallTarget(parseCallArgs(['--data-dir', dataDir]), { TWILIO_AUTH_TOKEN: 'env' })).toMatchObject({
      publicUrl: 'http://127.0.0.1:3100',
      authToken: 'env',
    });
  });
});

describe('main', () => {
  let dataDir: string;
  let output: string[];
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pickup-call-'));
    output = [];
    const capture = (...parts: unknown[]) => void output.push(parts.join(' '));
    vi.spyOn(console, 'log').mockImplementation(capture);
    vi.spyOn(console, 'error').mockImplementation(capture);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('plays the conversation, then prints the summary the app API has for the call', async () => {
    const secrets = loadOrCreateLocalSecrets(dataDir);
    const webhooks = new TestWebhookServer(secrets.localTwilioAuthToken);
    const voice = '/api/webhooks/twilio/voice';
    webhooks
      .route(voice, twiml(`<Gather input="speech" action="${voice}/gather"><Say>Peak Roofing, how can I help?</Say></Gather>`))
      .route(`${voice}/gather`, twiml('<Say>Thanks, we will call you back tomorrow morning.</Say><Hangup/>'))
      .route(`${voice}/status`, twiml(''));
    await webhooks.start();
    const app = await startAppApi(secrets.apiToken, () => webhooks.received[0]?.params.CallSid ?? '');
    writeServerInfo(dataDir, { pid: 1, publicUrl: webhooks.url, webhookUrl: `${webhooks.url}${voice}`, appUrl: app.url });
    try {
      const code = await main(['--data-dir', dataDir, 'I need a roof quote', 'never said']);

      expect(code).toBe(0);
      expect(output[0]).toBe(`[calling +13035550100 from +13035550142 at ${webhooks.url}${voice}]`);
      expect(output.slice(1)).toEqual([
        'Receptionist: Peak Roofing, how can I help?',
        'Caller: I need a roof quote',
        'Receptionist: Thanks, we will call you back tomorrow morning.',
        '[call ended]',
        '\nSummary:  Roof quote for Dana.\nIntent:   quote_request\nOutcome:  callback_scheduled\nCallback: yes, tomorrow 9am',
      ]);
    } finally {
      await webhooks.stop();
      await app.stop();
    }
  });

  it('exits 1 with a clear message when no server listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));

    const code = await main(['--url', url, '--token', 'x', '--data-dir', dataDir, 'hello']);

    expect(code).toBe(1);
    expect(output.at(-1)).toBe(`No Pickup server at ${url}. Start one with \`npm run serve\`.`);
  });

  it('exits 1 after an application error', async () => {
    const webhooks = new TestWebhookServer('tok');
    webhooks.route('/api/webhooks/twilio/voice', { status: 500 });
    await webhooks.start();
    try {
      const code = await main(['--url', webhooks.url, '--token', 'tok', '--data-dir', dataDir]);
      expect(code).toBe(1);
      expect(output).toContain(`[application error: HTTP 500 (${webhooks.url}/api/webhooks/twilio/voice)]`);
    } finally {
      await webhooks.stop();
    }
  });
});

/** A stand-in for the private app API: lists one call and writes its summary on the second detail read. */
async function startAppApi(apiToken: string, callSid: () => string): Promise<{ url: string; stop: () => Promise<void> }> {
  let detailReads = 0;
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${apiToken}`) return send(401, { error: 'unauthorized' });
    const call = {
      id: 'call-1',
      twilioCallSid: callSid(),
      aiSummary: null,
      callerIntent: null,
      outcome: null,
      callbackRequested: false,
      callbackTime: null,
    };
    if (req.url === '/api/calls?limit=20')
      return send(200, { calls: [{ ...call, id: 'other', twilioCallSid: 'CAother' }, call] });
    if (req.url === '/api/calls/call-1') {
      detailReads++;
      return send(
        200,
        detailReads < 2
          ? call
          : {
              ...call,
              aiSummary: 'Roof quote for Dana.',
              callerIntent: 'quote_request',
              outcome: 'callback_scheduled',
              callbackRequested: true,
              callbackTime: 'tomorrow 9am',
            },
      );
    }
    send(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
