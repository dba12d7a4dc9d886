import type { SentText } from '../../shared/models';
import { webhookPaths } from '../domain/webhookPaths';
import type { Params } from '../domain/webhookParams';
import { readTextStatus, recipientMark, twilioErrorCode, type SendSms } from '../domain/texts';
import type { Store } from '../store/store';
import * as twiml from './twiml';

export interface TextingDeps {
  store: Store;
  sendSms: SendSms;
  urlFor: twiml.UrlFor;
  now: () => Date;
  /** Tells the dashboard a call's texts changed. */
  callChanged: (callId: string) => void;
  log: (message: string, details?: Record<string, unknown>) => void;
}

export interface TextRequest {
  callId: string | null;
  recipient: SentText['recipient'];
  purpose: string;
  to: string;
  from: string;
  body: string;
}

/**
 * Every text Pickup sends goes through here: it is kept with Twilio's MessageSid and followed
 * through Twilio's status callbacks; a number that opted out (21610) or cannot receive texts
 * (21614, 30006) is marked and never texted again.
 */
export function createTexting(deps: TextingDeps) {
  const { store } = deps;
  const nowIso = () => deps.now().toISOString();

  const markRecipient = (to: string, errorCode: number | null) => {
    const mark = recipientMark(errorCode);
    if (mark && errorCode !== null) store.texts.markRecipient(to, mark, errorCode, nowIso());
  };

  /** Sends and keeps one text; null when it was skipped (no account), the kept text otherwise, refused or not. */
  const send = async (request: TextRequest): Promise<SentText | null> => {
    const { callId, recipient, purpose, to, from, body } = request;
    let kept: SentText | null;
    try {
      const sent = await deps.sendSms({ to, from, body, statusCallback: deps.urlFor(webhookPaths.messageStatus) });
      if (!sent) return null;
      const status = readTextStatus(sent.status) ?? 'queued';
      kept = store.texts.record({
        callId,
        recipient,
        purpose,
        to,
        body,
        messageSid: sent.sid,
        status,
        errorCode: null,
        at: nowIso(),
      });
    } catch (error) {
      const errorCode = twilioErrorCode(error);
      deps.log('text refused by Twilio', { callId, recipient, purpose, errorCode, error: String(error) });
      // Only Twilio's own refusal is kept as a failed text: a network error says nothing about the number.
      if (errorCode === null) return null;
      kept = store.db.transaction(() => {
        markRecipient(to, errorCode);
        return store.texts.record({
          callId,
          recipient,
          purpose,
          to,
          body,
          messageSid: null,
          status: 'failed',
          errorCode,
          at: nowIso(),
        });
      })();
    }
    if (callId) deps.callChanged(callId);
    return kept;
  };

  return {
    send,

    /**
     * Twilio's message status callback. An unknown MessageSid changes nothing; a replayed or
     * older status is ignored, so a text never goes back.
     */
    async messageStatus(params: Params): Promise<string> {
      const status = readTextStatus(params.MessageStatus ?? params.SmsStatus);
      if (!params.MessageSid || !status) return twiml.emptyResponse();
      const errorCode = params.ErrorCode && /^\d+$/.test(params.ErrorCode) ? Number(params.ErrorCode) : null;
      const applied = store.db.transaction(() => {
        const result = store.texts.applyStatus({ messageSid: params.MessageSid!, status, errorCode, at: nowIso() });
        if (result?.changed) markRecipient(result.text.to, errorCode);
        return result;
      })();
      if (applied?.changed && applied.text.callId) deps.callChanged(applied.text.callId);
      return twiml.emptyResponse();
    },
  };
}

export type Texting = ReturnType<typeof createTexting>;
