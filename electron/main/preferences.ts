import { z } from 'zod';

const Bounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
});
export type Bounds = z.infer<typeof Bounds>;

const accountSid = z
  .string()
  .trim()
  .regex(/^(AC[0-9a-f]{32})?$/, 'must be your Twilio Account SID: AC followed by 32 hex digits');
const hostName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+)?$/,
    'must be a domain name such as pickup.ngrok.app',
  );

/**
 * The desktop app's own preferences (electron-store). Not secrets: those live in the vault.
 * Each field falls back to its default on its own, so one bad value in a hand-edited file
 * costs only that value.
 */
export const Preferences = z.object({
  launchAtLogin: z.boolean().catch(false),
  /** Twilio's account id: not secret, but the core needs it with the auth token for SMS and numbers. */
  twilioAccountSid: accountSid.catch(''),
  /** A reserved ngrok domain keeps the webhook URL the same across restarts. */
  ngrokDomain: hostName.catch(''),
  windowBounds: Bounds.nullable().catch(null),
  /** Whether the owner has been told once that closing the window leaves Pickup answering. */
  trayHintShown: z.boolean().catch(false),
});
export type Preferences = z.infer<typeof Preferences>;

/** What the dashboard may change here; the Twilio account and ngrok domain change through Connections. */
export const PreferencesPatch = z.object({ launchAtLogin: z.boolean() }).partial().strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;

/** The parts of electron-store the preferences use. */
export interface KeyValueStore {
  readonly store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
}

export interface PreferencesStore {
  get(): Preferences;
  update(changes: Partial<Preferences>): Preferences;
}

export function createPreferences(kv: KeyValueStore): PreferencesStore {
  const get = () => Preferences.parse(kv.store);
  return {
    get,
    update(changes) {
      kv.set(Preferences.parse({ ...get(), ...changes }));
      return get();
    },
  };
}
