import type { TunnelStatus } from '../../shared/phoneLine';

export type TunnelEvent =
  | { type: 'disabled'; reason: string }
  | { type: 'connecting' }
  | { type: 'opened'; url: string }
  | { type: 'failed'; reason: string }
  /** The SDK lost its session; it reconnects by itself. */
  | { type: 'lost' }
  | { type: 'restored' }
  | { type: 'closed' };

export const initialTunnelStatus: TunnelStatus = { state: 'off', url: null, reason: null, attempts: 0, quotaWarning: null };

/** The tunnel's state machine: what the dashboard and tray show after each thing that happens. */
export function nextTunnelStatus(status: TunnelStatus, event: TunnelEvent): TunnelStatus {
  switch (event.type) {
    case 'disabled':
      return { ...status, state: 'off', url: null, reason: event.reason };
    case 'connecting':
      return { ...status, state: 'connecting', reason: null };
    case 'opened':
      return { ...status, state: 'online', url: event.url, reason: null, attempts: 0 };
    case 'failed':
      return { ...status, state: 'error', url: null, reason: event.reason, attempts: status.attempts + 1 };
    case 'lost':
      return {
        ...status,
        state: 'connecting',
        reason: 'the connection to ngrok was lost (network change or sleep); reconnecting',
      };
    case 'restored':
      return status.url ? { ...status, state: 'online', reason: null } : status;
    case 'closed':
      return { ...status, state: 'off', url: null, reason: 'the tunnel was closed' };
  }
}

/** An ngrok SDK error in the owner's words, and whether trying again can help. */
export function describeNgrokError(error: unknown): { reason: string; retry: boolean } {
  const code = (error as { errorCode?: string } | null)?.errorCode;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ERR_NGROK_105':
    case 'ERR_NGROK_107':
      return { reason: 'ngrok refused the authtoken: copy it again from dashboard.ngrok.com', retry: false };
    case 'ERR_NGROK_108':
      return {
        reason: "ngrok's free plan allows one agent session, and another is still open (it can take a moment to close)",
        retry: true,
      };
    case 'ERR_NGROK_120':
      return { reason: 'this version of the ngrok agent is too old for ngrok', retry: false };
    case 'ERR_NGROK_334':
      return { reason: 'the ngrok domain is already online elsewhere (another Pickup or ngrok agent)', retry: true };
    default:
      return { reason: `ngrok: ${message.replace(/\s+/g, ' ').trim()}`, retry: true };
  }
}

/** Twilio requests a month on ngrok's free plan. */
export const freePlanMonthlyRequests = 20_000;

/**
 * Requests Twilio made through the tunnel, estimated from what the store holds: per call the
 * voice webhook and the status callback, one per caller turn, one per recording.
 */
export function estimatedRequests(activity: { calls: number; callerTurns: number; recordings: number }): number {
  return activity.calls * 2 + activity.callerTurns + activity.recordings;
}

/** A warning once this month's requests near the plan's limit (from 80%), else null. */
export function quotaWarning(requestsThisMonth: number, limit = freePlanMonthlyRequests): string | null {
  if (requestsThisMonth < limit * 0.8) return null;
  const left = Math.max(0, limit - requestsThisMonth);
  return left === 0
    ? `About ${requestsThisMonth} requests through ngrok this month: the free plan's ${limit} are used up, so calls may not reach Pickup until next month or a paid plan.`
    : `About ${requestsThisMonth} of ngrok's ${limit} free requests used this month (${left} left): consider a paid plan before calls stop reaching Pickup.`;
}
