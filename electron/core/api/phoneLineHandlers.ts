import { ApiError, type ApiHandlers } from '../../shared/api';
import type { PhoneLine, TunnelStatus } from '../../shared/phoneLine';
import { checkSetup } from '../health/checkSetup';
import type { Store } from '../store/store';
import { estimatedRequests, quotaWarning } from '../tunnel/tunnelState';
import type { NumberSetup } from '../twilio/numberSetup';

export interface PhoneLineDeps {
  store: Store;
  numbers: NumberSetup;
  publicUrl: () => string;
  tunnel: () => TunnelStatus;
  twilioCredentialsSet: () => boolean;
  authToken: () => string;
  localSigning: () => boolean;
  now: () => Date;
  fetch?: typeof fetch;
}

type PhoneLineHandlers = Pick<
  ApiHandlers,
  'getPhoneLine' | 'listTwilioNumbers' | 'configureTwilioNumber' | 'restoreTwilioNumber' | 'checkSetup'
>;

const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/** The "Phone line" part of the API: tunnel state, the Twilio number, and "check my setup". */
export function createPhoneLineHandlers(deps: PhoneLineDeps): PhoneLineHandlers {
  const phoneLine = (): PhoneLine => {
    const now = deps.now();
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
    const tunnel = deps.tunnel();
    const warning = tunnel.state === 'off' ? null : quotaWarning(estimatedRequests(deps.store.calls.activitySince(monthStart)));
    return {
      publicUrl: deps.publicUrl(),
      tunnel: { ...tunnel, quotaWarning: warning },
      twilioCredentialsSet: deps.twilioCredentialsSet(),
      number: deps.numbers.configured(),
    };
  };

  return {
    getPhoneLine: phoneLine,
    listTwilioNumbers: () => deps.numbers.listNumbers(),
    configureTwilioNumber: async ({ sid }) => {
      if (isLoopback(deps.publicUrl())) {
        throw new ApiError(
          409,
          `Twilio cannot reach ${deps.publicUrl()}: Pickup needs its tunnel (an ngrok authtoken) or a public URL first`,
        );
      }
      await deps.numbers.configure(sid);
      return phoneLine();
    },
    restoreTwilioNumber: async () => {
      await deps.numbers.restore();
      return phoneLine();
    },
    checkSetup: () =>
      checkSetup({
        publicUrl: deps.publicUrl(),
        authToken: deps.authToken(),
        localSigning: deps.localSigning(),
        tunnel: deps.tunnel(),
        verifyCredentials: () => deps.numbers.verifyCredentials(),
        configuredNumber: deps.numbers.configured(),
        currentConfig: () => deps.numbers.currentConfig(),
        fetch: deps.fetch ?? fetch,
      }),
  };
}
