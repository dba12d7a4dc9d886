import { ApiError } from '../../shared/api';

/**
 * Why a request to Twilio failed, as the owner can act on it: always a 502 (Twilio, not the
 * request to Pickup, is what failed), with Twilio's own reason and error code when it gave one.
 */
export function describeTwilioFailure(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const { status, code, message } = error as { status?: number; code?: number | string; message?: string };
  if (typeof status === 'number') {
    const reason = message ? `: ${message}` : '';
    const twilioCode = typeof code === 'number' ? ` (Twilio error ${code})` : '';
    if (status === 401 || status === 403) {
      return new ApiError(
        502,
        `Twilio refused Pickup's account details${reason}${twilioCode}. Connect Twilio again in Settings, Connections.`,
      );
    }
    if (status === 429) return new ApiError(502, `Twilio is limiting requests right now${twilioCode}. Try again in a minute.`);
    if (status === 404) return new ApiError(502, `Twilio does not know that number or account${reason}${twilioCode}.`);
    return new ApiError(502, `Twilio answered with an error (${status})${reason}${twilioCode}. Try again in a minute.`);
  }
  const network = typeof code === 'string' ? ` (${code})` : '';
  return new ApiError(
    502,
    `Twilio could not be reached${network}${message ? `: ${message}` : ''}. Check the internet connection and try again.`,
  );
}
