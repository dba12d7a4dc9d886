import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiJson } from '../../../test/support/apiJson';
import { freePort } from '../../../test/support/freePort';
import { SimulatedCall } from '../twilio/simulator/simulatedCall';
import { spawnServe, type ServeProcess } from './spawnServe';

let serve: ServeProcess | undefined;
afterEach(async () => {
  await serve?.stop('SIGKILL');
});

describe('serve', () => {
  it('survives kill -9 mid-call: restarted on the same data dir, the call goes on and no turn is lost', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pickup-crash-'));
    const [port, apiPort] = [await freePort(), await freePort()];
    const args = ['--data-dir', dataDir, '--port', String(port), '--api-port', String(apiPort), '--no-tunnel'];
    serve = await spawnServe(args);
    const call = new SimulatedCall({ publicUrl: serve.ready.publicUrl, authToken: serve.ready.localAuthToken! });
    await call.start();
    await call.say('I need a roof quote');
    await call.say('yeah this is Dana');

    expect(await serve.stop('SIGKILL')).toBe('SIGKILL');
    serve = await spawnServe(args);

    await call.say('12 Oak Street');
    expect(call.state).toBe('gathering');
    expect(call.heard().at(-1)).toMatch(/call you back|good time/i);
    await call.hangup();

    const headers = { authorization: `Bearer ${serve.ready.apiToken}` };
    const [summary] = await apiJson('listCalls', fetch(`${serve.ready.appUrl}/api/calls`, { headers }));
    const detail = await apiJson('getCall', fetch(`${serve.ready.appUrl}/api/calls/${summary!.id}`, { headers }));
    expect(detail.turns.map((t: { text: string }) => t.text)).toEqual(
      expect.arrayContaining(['I need a roof quote', 'yeah this is Dana', '12 Oak Street']),
    );
    expect(detail.turns).toHaveLength(7);
    expect(detail).toMatchObject({ leadName: 'Dana', status: 'completed' });
  });

  it('stops cleanly on SIGTERM and SIGINT with exit code 0', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      serve = await spawnServe([
        '--data-dir',
        mkdtempSync(join(tmpdir(), 'pickup-stop-')),
        '--port',
        '0',
        '--api-port',
        '0',
        '--no-tunnel',
      ]);
      expect(await serve.stop(signal)).toBe(0);
      serve = undefined;
    }
  });

  it('refuses bad flags with a clear message and exit code 2', async () => {
    await expect(spawnServe(['--port', 'abc'])).rejects.toThrow(/--port must be a port number/);
  });

  it('prints a ready line with the contract keys', async () => {
    serve = await spawnServe([
      '--data-dir',
      mkdtempSync(join(tmpdir(), 'pickup-ready-')),
      '--port',
      '0',
      '--api-port',
      '0',
      '--no-tunnel',
    ]);
    expect(serve.ready).toMatchObject({
      ready: true,
      webhookUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/api\/webhooks\/twilio\/voice$/),
      appUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      apiToken: expect.any(String),
    });
    await vi.waitFor(() => expect(serve!.output()).toContain('Dashboard:'));
  });
});
