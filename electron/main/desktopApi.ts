import { z } from 'zod';
import { ApiError } from '../shared/api';
import type { desktopMethodNames } from '../preload/bridgeContract';
import type { MethodHandlers } from './ipcBridge';
import { PreferencesPatch, type Preferences, type PreferencesStore } from './preferences';
import { secretNames, type SecretName, type SecretProtection, type SecretVault } from './secretVault';

/** The desktop-only methods and their inputs; `window.pickupDesktop` in the renderer. */
export const desktopMethods = {
  getDesktopStatus: { input: z.void() },
  /** An empty value removes the secret. */
  setSecret: { input: z.object({ name: z.enum(secretNames), value: z.string().trim().max(512) }).strict() },
  updatePreferences: { input: PreferencesPatch },
} as const;

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
/** The preload's list of names and these methods never drift apart. */
export const desktopMethodNamesMatch: SameKeys<(typeof desktopMethodNames)[number], keyof typeof desktopMethods> = true;

/** Everything the renderer learns about secrets is whether each is set and how well it is kept. */
export interface DesktopStatus {
  secrets: Record<SecretName, boolean>;
  secretStorage: SecretProtection;
  unreadableSecrets: SecretName[];
  preferences: Pick<Preferences, 'launchAtLogin' | 'twilioAccountSid' | 'ngrokDomain'>;
  /** Why Pickup cannot take real calls right now, for the owner to fix. */
  problems: string[];
}

export interface DesktopDeps {
  vault: SecretVault;
  preferences: PreferencesStore;
  problems(): string[];
  applyLaunchAtLogin(on: boolean): void;
  /** Restarts the core so that it picks up changed secrets or connection settings. */
  restartCore(): Promise<void>;
}

export function createDesktopHandlers(deps: DesktopDeps): MethodHandlers<typeof desktopMethods> {
  const status = (): DesktopStatus => {
    const { launchAtLogin, twilioAccountSid, ngrokDomain } = deps.preferences.get();
    return {
      secrets: deps.vault.which(),
      secretStorage: deps.vault.protection(),
      unreadableSecrets: deps.vault.unreadable(),
      preferences: { launchAtLogin, twilioAccountSid, ngrokDomain },
      problems: deps.problems(),
    };
  };
  return {
    getDesktopStatus: status,
    async setSecret({ name, value }) {
      const { canStore, warning } = deps.vault.protection();
      if (value && !canStore) throw new ApiError(409, warning ?? 'secrets cannot be stored on this computer', 'value');
      deps.vault.set(name, value);
      await deps.restartCore();
      return status();
    },
    async updatePreferences(patch) {
      const before = deps.preferences.get();
      const after = deps.preferences.update(patch);
      if (after.launchAtLogin !== before.launchAtLogin) deps.applyLaunchAtLogin(after.launchAtLogin);
      if (after.twilioAccountSid !== before.twilioAccountSid || after.ngrokDomain !== before.ngrokDomain)
        await deps.restartCore();
      return status();
    },
  };
}
