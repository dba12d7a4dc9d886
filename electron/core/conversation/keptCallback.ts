import type { CallbackRequest } from '../brain/types';
import type { CallRecord } from '../store/callsRepo';

/** What a call keeps of its call back, as stored on the call. */
export type KeptCallback = Pick<CallRecord, 'callbackRequested' | 'callbackTime' | 'callbackPhrase' | 'callbackNumber'>;

export const noCallback: KeptCallback = {
  callbackRequested: false,
  callbackTime: null,
  callbackPhrase: null,
  callbackNumber: null,
};

/**
 * A turn's call-back reply over what the call kept: a request, once made, stays until the caller
 * declines one ("no need to call me back"), which also drops the time asked for; a time, phrase or
 * number stays until a new one is said. One rule for the engine and the eval's brain-only player.
 */
export function keepCallback(kept: KeptCallback, reply: CallbackRequest): KeptCallback {
  return {
    callbackRequested: reply.declined ? false : reply.requested || kept.callbackRequested,
    callbackTime: reply.declined ? null : (reply.time ?? kept.callbackTime),
    callbackPhrase: reply.declined ? null : (reply.phrase ?? kept.callbackPhrase),
    callbackNumber: reply.number ?? kept.callbackNumber,
  };
}
