import { ApiError } from '../../shared/api';
import type { ConfiguredNumber, NumberVoiceConfig, TwilioNumber } from '../../shared/phoneLine';
import type { Store } from '../store/store';
import { desiredNumberConfig, numberConfigChanges, pointsAt } from './numberConfig';
import type { TwilioAccess } from './twilioAccess';
import { describeTwilioFailure } from './twilioFailure';

export interface NumberSetupDeps {
  /** The account in force at each request: the owner may connect it while Pickup runs. */
  twilio: TwilioAccess;
  store: Store;
  publicUrl: () => string;
  now: () => Date;
  log: (message: string, details?: Record<string, unknown>) => void;
}

interface NumberFields {
  voiceUrl?: string | null;
  voiceMethod?: string | null;
  voiceFallbackUrl?: string | null;
  voiceFallbackMethod?: string | null;
  statusCallback?: string | null;
  statusCallbackMethod?: string | null;
  voiceApplicationSid?: string | null;
  trunkSid?: string | null;
}

/** The SDK's instance reduced to the voice routing fields (Twilio sends null for unset ones). */
export function voiceConfigOf(number: NumberFields): NumberVoiceConfig {
  return {
    voiceUrl: number.voiceUrl ?? '',
    voiceMethod: number.voiceMethod ?? '',
    voiceFallbackUrl: number.voiceFallbackUrl ?? '',
    voiceFallbackMethod: number.voiceFallbackMethod ?? '',
    statusCallback: number.statusCallback ?? '',
    statusCallbackMethod: number.statusCallbackMethod ?? '',
    voiceApplicationSid: number.voiceApplicationSid ?? '',
    trunkSid: number.trunkSid ?? '',
  };
}

const needsAccount = () =>
  new ApiError(409, 'Setting up your number needs your Twilio account: connect it first (Settings, Connections).');

/** A Twilio request the owner asked for: a failure is a 502 with Twilio's reason, never a 500. */
async function viaTwilio<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw describeTwilioFailure(error);
  }
}

/**
 * The contractor's Twilio number, set up through Twilio's REST API: list the account's voice
 * numbers, point the chosen one at Pickup (keeping what was there to put back), and point it
 * again whenever the public URL changes.
 */
export function createNumberSetup(deps: NumberSetupDeps) {
  const { store } = deps;
  const requireClient = () => {
    const client = deps.twilio.client();
    if (!client) throw needsAccount();
    return client;
  };

  const configured = (): ConfiguredNumber | null => {
    const record = store.phoneLine.get();
    return record
      ? {
          sid: record.numberSid,
          phoneNumber: record.phoneNumber,
          pointedAt: record.pointedAt,
          canRestore: record.previousConfig !== null,
        }
      : null;
  };

  /** Writes only what differs; returns the number's configuration from before. */
  const pointNumber = async (sid: string, publicUrl: string) => {
    const number = await requireClient().incomingPhoneNumbers(sid).fetch();
    const before = voiceConfigOf(number);
    const changes = numberConfigChanges(before, desiredNumberConfig(publicUrl, store.settings.get().businessName));
    if (Object.keys(changes).length > 0) await requireClient().incomingPhoneNumbers(sid).update(changes);
    return { before, phoneNumber: number.phoneNumber };
  };

  return {
    configured,

    /** Whether the account SID and auth token are accepted by Twilio; the reason when not. */
    async verifyCredentials(): Promise<{ ok: boolean; detail: string }> {
      const client = deps.twilio.client();
      if (!client) return { ok: false, detail: 'no Twilio account connected' };
      try {
        const account = await client.api.v2010.accounts(client.accountSid).fetch();
        return account.status === 'active'
          ? { ok: true, detail: `account "${account.friendlyName}" is active` }
          : { ok: false, detail: `the account is ${account.status}` };
      } catch (error) {
        return { ok: false, detail: `Twilio refused the credentials: ${error instanceof Error ? error.message : String(error)}` };
      }
    },

    async listNumbers(): Promise<TwilioNumber[]> {
      const numbers = await viaTwilio(() => requireClient().incomingPhoneNumbers.list({ limit: 200 }));
      const publicUrl = deps.publicUrl();
      return numbers
        .filter((n) => n.capabilities?.voice)
        .map((n) => ({
          sid: n.sid,
          phoneNumber: n.phoneNumber,
          friendlyName: n.friendlyName ?? n.phoneNumber,
          voiceUrl: n.voiceUrl ?? '',
          pointsAtPickup: pointsAt(voiceConfigOf(n), publicUrl),
        }));
    },

    /** Points `sid` at Pickup, remembering its previous configuration (once: a second configure keeps the original). */
    async configure(sid: string): Promise<ConfiguredNumber> {
      const publicUrl = deps.publicUrl();
      const previous = store.phoneLine.get();
      const { before, phoneNumber } = await viaTwilio(() => pointNumber(sid, publicUrl));
      const previousConfig = previous?.numberSid === sid && previous.previousConfig ? previous.previousConfig : before;
      store.phoneLine.save({ numberSid: sid, phoneNumber, pointedAt: publicUrl, previousConfig }, deps.now().toISOString());
      if (store.settings.get().twilioPhoneNumber !== phoneNumber) store.settings.update({ twilioPhoneNumber: phoneNumber });
      deps.log('Twilio number pointed at Pickup', { sid, publicUrl });
      return configured()!;
    },

    /** After the public URL changed (a new tunnel URL): points the configured number at the new one. */
    async repoint(): Promise<boolean> {
      const record = store.phoneLine.get();
      const publicUrl = deps.publicUrl();
      if (!record || !deps.twilio.client() || record.pointedAt === publicUrl) return false;
      await pointNumber(record.numberSid, publicUrl);
      store.phoneLine.save({ ...record, pointedAt: publicUrl }, deps.now().toISOString());
      deps.log('Twilio number re-pointed at the new public URL', { sid: record.numberSid, publicUrl });
      return true;
    },

    /** Puts back the number's configuration from before Pickup, and forgets the number. */
    async restore(): Promise<null> {
      const record = store.phoneLine.get();
      if (!record?.previousConfig) throw new ApiError(409, 'there is no previous configuration to restore');
      const current = voiceConfigOf(await viaTwilio(() => requireClient().incomingPhoneNumbers(record.numberSid).fetch()));
      const changes = numberConfigChanges(current, record.previousConfig);
      if (Object.keys(changes).length > 0) {
        await viaTwilio(() => requireClient().incomingPhoneNumbers(record.numberSid).update(changes));
      }
      store.phoneLine.clear();
      deps.log('Twilio number restored to its previous configuration', { sid: record.numberSid });
      return null;
    },

    /** The number's live configuration, to check it still sends calls here. */
    async currentConfig(): Promise<NumberVoiceConfig | null> {
      const record = store.phoneLine.get();
      const client = deps.twilio.client();
      if (!record || !client) return null;
      return voiceConfigOf(await client.incomingPhoneNumbers(record.numberSid).fetch());
    },
  };
}

export type NumberSetup = ReturnType<typeof createNumberSetup>;
