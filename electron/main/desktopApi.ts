import { z } from 'zod';
import type { desktopMethodNames } from '../shared/bridgeContract';
import type { MethodHandlers } from './ipcBridge';
import { PreferencesPatch, type Preferences, type PreferencesStore } from './preferences';
import type { SecretName, SecretVault } from './secretVault';

/** The desktop-only methods and their inputs; `window.pickupDesktop` in the renderer. */
export const desktopMethods = {
  getDesktopStatus: { input: z.void() },
  updatePreferences: { input: PreferencesPatch },
} as const;

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
/** The preload's list of names and these methods never drift apart. */
export const desktopMethodNamesMatch: SameKeys<(typeof desktopMethodNames)[number], keyof typeof desktopMethods> = true;

/**
 * The desktop's own state. Connected accounts (and how their secrets are kept) are the core's,
 * through the API contract; here the renderer learns only which stored secrets cannot be read.
 */
export interface DesktopStatus {
  unreadableSecrets: SecretName[];
  preferences: Pick<Preferences, 'launchAtLogin'>;
  /** Why Pickup cannot take real calls right now, for the owner to fix. */
  problems: string[];
}

export interface DesktopDeps {
  vault: SecretVault;
  preferences: PreferencesStore;
  problems(): string[];
  applyLaunchAtLogin(on: boolean): void;
}

export function createDesktopHandlers(deps: DesktopDeps): MethodHandlers<typeof desktopMethods> {
  const status = (): DesktopStatus => {
    const { launchAtLogin } = deps.preferences.get();
    return {
      unreadableSecrets: deps.vault.unreadable(),
      preferences: { launchAtLogin },
      problems: deps.problems(),
    };
  };
  return {
    getDesktopStatus: status,
    async updatePreferences(patch) {
      const before = deps.preferences.get();
      const after = deps.preferences.update(patch);
      if (after.launchAtLogin !== before.launchAtLogin) deps.applyLaunchAtLogin(after.launchAtLogin);
      return status();
    },
  };
}
