import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The `<Parameter>` of `<ConversationRelay>` that carries a call's token; Twilio sends it back in
 * the session's `setup` message, under `customParameters`.
 */
export const callTokenParameter = 'pickupCallToken';

/**
 * Binds a ConversationRelay session to its call. The upgrade's signature covers only the fixed
 * socket URL, so it is the same for every call; this token differs per CallSid and only the
 * holder of the auth token can make it: an HMAC-SHA256 of the CallSid under a key derived from it.
 */
export function relayCallToken(authToken: string, callSid: string): string {
  const key = createHmac('sha256', authToken).update('pickup relay call token').digest();
  return createHmac('sha256', key).update(callSid).digest('base64url');
}

/** Whether `token` is this call's token, compared in constant time. */
export function isRelayCallToken(authToken: string, callSid: string, token: unknown): boolean {
  if (typeof token !== 'string') return false;
  const expected = Buffer.from(relayCallToken(authToken, callSid));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
