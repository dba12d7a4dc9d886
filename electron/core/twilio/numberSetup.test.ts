import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/store';
import {
  startTwilioApiMock,
  twilioSpecAvailable,
  twilioSpecMissing,
  type TwilioApiMock,
} from '../../../test/support/twilioApiMock';
import { desiredNumberConfig, numberConfigChanges, offlineVoicemailUrl, pointsAt } from './numberConfig';
import { createNumberSetup, voiceConfigOf } from './numberSetup';
import { fixedTwilioAccess } from './twilioAccess';

const accountSid = `AC${'a'.repeat(32)}`;
const numberSid = `PN${'a'.repeat(32)}`;

describe('the number configuration Pickup needs', () => {
  const unset = {
    voiceUrl: '',
    voiceMethod: '',
    voiceFallbackUrl: '',
    voiceFallbackMethod: '',
    statusCallback: '',
    statusCallbackMethod: '',
    voiceApplicationSid: '',
    trunkSid: '',
  };

  it('points voice and status at the public URL, and clears an application or trunk that would override them', () => {
    const target = desiredNumberConfig('https://pickup.ngrok.app/', 'Summit Roofing');
    expect(target).toMatchObject({
      voiceUrl: 'https://pickup.ngrok.app/api/webhooks/twilio/voice',
      statusCallback: 'https://pickup.ngrok.app/api/webhooks/twilio/voice/status',
      voiceMethod: 'POST',
    });
    const changes = numberConfigChanges(
      { ...unset, voiceApplicationSid: `AP${'1'.repeat(32)}`, trunkSid: `TK${'1'.repeat(32)}` },
      target,
    );
    expect(changes).toMatchObject({ voiceApplicationSid: '', trunkSid: '' });
    expect(numberConfigChanges(target, target)).toEqual({});
    expect(pointsAt(target, 'https://pickup.ngrok.app')).toBe(true);
    expect(pointsAt({ ...target, voiceApplicationSid: 'AP1' }, 'https://pickup.ngrok.app')).toBe(false);
  });

  it('falls back to a voicemail TwiML that Twilio hosts, with the business name escaped', () => {
    const url = new URL(offlineVoicemailUrl('Smith & Sons <Roofing>'));
    expect(url.host).toBe('twimlets.com');
    const twiml = url.searchParams.get('Twiml')!;
    expect(twiml).toContain('Smith &amp; Sons &lt;Roofing&gt;');
    expect(twiml).toMatch(/<Record [^>]*action="https:\/\/twimlets\.com\/echo\?Twiml=/);
  });
});

describe.skipIf(!twilioSpecAvailable)("number setup against Twilio's API (Prism, from Twilio's OpenAPI file)", () => {
  let mock: TwilioApiMock;
  let store: Store;
  let publicUrl = 'https://first.ngrok.app';
  const setup = () =>
    createNumberSetup({
      twilio: fixedTwilioAccess({ accountSid, authToken: 'secret', apiUrl: mock.url }),
      store,
      publicUrl: () => publicUrl,
      now: () => new Date('2026-03-02T10:00:00Z'),
      log: () => {},
    });

  beforeAll(async () => {
    mock = await startTwilioApiMock();
    store = openStore(':memory:');
  }, 90_000);
  afterAll(async () => {
    store.close();
    await mock.close();
  });

  it('verifies the credentials and lists the voice numbers', async () => {
    expect(await setup().verifyCredentials()).toMatchObject({ ok: true });
    const numbers = await setup().listNumbers();
    expect(numbers).toEqual([expect.objectContaining({ sid: numberSid, phoneNumber: '+18089255327', pointsAtPickup: false })]);
    expect(mock.rejected()).toEqual([]);
  });

  it('configures the chosen number with parameters Twilio accepts, remembers the old config, and re-points on a new URL', async () => {
    mock.override((request) =>
      request.method === 'GET' && request.path.endsWith(`${numberSid}.json`) ? { status: 200, body: exampleNumber() } : null,
    );
    const configured = await setup().configure(numberSid);
    expect(configured).toEqual({ sid: numberSid, phoneNumber: '+18089255327', pointedAt: publicUrl, canRestore: true });
    const update = mock.requests
      .filter((r) => r.method === 'POST' && r.path.endsWith(`/IncomingPhoneNumbers/${numberSid}.json`))
      .at(-1)!;
    expect(Object.fromEntries(update.form)).toMatchObject({
      VoiceUrl: 'https://first.ngrok.app/api/webhooks/twilio/voice',
      StatusCallback: 'https://first.ngrok.app/api/webhooks/twilio/voice/status',
      VoiceFallbackMethod: 'GET',
    });
    // Only what differs is written: the voice method was POST already.
    expect(update.form.has('VoiceMethod')).toBe(false);
    expect(update.form.get('VoiceFallbackUrl')).toMatch(/^https:\/\/twimlets\.com\/echo\?Twiml=/);
    expect(store.settings.get().twilioPhoneNumber).toBe('+18089255327');
    expect(store.phoneLine.get()?.previousConfig).toEqual(voiceConfigOf(toSdkFields(exampleNumber())));

    expect(await setup().repoint()).toBe(false);
    publicUrl = 'https://second.ngrok.app';
    const before = mock.requests.length;
    expect(await setup().repoint()).toBe(true);
    const repointed = mock.requests.slice(before).find((r) => r.method === 'POST')!;
    expect(repointed.form.get('VoiceUrl')).toBe('https://second.ngrok.app/api/webhooks/twilio/voice');
    expect(store.phoneLine.get()?.pointedAt).toBe('https://second.ngrok.app');
    mock.override(null);
    expect(mock.rejected()).toEqual([]);
  });

  it('restores what the number had before', async () => {
    // Twilio (as mocked) now reports the configuration Pickup wrote.
    const ours = {
      voice_url: 'https://second.ngrok.app/api/webhooks/twilio/voice',
      voice_fallback_url: offlineVoicemailUrl('Summit Roofing'),
      voice_fallback_method: 'GET',
      status_callback: 'https://second.ngrok.app/api/webhooks/twilio/voice/status',
    };
    mock.override((request) =>
      request.method === 'GET' && request.path.endsWith(`${numberSid}.json`)
        ? { status: 200, body: { ...exampleNumber(), ...ours } }
        : null,
    );
    const before = mock.requests.length;
    await setup().restore();
    mock.override(null);
    const restore = mock.requests.slice(before).find((r) => r.method === 'POST')!;
    expect(Object.fromEntries(restore.form)).toEqual({
      VoiceUrl: 'https://handler.twilio.com/twiml/EH00000000000000000000000000000000',
      VoiceFallbackUrl: 'https://old.example.com/fallback',
      VoiceFallbackMethod: 'POST',
      StatusCallback: 'https://old.example.com/status',
    });
    expect(store.phoneLine.get()).toBeNull();
    await expect(setup().restore()).rejects.toThrow(/no previous configuration/);
    expect(mock.rejected()).toEqual([]);
  });
});

/**
 * The number as the owner had it before Pickup: a TwiML Bin. (Twilio accepts an empty string to
 * clear a URL, but its OpenAPI file does not, so the restore test starts from set URLs.)
 */
function exampleNumber() {
  return {
    sid: numberSid,
    account_sid: accountSid,
    phone_number: '+18089255327',
    friendly_name: '(808) 925-5327',
    capabilities: { voice: true, sms: false, mms: true, fax: false },
    voice_url: 'https://handler.twilio.com/twiml/EH00000000000000000000000000000000',
    voice_method: 'POST',
    voice_fallback_url: 'https://old.example.com/fallback',
    voice_fallback_method: 'POST',
    status_callback: 'https://old.example.com/status',
    status_callback_method: 'POST',
    voice_application_sid: '',
    trunk_sid: null,
  };
}

const toSdkFields = (n: ReturnType<typeof exampleNumber>) => ({
  voiceUrl: n.voice_url,
  voiceMethod: n.voice_method,
  voiceFallbackUrl: n.voice_fallback_url,
  voiceFallbackMethod: n.voice_fallback_method,
  statusCallback: n.status_callback,
  statusCallbackMethod: n.status_callback_method,
  voiceApplicationSid: n.voice_application_sid,
  trunkSid: n.trunk_sid,
});

if (!twilioSpecAvailable) console.warn(twilioSpecMissing);
