import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from './store';

let store: Store;
const t0 = '2026-11-25T03:00:00.000Z';

beforeEach(() => {
  store = openStore(':memory:');
});

const newCall = (sid: string, startedAt = t0) => {
  const lead = store.leads.findOrCreate('+13035550142', startedAt);
  return store.calls.create({
    twilioCallSid: sid,
    from: '+13035550142',
    to: '+13035550100',
    leadId: lead.id,
    handledBy: 'ai',
    status: 'ringing',
    startedAt,
  });
};

describe('CallsRepo', () => {
  it('creates one call per CallSid, however often Twilio retries the webhook', () => {
    const first = newCall('CA1');
    const again = newCall('CA1');
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.call.id).toBe(first.call.id);
    expect(store.calls.list({ limit: 50 })).toHaveLength(1);
  });

  it('appends turns in order, one row each, never rewriting earlier ones', () => {
    const { call } = newCall('CA1');
    store.calls.appendTurns(call.id, [{ speaker: 'ai', text: 'Hi!', at: t0 }]);
    store.calls.appendTurns(
      call.id,
      [
        { speaker: 'caller', text: 'I need a roof quote', at: t0 },
        { speaker: 'ai', text: 'Can I get your name?', at: t0 },
      ],
      { callerIntent: 'quote' },
    );
    expect(store.calls.turns(call.id).map((t) => t.text)).toEqual(['Hi!', 'I need a roof quote', 'Can I get your name?']);
    expect(store.calls.findById(call.id)?.callerIntent).toBe('quote');
  });

  it('ignores an older or repeated status SequenceNumber', () => {
    const { call } = newCall('CA1');
    expect(store.calls.applyStatus(call.id, { status: 'in-progress', sequence: 1, duration: null, at: t0 })).toEqual({
      applied: true,
      ended: false,
    });
    expect(store.calls.applyStatus(call.id, { status: 'ringing', sequence: 0, duration: null, at: t0 })).toEqual({
      applied: false,
      ended: false,
    });
    expect(store.calls.findById(call.id)?.status).toBe('in-progress');
  });

  it('never moves a terminal status back, and ends a call only once', () => {
    const { call } = newCall('CA1');
    expect(store.calls.applyStatus(call.id, { status: 'completed', sequence: 2, duration: 95, at: t0 }).ended).toBe(true);
    expect(store.calls.applyStatus(call.id, { status: 'completed', sequence: 2, duration: 95, at: t0 }).applied).toBe(false);
    expect(store.calls.applyStatus(call.id, { status: 'in-progress', sequence: 3, duration: null, at: t0 }).applied).toBe(false);
    const stored = store.calls.findById(call.id);
    expect(stored).toMatchObject({ status: 'completed', duration: 95, endedAt: t0 });
  });

  it('records a recording once per RecordingSid', () => {
    const { call } = newCall('CA1');
    const recording = {
      recordingSid: 'RE1',
      callId: call.id,
      url: 'https://api.twilio.com/x/RE1',
      duration: 12,
      source: 'voicemail' as const,
      status: 'pending' as const,
      at: t0,
    };
    expect(store.calls.addRecording(recording)).toBe(true);
    expect(store.calls.addRecording(recording)).toBe(false);
    expect(store.calls.detail(call.id)?.recordings).toHaveLength(1);
    expect(store.calls.findById(call.id)).toMatchObject({ recordingSid: 'RE1', recordingUrl: 'https://api.twilio.com/x/RE1' });
  });

  it('lists newest first with a before cursor, and finds calls by what was said or summarised', () => {
    const a = newCall('CA1', '2026-11-20T10:00:00.000Z').call;
    const b = newCall('CA2', '2026-11-21T10:00:00.000Z').call;
    const c = newCall('CA3', '2026-11-22T10:00:00.000Z').call;
    store.calls.appendTurns(a.id, [{ speaker: 'caller', text: 'My basement is flooding', at: t0 }]);
    store.calls.update(b.id, { aiSummary: 'Wants gutters replaced before winter.' });
    expect(store.calls.list({ limit: 50 }).map((x) => x.id)).toEqual([c.id, b.id, a.id]);
    expect(store.calls.list({ limit: 1, before: '2026-11-22T10:00:00.000Z' }).map((x) => x.id)).toEqual([b.id]);
    expect(store.calls.list({ limit: 50, search: 'flood' }).map((x) => x.id)).toEqual([a.id]);
    expect(store.calls.list({ limit: 50, search: 'gutter' }).map((x) => x.id)).toEqual([b.id]);
    expect(store.calls.list({ limit: 50, search: '"NEAR(*' })).toEqual([]);
  });

  it('deletes a call with its turns and recordings and names the audio files to remove', () => {
    const { call } = newCall('CA1');
    store.calls.appendTurns(call.id, [{ speaker: 'caller', text: 'hello', at: t0 }]);
    store.calls.addRecording({
      recordingSid: 'RE1',
      callId: call.id,
      url: 'u',
      duration: 3,
      source: 'call',
      status: 'pending',
      at: t0,
    });
    store.calls.markRecordingStored('RE1', '/data/recordings/RE1.wav', 3);
    expect(store.calls.delete(call.id)).toEqual(['/data/recordings/RE1.wav']);
    expect(store.db.prepare('SELECT count(*) FROM call_turns').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM recordings').pluck().get()).toBe(0);
    expect(store.calls.delete(call.id)).toBeNull();
  });
});

