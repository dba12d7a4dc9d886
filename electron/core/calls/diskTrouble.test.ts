import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOfflineBrain } from '../brain/offline/offlineBrain';
import { apiJson } from '../../../test/support/apiJson';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import type { DurableDb } from '../store/durableDb';
import { openStore, type Store } from '../store/store';
import { createCallEngine } from './callEngine';
import { createEventBus } from './eventBus';
import { urlBuilder } from './twiml';

/** Saturday 2026-11-28 21:00 in Denver. */
const saturdayNight = new Date('2026-11-29T04:00:00Z');

let core: TestCore | undefined;
let store: Store | undefined;
afterEach(async () => {
  await core?.stop();
  store?.close();
  core = undefined;
  store = undefined;
});

/** The database file's own connection, where a test makes the disk refuse writes. */
const fileOf = (s: Store) => (s.db as unknown as DurableDb).disk;

describe('calls on a disk that refuses writes', () => {
  it('a whole call goes on as usual, is reported, and is stored once the disk takes writes again', async () => {
    core = await startTestCore({ voiceMode: 'always' }, { now: () => saturdayNight });
    fileOf(core.store).pragma('query_only = ON');

    const call = core.call({ from: '+13035550142' });
    await call.start();
    await call.say('I need a roof quote');
    await call.say('yeah this is Dana');
    await call.say('12 Oak Street');
    await call.hangup();
    await core.settle();
    expect(call.heard().join(' ')).not.toMatch(/trouble on our end/);

    const status = await apiJson('getStatus', core.api('/api/status'));
    expect(status.storage).toMatchObject({ ok: false, problem: expect.stringContaining('SQLITE_READONLY') });
    expect(status.storage?.pendingWrites).toBeGreaterThan(0);
    expect(core.logs.join('\n')).toContain('storage: the disk refuses writes');

    fileOf(core.store).pragma('query_only = OFF');
    expect(core.store.flushPendingWrites()).toEqual({ ok: true, pendingWrites: 0 });
    expect((await apiJson('getStatus', core.api('/api/status'))).storage).toEqual({ ok: true, pendingWrites: 0 });

    const file = new Database(join(core.dataDir, 'pickup.db'), { readonly: true });
    try {
      const stored = file
        .prepare('SELECT id, status, ai_summary, finalized_at FROM voice_calls WHERE twilio_call_sid = ?')
        .get(call.callSid) as { id: string; status: string; ai_summary: string; finalized_at: string | null };
      expect(stored).toMatchObject({ status: 'completed', finalized_at: expect.any(String) });
      expect(stored.ai_summary).toContain('12 Oak Street');
      const said = file
        .prepare("SELECT text FROM call_turns WHERE call_id = ? AND speaker = 'caller' ORDER BY seq")
        .pluck()
        .all(stored.id);
      expect(said).toEqual(['I need a roof quote', 'yeah this is Dana', '12 Oak Street']);
      expect(file.prepare('SELECT name FROM leads').pluck().all()).toEqual(['Dana']);
    } finally {
      file.close();
    }
  });

  it('a voicemail that cannot be stored is thanked and hung up, never asked for again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pickup-disk-'));
    store = openStore(join(dir, 'pickup.db'), { maxPendingWrites: 0 });
    const offline = createOfflineBrain();
    const logs: string[] = [];
    const engine = createCallEngine({
      store,
      brain: offline,
      fallbackBrain: offline,
      callAnalyst: null,
      urlFor: urlBuilder('http://127.0.0.1:9'),
      events: createEventBus(),
      now: () => saturdayNight,
      sendSms: async () => null,
      log: (message) => logs.push(message),
    });
    fileOf(store).pragma('query_only = ON');

    const twiml = await engine.recording(
      { CallSid: 'CA1', From: '+13035550142', RecordingSid: 'RE1', RecordingUrl: 'https://api.twilio.com/RE1' },
      { source: 'voicemail' },
    );
    expect(twiml).toContain('Thanks, we got your message. Goodbye!');
    expect(twiml).toContain('<Hangup/>');
    expect(twiml).not.toContain('<Record');
    expect(logs).toContain('recording not stored');
  });
});
