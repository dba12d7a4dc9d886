import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, apiMethods, type ApiMethod, type PickupApi } from '../shared/api';
import { startTestCore, type TestCore } from '../../test/support/testCore';
import { storeRecordingAudio } from '../core/recordings/storeRecordingAudio';
import { toneWav } from '../../test/support/toneWav';
import { playScript } from '../core/twilio/simulator/simulatedCall';
import { createHttpClient } from '../../renderer/src/api/httpClient';

let core: TestCore;
let api: PickupApi;

beforeAll(async () => {
  core = await startTestCore();
  const login = await fetch(`${core.appUrl}/?token=${encodeURIComponent(core.apiToken)}`, { redirect: 'manual' });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  // What a browser adds to the dashboard's own requests: its session cookie and its origin.
  const realFetch = globalThis.fetch;
  const browserFetch: typeof fetch = (url, init = {}) =>
    realFetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), cookie, origin: core.appUrl } });
  vi.stubGlobal('fetch', browserFetch);
  api = createHttpClient(core.appUrl);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await core?.stop();
});

const refusal = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (error: unknown) => error,
  );

describe('every method of the contract, through the HTTP client, against a real core', () => {
  it('reaches its handler on its declared route', async () => {
    const reached = new Set<ApiMethod>();
    const check = <M extends ApiMethod>(method: M) => {
      reached.add(method);
      return api[method];
    };

    expect(await check('getSettings')(undefined)).toMatchObject({ businessName: 'Summit Roofing' });
    expect(await check('updateSettings')({ ownerName: 'Mike R.' })).toMatchObject({ ownerName: 'Mike R.' });
    expect(await refusal(check('updateSettings')({ forwardingNumber: '12' }))).toMatchObject({
      status: 400,
      field: 'forwardingNumber',
    });
    expect(await check('getStatus')(undefined)).toMatchObject({ brain: 'offline' });

    const entry = await check('addKnowledge')({ category: 'Services', content: 'We clean gutters.' });
    expect(await check('listKnowledge')(undefined)).toEqual([entry]);
    expect(
      await check('updateKnowledge')({ id: entry.id, category: entry.category, content: 'We clean and fix gutters.' }),
    ).toMatchObject({
      id: entry.id,
      content: 'We clean and fix gutters.',
    });
    expect(await check('askReceptionist')({ question: 'Do you fix gutters?' })).toMatchObject({ brain: 'offline' });
    expect(await check('deleteKnowledge')({ id: entry.id })).toEqual({ deleted: true });

    expect(await check('getTestCall')(undefined)).toBeNull();
    const test = await check('startTestCall')({});
    expect(await check('sayInTestCall')({ text: 'I need a roof quote' })).toMatchObject({ state: 'listening' });
    expect(await check('takeOverCall')({ id: test.callId! })).toEqual({ transferring: true });
    expect(await check('hangUpTestCall')(undefined)).toMatchObject({ state: 'ended' });
    await core.settle();

    const call = core.call({ from: '+13035550142' });
    await playScript(call, ['can I talk to a person', "it's sam lee", 'Please call me back about the leak']);
    await core.settle();
    const [stored] = await check('listCalls')({ search: 'leak' });
    expect(await check('getCall')({ id: stored!.id })).toMatchObject({ id: stored!.id, lead: { phone: '+13035550142' } });
    const recordingSid = call.events.flatMap((e) => (e.type === 'record' ? [e.recordingSid] : []))[0]!;
    const wav = toneWav(0.1);
    await storeRecordingAudio({ store: core.store, dataDir: core.dataDir }, { recordingSid, audio: wav, format: 'wav' });
    expect(await check('getRecording')({ id: stored!.id })).toMatchObject({ contentType: 'audio/wav', bytes: wav });

    const lead = (await check('listLeads')(undefined)).find((l) => l.phone === '+13035550142')!;
    expect(await check('updateLead')({ id: lead.id, status: 'contacted' })).toMatchObject({ status: 'contacted' });
    expect(await check('deleteCall')({ id: stored!.id })).toEqual({ deleted: true });
    expect(await refusal(check('getCall')({ id: stored!.id }))).toMatchObject({ status: 404, field: 'id' });

    expect(await check('getPhoneLine')(undefined)).toBeTruthy();
    expect(await check('checkSetup')(undefined)).toBeTruthy();
    // Without a Twilio account these are refused by their handlers, with the reason.
    for (const method of ['listTwilioNumbers', 'restoreTwilioNumber'] as const) {
      const error = await refusal(check(method)(undefined));
      expect(error, method).toBeInstanceOf(ApiError);
      expect((error as ApiError).status, method).toBe(409);
    }
    expect(await refusal(check('configureTwilioNumber')({ sid: 'nope' }))).toMatchObject({ status: 400, field: 'sid' });

    expect(await check('getConnections')(undefined)).toMatchObject({ twilio: { connected: false } });
    expect(await refusal(check('connectTwilio')({ accountSid: 'x', authToken: 'y' }))).toMatchObject({ status: 400 });
    expect(await refusal(check('connectOpenAi')({ apiKey: 'x' }))).toMatchObject({ status: 400, field: 'apiKey' });
    expect(await refusal(check('connectNgrok')({ authtoken: 'x' }))).toMatchObject({ status: 400, field: 'authtoken' });
    expect(await refusal(check('disconnectAccount')({ name: 'nope' as 'ngrok' }))).toMatchObject({
      status: 400,
      field: 'name',
    });

    expect([...reached].sort()).toEqual(Object.keys(apiMethods).sort());
  });
});
