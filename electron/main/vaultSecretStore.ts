import { ApiError } from '../shared/api';
import type { SecretStore, StoredConnections } from '../core/connections/secretStore';
import type { PreferencesStore } from './preferences';
import type { SecretVault } from './secretVault';

/**
 * The core's store for connected accounts, inside the desktop app: the tokens encrypted by
 * Electron's safeStorage (the vault), the account SID and ngrok domain (not secret) in the
 * preferences. A token is never written where the vault cannot encrypt it.
 */
export function vaultSecretStore(vault: SecretVault, preferences: PreferencesStore): SecretStore {
  return {
    get protection() {
      const { osProtected, warning } = vault.protection();
      return {
        kind: 'encrypted-file' as const,
        osProtected,
        description:
          warning ??
          "Encrypted with a key your computer's keychain keeps (Electron safeStorage), in a file only your user account can read.",
      };
    },
    read(): StoredConnections {
      const secrets = vault.read();
      const { twilioAccountSid, ngrokDomain } = preferences.get();
      const stored: StoredConnections = {
        twilioAccountSid: twilioAccountSid || undefined,
        twilioAuthToken: secrets.twilioAuthToken,
        openAiApiKey: secrets.openAiApiKey,
        ngrokAuthtoken: secrets.ngrokAuthtoken,
        ngrokDomain: ngrokDomain || undefined,
      };
      return Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined));
    },
    write(next) {
      const { canStore, warning } = vault.protection();
      const tokens = [next.twilioAuthToken, next.openAiApiKey, next.ngrokAuthtoken];
      if (!canStore && tokens.some(Boolean)) {
        throw new ApiError(409, warning ?? 'This computer offers Pickup no way to encrypt secrets, so it cannot keep them.');
      }
      vault.set('twilioAuthToken', next.twilioAuthToken ?? '');
      vault.set('openAiApiKey', next.openAiApiKey ?? '');
      vault.set('ngrokAuthtoken', next.ngrokAuthtoken ?? '');
      preferences.update({ twilioAccountSid: next.twilioAccountSid ?? '', ngrokDomain: next.ngrokDomain ?? '' });
    },
  };
}
