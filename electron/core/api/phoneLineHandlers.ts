import { ApiError, type ApiHandlers } from '../../shared/api';
import type { PhoneLine, TunnelStatus } from '../../shared/phoneLine';
import type { TextRequest } from '../calls/texting';
import type { SentText } from '../../shared/models';
import { checkSetup } from '../health/checkSetup';
import { checkTestText } from '../health/testText';
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
  /** Sends and tracks a text (the call engine's); "check my setup" texts the owner with it. */
  sendText?: (request: TextRequest) => Promise<SentText | null>;
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

  /** A test text to the owner's cell phone, followed for a few seconds. */
  const testText = (sendText: NonNullable<PhoneLineDeps['sendText']>) => {
    const { ownerPhone, twilioPhoneNumber, businessName } = deps.store.settings.get();
    return checkTestText({
      recent: () => deps.store.texts.latest('setup_check', new Date(deps.now().getTime() - 10 * 60_000).toISOString()),
      send: async () =>
        ownerPhone && twilioPhoneNumber
          ? sendText({
              callId: null,
              recipient: 'owner',
              purpose: 'setup_check',
              to: ownerPhone,
              from: twilioPhoneNumber,
              body: `Pickup test text for ${businessName}: texts about your calls reach this phone.`,
            })
          : null,
      current: (id) => deps.store.texts.byId(id),
      pause: () => new Promise((done) => setTimeout(done, 1000)),
      looks: 5,
    });
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
        testText: deps.sendText ? () => testText(deps.sendText!) : undefined,
      }),
  };
}
