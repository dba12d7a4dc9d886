import type { CoreStatus } from '../shared/apiModels';
import type { TunnelStatus } from '../shared/phoneLine';
import type { Settings } from '../shared/settings';

const isLocal = (url: string) => {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return true;
  }
};

/** Why real calls cannot reach this Pickup, in words the owner can act on; empty when they can. */
export function readinessProblems(
  status: CoreStatus,
  settings: Pick<Settings, 'twilioPhoneNumber'>,
  tunnel?: Pick<TunnelStatus, 'state' | 'reason'>,
): string[] {
  const problems: string[] = [];
  if (!status.twilioCredentialsSet) problems.push('Twilio is not connected: only test calls reach Pickup');
  else if (!settings.twilioPhoneNumber) problems.push('No Twilio number is chosen in Settings');
  if (isLocal(status.publicUrl)) {
    // The tunnel's own reason (ngrok refused the token, a second session...) says what to do.
    problems.push(
      tunnel?.state === 'error' || tunnel?.state === 'connecting'
        ? `The tunnel is not open: ${tunnel.reason}`
        : 'No tunnel: Twilio cannot reach this computer (add an ngrok authtoken)',
    );
  }
  return problems;
}
