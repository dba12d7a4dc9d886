// The SDK's webhook module alone: its index loads every REST resource, half a second of start-up.
import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';

/**
 * Checks `X-Twilio-Signature` the way Twilio computes it: over the full URL Twilio called (the
 * public URL, scheme, host, port, path and query) and the sorted form parameters (every value of
 * a repeated one), with the auth token. The SDK's own check, including its constant-time comparison.
 */
export function isValidTwilioSignature(args: {
  authToken: string;
  signature: string | undefined;
  url: string;
  params: Record<string, string | string[]>;
}): boolean {
  if (!args.signature) return false;
  return validateRequest(args.authToken, args.signature, args.url, args.params);
}

/** The URL Twilio signed: our public base URL plus the request's path and query, exactly. */
export function signedUrl(publicUrl: string, requestUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${requestUrl}`;
}
