import { callTokenParameter, isRelayCallToken } from './callToken';
import type { SetupMessage } from './relayMessages';

/**
 * Why a relay session's `setup` may not open it, in plain words, or null when it may: it must
 * carry the token Pickup gave that CallSid in its TwiML, for a call Pickup knows and that has not
 * ended, with no other session live for it.
 */
export function setupRefusal(args: {
  setup: SetupMessage;
  authToken: string;
  call: { endedAt: string | null; finalizedAt: string | null } | null;
  alreadyLive: boolean;
}): string | null {
  const token = args.setup.customParameters?.[callTokenParameter];
  if (!isRelayCallToken(args.authToken, args.setup.callSid, token)) return 'no valid call token for this CallSid';
  if (!args.call) return 'no such call';
  if (args.call.endedAt || args.call.finalizedAt) return 'the call has ended';
  if (args.alreadyLive) return 'the call already has a live session';
  return null;
}