describe('CallsRepo search', () => {
  it('returns the newest matching calls first, each once, however many of its turns match', () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const { call } = newCall(`CA${i}`, new Date(Date.parse('2026-11-01T00:00:00Z') + i * 3_600_000).toISOString());
      store.calls.appendTurns(call.id, [
        { speaker: 'caller', text: i % 3 === 0 ? 'my skylight leaks' : 'I need a deck', at: t0 },
        { speaker: 'ai', text: i % 3 === 0 ? 'A leaking skylight, got it' : 'Got it', at: t0 },
      ]);
      ids.push(call.id);
    }
    const skylightCalls = ids.filter((_, i) => i % 3 === 0).reverse();
    expect(store.calls.list({ limit: 4, search: 'skylight' }).map((c) => c.id)).toEqual(skylightCalls.slice(0, 4));
    expect(store.calls.list({ limit: 50, search: 'skylight' }).map((c) => c.id)).toEqual(skylightCalls);
    const cursor = store.calls.findById(skylightCalls[3]!)!.startedAt;
    expect(store.calls.list({ limit: 2, search: 'skylight', before: cursor }).map((c) => c.id)).toEqual(
      skylightCalls.slice(4, 6),
    );
  });

  it("finds a caller by their number's digits whatever the summary says, with the word hits, newest first", () => {
    const callFrom = (sid: string, from: string, startedAt: string) =>
      store.calls.create({
        twilioCallSid: sid,
        from,
        to: '+13035550100',
        leadId: null,
        handledBy: 'ai',
        status: 'completed',
        startedAt,
      }).call;
    const older = callFrom('CA1', '+13035550199', '2026-11-20T10:00:00.000Z');
    const other = callFrom('CA2', '+13035550142', '2026-11-21T10:00:00.000Z');
    const newer = callFrom('CA3', '+17205550100', '2026-11-22T10:00:00.000Z');
    store.calls.update(older.id, { aiSummary: 'Wants a gutter quote.' });
    store.calls.update(other.id, { aiSummary: 'Asked about decks.' });
    store.calls.update(newer.id, { aiSummary: 'Calling for a neighbour; call back on (303) 555-0199.' });
    for (const search of ['5550199', '+1 303 555 0199'])
      expect(
        store.calls.list({ limit: 50, search }).map((c) => c.id),
        search,
      ).toEqual([older.id]);
    // Typed as the summary writes it, the words find the neighbour's call too.
    for (const search of ['(303) 555-0199', '555 0199'])
      expect(
        store.calls.list({ limit: 50, search }).map((c) => c.id),
        search,
      ).toEqual([newer.id, older.id]);
    expect(store.calls.list({ limit: 1, search: '555 0199' }).map((c) => c.id)).toEqual([newer.id]);
    expect(store.calls.list({ limit: 50, search: '555 0199', before: newer.startedAt }).map((c) => c.id)).toEqual([older.id]);
    expect(store.calls.list({ limit: 50, search: '5550199', outcome: 'spam' })).toEqual([]);
    expect(store.calls.list({ limit: 50, search: '199' })).toEqual([]);
  });
});
