import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toneWav } from '../../../test/support/toneWav';
import { storeRecordingAudio } from '../recordings/storeRecordingAudio';
import { apiJson, errorJson } from '../../../test/support/apiJson';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { playScript } from '../twilio/simulator/simulatedCall';

let core: TestCore;
beforeEach(async () => {
  core = await startTestCore();
});
afterEach(async () => {
  await core.stop();
});

const send = (path: string, method: string, body?: unknown) =>
  core.api(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

async function playCall(from: string, lines: string[]) {
  const call = core.call({ from });
  await playScript(call, lines);
  await core.settle();
  return call;
}

describe('dashboard API', () => {
  it('filters calls by intent, outcome, callback request and lead', async () => {
    await playCall('+13035550142', [
      'I need a roof quote',
      'this is Dana',
      '12 Oak Street',
      'call me back after 5',
      'yes',
      "no that's all",
    ]);
    // An unanswered question is promised a callback from the owner, so this caller just leaves.
    await playCall('+13035550143', ['I need my gutters cleaned', "actually never mind, I'll call back later", 'bye']);
    const all = await apiJson('listCalls', core.api('/api/calls'));
    expect(all).toHaveLength(2);
    const dana = all.find((c) => c.callbackRequested)!;

    expect((await apiJson('listCalls', core.api('/api/calls?callbackRequested=true'))).map((c: { id: string }) => c.id)).toEqual([
      dana.id,
    ]);
    expect(
      await apiJson('listCalls', core.api(`/api/calls?intent=${dana.callerIntent}&callbackRequested=false`)),
    ).not.toContainEqual(expect.objectContaining({ id: dana.id }));
    expect((await apiJson('listCalls', core.api(`/api/calls?leadId=${dana.leadId}`))).map((c: { id: string }) => c.id)).toEqual([
      dana.id,
    ]);
    expect(
      (await apiJson('listCalls', core.api('/api/calls?search=oak&callbackRequested=true'))).map((c: { id: string }) => c.id),
    ).toEqual([dana.id]);

    const bad = await core.api('/api/calls?intent=gossip');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'intent' });
  });

  it("lists leads with their latest call's callback request, and lets the owner set status and notes", async () => {
    await playCall('+13035550142', [
      'I need a roof quote',
      'this is Dana',
      '12 Oak Street',
      'call me back after 5',
      'yes',
      "no that's all",
    ]);
    const lead = (await apiJson('listLeads', core.api('/api/leads')))[0]!;
    expect(lead).toMatchObject({
      name: 'Dana',
      status: 'new',
      callbackRequested: true,
      callCount: 1,
      lastCallId: expect.any(String),
    });

    const updated = await apiJson(
      'updateLead',
      send(`/api/leads/${lead.id}`, 'PATCH', { status: 'contacted', notes: '  Quote Tuesday  ' }),
    );
    expect(updated).toMatchObject({ status: 'contacted', notes: 'Quote Tuesday', name: 'Dana' });
    expect(await apiJson('updateLead', send(`/api/leads/${lead.id}`, 'PATCH', { notes: '' }))).toMatchObject({
      status: 'contacted',
      notes: null,
    });

    const bad = await send(`/api/leads/${lead.id}`, 'PATCH', { status: 'maybe' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'status' });
    expect((await send('/api/leads/nope', 'PATCH', { status: 'won' })).status).toBe(404);
  });

  it('edits knowledge entries, and answers "what would the receptionist say?" from them', async () => {
    const entry = await apiJson(
      'addKnowledge',
      send('/api/knowledge', 'POST', { category: 'Services', content: 'We repair roofs.' }),
    );
    const edited = await apiJson(
      'updateKnowledge',
      send(`/api/knowledge/${entry.id}`, 'PUT', {
        category: 'Services',
        content: 'We install and clean gutters, and repair roofs.',
      }),
    );
    expect(edited).toMatchObject({ id: entry.id, content: 'We install and clean gutters, and repair roofs.' });
    expect((await send('/api/knowledge/nope', 'PUT', { category: 'a', content: 'b' })).status).toBe(404);

    const answer = await apiJson('askReceptionist', send('/api/knowledge/ask', 'POST', { question: 'Do you clean gutters?' }));
    expect(answer.brain).toBe('offline');
    expect(answer.answer).toContain('gutters');
    expect(answer.sources).toEqual([expect.objectContaining({ id: entry.id })]);
    expect((await send('/api/knowledge/ask', 'POST', { question: ' ' })).status).toBe(400);
  });

  it('reports what the core runs on without revealing any secret', async () => {
    const status = await apiJson('getStatus', core.api('/api/status'));
    expect(status).toEqual({
      brain: 'offline',
      openAiKeySet: false,
      twilioCredentialsSet: false,
      localSigning: false,
      publicUrl: core.publicUrl,
      webhookUrl: `${core.publicUrl}/api/webhooks/twilio/voice`,
      storage: { ok: true, pendingWrites: 0 },
    });
    expect(JSON.stringify(status)).not.toContain(core.authToken);
  });

  it('plays a test call against the real webhooks, turn by turn, and hangs it up', async () => {
    expect(await apiJson('getTestCall', core.api('/api/test-call'))).toBeNull();
    const started = await apiJson('startTestCall', send('/api/test-call', 'POST', {}));
    expect(started).toMatchObject({ state: 'listening', from: '+13035550199', callId: expect.any(String) });

    const after = await apiJson('sayInTestCall', send('/api/test-call/say', 'POST', { text: 'I need a roof quote' }));
    expect(after.state).toBe('listening');
    const detail = await apiJson('getCall', core.api(`/api/calls/${started.callId}`));
    expect(detail.turns.map((t: { text: string }) => t.text)).toContain('I need a roof quote');
    // Marked as a test call in the history, where a real caller's call is not.
    expect(detail.isTest).toBe(true);
    const real = await playCall('+13035550142', ['I need a gutter repair']);
    expect(
      (await apiJson('listCalls', core.api('/api/calls'))).map((c: { twilioCallSid: string; isTest: boolean }) => [
        c.twilioCallSid,
        c.isTest,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [real.callSid, false],
        [detail.twilioCallSid, true],
      ]),
    );
    const leads = (await apiJson('listLeads', core.api('/api/leads'))) as { phone: string; testOnly: boolean }[];
    expect(leads.map((l) => [l.phone, l.testOnly]).sort()).toEqual([
      ['+13035550142', false],
      ['+13035550199', true],
    ]);

    expect(await apiJson('hangUpTestCall', send('/api/test-call', 'DELETE'))).toMatchObject({ state: 'ended' });
    await core.settle();
    expect((await apiJson('getCall', core.api(`/api/calls/${started.callId}`))).endedAt).not.toBeNull();
    expect((await send('/api/test-call/say', 'POST', { text: 'hello?' })).status).toBe(409);
    expect((await send('/api/test-call', 'POST', { from: '12' })).status).toBe(400);
  });

  it('takes over the live test call: the transfer rings the owner, who answers', async () => {
    const started = await apiJson('startTestCall', send('/api/test-call', 'POST', {}));
    expect(await apiJson('takeOverCall', send(`/api/calls/${started.callId}/take-over`, 'POST'))).toEqual({ transferring: true });
    const test = await apiJson('getTestCall', core.api('/api/test-call'));
    expect(test?.state).toBe('ended');
    expect(test?.notes).toEqual(['Rang (303) 555-0111: you answered and took the call']);
    await core.settle();
    expect(await apiJson('getCall', core.api(`/api/calls/${started.callId}`))).toMatchObject({
      outcome: 'transferred',
      transferredTo: '+13035550111',
    });
    expect((await send(`/api/calls/${started.callId}/take-over`, 'POST')).status).toBe(409);
  });

  it("takes over a real call through Twilio's live call update, pointing it at the transfer webhook", async () => {
    const updates: { path: string; form: URLSearchParams }[] = [];
    const twilio = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        updates.push({ path: req.url ?? '', form: new URLSearchParams(body) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sid: 'CA1', status: 'in-progress' }));
      });
    });
    await new Promise<void>((resolve) => twilio.listen(0, '127.0.0.1', resolve));
    const accountSid = `AC${'2'.repeat(32)}`;
    const withAccount = await startTestCore(
      {},
      {
        env: {
          TWILIO_ACCOUNT_SID: accountSid,
          PICKUP_TWILIO_API_URL: `http://127.0.0.1:${(twilio.address() as AddressInfo).port}`,
        },
      },
    );
    try {
      const call = withAccount.call();
      await call.start();
      const live = (await apiJson('listCalls', withAccount.api('/api/calls')))[0]!;
      expect(await apiJson('takeOverCall', withAccount.api(`/api/calls/${live.id}/take-over`, { method: 'POST' }))).toEqual({
        transferring: true,
      });
      expect(updates).toEqual([
        { path: `/2010-04-01/Accounts/${accountSid}/Calls/${call.callSid}.json`, form: expect.any(URLSearchParams) },
      ]);
      expect(Object.fromEntries(updates[0]!.form)).toEqual({
        Url: `${withAccount.publicUrl}/api/webhooks/twilio/voice/transfer`,
        Method: 'POST',
      });
    } finally {
      await withAccount.stop();
      await new Promise<void>((resolve) => twilio.close(() => resolve()));
    }
  });

  it('refuses to take over a call it cannot reach without a Twilio account', async () => {
    const call = core.call();
    await call.start();
    const live = (await apiJson('listCalls', core.api('/api/calls')))[0]!;
    const response = await send(`/api/calls/${live.id}/take-over`, 'POST');
    expect(response.status).toBe(409);
    expect((await errorJson(response)).error).toMatch(/needs your Twilio account: connect it in Settings, Connections/);
  });

  it('serves a stored recording, and deleting the call deletes its audio', async () => {
    const call = core.call();
    await playScript(call, ['can I talk to a person', "it's sam lee", 'Please call me back about the leak']);
    await core.settle();
    const stored = (await apiJson('listCalls', core.api('/api/calls')))[0]!;
    const recordingSid = call.events.flatMap((e) => (e.type === 'record' ? [e.recordingSid] : []))[0]!;
    expect((await core.api(`/api/calls/${stored.id}/recording`)).status).toBe(404);

    const wav = toneWav(1);
    const { path } = await storeRecordingAudio(
      { store: core.store, dataDir: core.dataDir },
      { recordingSid, audio: wav, format: 'wav' },
    );
    const response = await core.api(`/api/calls/${stored.id}/recording`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(wav);
    expect((await apiJson('getCall', core.api(`/api/calls/${stored.id}`))).hasRecording).toBe(true);

    expect((await send(`/api/calls/${stored.id}`, 'DELETE')).status).toBe(200);
    expect(existsSync(path)).toBe(false);
  });

  it('stores audio only for a recording Twilio announced, under its own SID as the file name', async () => {
    const deps = { store: core.store, dataDir: core.dataDir };
    const audio = toneWav(0.1);
    await expect(storeRecordingAudio(deps, { recordingSid: '../../etc/passwd', audio, format: 'wav' })).rejects.toThrow(
      'not a Twilio RecordingSid',
    );
    await expect(storeRecordingAudio(deps, { recordingSid: `RE${'0'.repeat(32)}`, audio, format: 'wav' })).rejects.toThrow(
      'no recording',
    );
  });
});
