import { afterEach, describe, expect, it } from 'vitest';
import { apiJson } from '../../../test/support/apiJson';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { recordingMediaUrl } from './downloadRecordings';
import { startRecordingMediaServer, type RecordingMediaServer } from '../../../test/support/recordingMediaServer';

describe('recordingMediaUrl', () => {
  const url = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1';

  it("asks Twilio's API host for the WAV, or the stand-in for it with the same path", () => {
    expect(recordingMediaUrl(url)).toBe(`${url}.wav`);
    expect(recordingMediaUrl(`${url}.mp3`)).toBe(`${url}.wav`);
    expect(recordingMediaUrl(url, 'http://127.0.0.1:4010/twilio/')).toBe(
      'http://127.0.0.1:4010/twilio/2010-04-01/Accounts/AC1/Recordings/RE1.wav',
    );
  });

  it('refuses any other host, so the account credentials never leave for one', () => {
    expect(recordingMediaUrl('https://evil.example/2010-04-01/Recordings/RE1')).toBeNull();
    expect(recordingMediaUrl('http://api.twilio.com/2010-04-01/Recordings/RE1')).toBeNull();
    expect(recordingMediaUrl('not a url')).toBeNull();
  });
});

let core: TestCore | undefined;
let media: RecordingMediaServer | undefined;
afterEach(async () => {
  await core?.stop();
  await media?.close();
});

async function leaveVoicemail(test: TestCore) {
  const call = test.call();
  await call.start();
  await call.say('can I talk to a person');
  await call.say("it's sam lee");
  await call.leaveVoicemail('please call me back about the leak');
  await test.settle();
  const [stored] = (await (await test.api('/api/calls')).json()) as { id: string; hasRecording: boolean }[];
  return stored!;
}

describe('recording downloads', () => {
  it('downloads an announced recording with the account credentials and stores it for playback', async () => {
    media = await startRecordingMediaServer('test-auth-token');
    core = await startTestCore({}, { env: { TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`, PICKUP_TWILIO_API_URL: media.url } });
    const { id } = await leaveVoicemail(core);

    await expect.poll(async () => (await apiJson('getCall', core!.api(`/api/calls/${id}`))).hasRecording).toBe(true);
    const audio = await core.api(`/api/calls/${id}/recording`);
    expect(new Uint8Array(await audio.arrayBuffer())).toEqual(media.wav);
    expect(media.requests.filter((path) => path.endsWith('.wav'))).toHaveLength(1);
  });

  it('leaves a recording pending when Twilio cannot serve it, and says so', async () => {
    media = await startRecordingMediaServer('test-auth-token', ['error']);
    core = await startTestCore({}, { env: { TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`, PICKUP_TWILIO_API_URL: media.url } });
    const { id } = await leaveVoicemail(core);

    await expect.poll(() => core!.logs.some((line) => line.includes('recording download failed'))).toBe(true);
    const detail = await apiJson('getCall', core.api(`/api/calls/${id}`));
    expect(detail.hasRecording).toBe(false);
    expect(detail.recordings).toEqual([expect.objectContaining({ status: 'pending' })]);
  });

  it('without a Twilio account, leaves recordings pending', async () => {
    core = await startTestCore();
    const { id } = await leaveVoicemail(core);
    expect((await apiJson('getCall', core.api(`/api/calls/${id}`))).recordings).toEqual([
      expect.objectContaining({ status: 'pending' }),
    ]);
  });
});
