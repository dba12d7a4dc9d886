import type { TurnAi } from '../../shared/models';
import type { BrainReply, CallLanguage } from '../brain/types';
import { fillerAfterMs, maxFillersPerTurn } from '../conversation/fillers';
import type { TurnResult } from '../conversation/turnRunner';
import { takePhrase } from './phraseFlush';
import type { TextMessage } from './relayMessages';
import { unsaidWords } from './unsaidWords';

export type SpokenTurn =
  /** The caller cut in: only `spoken` was sent, and there is no reply. */
  | { interrupted: true; spoken: string }
  | {
      interrupted: false;
      /** Every word sent as `text` this turn. */
      spoken: string;
      reply: BrainReply;
      /** For a transfer, voicemail or end: the reply's words still to say, in TwiML after the handoff. */
      closing: string;
      notes: string[];
      ai: TurnAi;
    };

/**
 * One turn of the conversation spoken over ConversationRelay as it is generated: the words go to
 * Twilio phrase by phrase, the first at once, and the last `text` message says whatever the
 * reply has that was not streamed (all of it when the fallback brain answered).
 */
export async function speakTurn(args: {
  /** Runs the turn (conversation/turnRunner), handing its words to `speak` as they come. */
  run: (speak: (text: string, language?: CallLanguage) => void) => Promise<TurnResult>;
  send: (message: TextMessage) => void;
  /** Told the words' language as soon as it is known, before they are sent (to switch speech first). */
  onLanguage?: (language: CallLanguage) => void;
  /**
   * The `n`th filler of the turn, said after `fillerAfterMs` without words so the caller does not
   * sit in dead air while the model is slow. Not part of what the turn `spoken`: it is no answer.
   */
  filler?: (n: number) => string;
}): Promise<SpokenTurn> {
  const { send } = args;
  let spoken = '';
  let buffer = '';
  let fillers = 0;
  let fillerTimer: NodeJS.Timeout | undefined;
  const sayFillerLater = () => {
    if (!args.filler || fillers >= maxFillersPerTurn) return;
    fillerTimer = setTimeout(() => {
      if (spoken) return;
      send({ type: 'text', token: `${args.filler!(fillers++)} `, last: false });
      sayFillerLater();
    }, fillerAfterMs);
  };
  sayFillerLater();
  const result = await args
    .run((text, language) => {
      if (language) args.onLanguage?.(language);
      buffer += text;
      const { send: now, rest } = takePhrase(buffer, spoken !== '');
      buffer = rest;
      if (now) {
        clearTimeout(fillerTimer);
        send({ type: 'text', token: now, last: false });
        spoken += now;
      }
    })
    .finally(() => clearTimeout(fillerTimer));
  if (result.interrupted) return { interrupted: true, spoken };

  const { reply, notes, ai } = result;
  if (reply.language) args.onLanguage?.(reply.language);
  // The fallback's words were never streamed: what the main brain left in the buffer is dropped.
  if (ai.fallback) buffer = '';
  const streamed = spoken + buffer;
  const rest = ai.fallback ? reply.say : unsaidWords(streamed, reply.say);
  if (reply.action !== 'continue') {
    if (buffer) send({ type: 'text', token: buffer, last: true });
    return { interrupted: false, spoken: streamed, reply, closing: rest, notes, ai };
  }
  const tail = `${buffer}${rest && streamed ? ' ' : ''}${rest}`;
  send({ type: 'text', token: tail, last: true });
  return { interrupted: false, spoken: spoken + tail, reply, closing: '', notes, ai };
}
