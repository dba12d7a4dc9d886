import type { Call } from '../../../electron/shared/models';

/** A call with no end is live unless it is older than any call could be (its end was lost). */
const staleAfterMs = 2 * 60 * 60 * 1000;

export const isLive = (call: Call, now = Date.now()) => !call.endedAt && now - Date.parse(call.startedAt) < staleAfterMs;
