import type { TurnAi } from '../../shared/models';
import { streamReply } from '../brain/streamReply';
import { BrainFailure, type Brain, type BrainContext, type BrainReply } from '../brain/types';
import { turnAi } from '../calls/replyWithinBudget';
import { takePhrase } from './phraseFlush';
import type { TextMessage } from './relayMessages';
import { unsaidWords } from './unsaidWords';

export type SpokenTurn =
  /** The caller cut in (`signal` aborted): only `spoken` was sent, and there is no reply. */
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
 * One turn spoken as it is generated: the brain's words go to Twilio phrase by phrase, the
 * first at once. Like a Gather turn, the main brain has `budgetMs` to start talking, or its
 * request is aborted and the fallback brain answers (after whatever was already said); an abort
 * of `signal` is the caller interrupting, which stops everything.
 */
export async function speakTurn(args: {
  brain: Brain;
  fallback: Brain;
  budgetMs: number;
  context: BrainContext;
  signal: AbortSignal;
  send: (message: TextMessage) => void;
}): Promise<SpokenTurn> {
  const { brain, fallback, budgetMs, context, signal, send } = args;
  const startedAt = performance.now();
  let spoken = '';
  let buffer = '';
  const push = (text: string) => {
    buffer += text;
    const { send: now, rest } = takePhrase(buffer, spoken !== '');
    buffer = rest;
    if (now) {
      send({ type: 'text', token: now, last: false });
      spoken += now;
    }
  };

  const request = new AbortController();
  const cancel = () => request.abort();
  signal.addEventListener('abort', cancel, { once: true });
  const budget = setTimeout(() => request.abort(new Error(`${brain.name} brain said nothing within ${budgetMs} ms`)), budgetMs);
  let reply: BrainReply | null = null;
  let answeredBy = brain;
  const notes: string[] = [];
  let billed = null;
  try {
    for await (const part of streamReply(brain, context, request.signal)) {
      if (part.type === 'reply') reply = part.reply;
      else if (part.text) {
        clearTimeout(budget);
        push(part.text);
      }
    }
    if (!reply) throw new BrainFailure(`${brain.name} brain ended its stream without a reply`);
    if (!reply.say.trim() && !(spoken + buffer).trim())
      throw new BrainFailure(`${brain.name} brain returned an empty reply`, reply.usage);
  } catch (error) {
    if (signal.aborted) return { interrupted: true, spoken };
    const reason =
      request.signal.aborted && request.signal.reason instanceof Error
        ? request.signal.reason.message
        : error instanceof Error
          ? error.message
          : String(error);
    billed = error instanceof BrainFailure ? error.usage : null;
    notes.push(`${context.now.toISOString()} ${fallback.name} brain answered: ${reason}`);
    answeredBy = fallback;
    buffer = '';
    reply = await fallback.reply(context);
  } finally {
    clearTimeout(budget);
    signal.removeEventListener('abort', cancel);
  }
  if (signal.aborted) return { interrupted: true, spoken };

  const usedFallback = answeredBy !== brain;
  const streamed = spoken + buffer;
  const rest = usedFallback ? reply.say : unsaidWords(streamed, reply.say);
  const ai = turnAi(answeredBy, usedFallback, usedFallback ? billed : reply.usage, performance.now() - startedAt);
  if (reply.action !== 'continue') {
    if (buffer) send({ type: 'text', token: buffer, last: true });
    return { interrupted: false, spoken: streamed, reply, closing: rest, notes, ai };
  }
  const tail = `${buffer}${rest && streamed ? ' ' : ''}${rest}`;
  send({ type: 'text', token: tail, last: true });
  return { interrupted: false, spoken: spoken + tail, reply, closing: '', notes, ai };
}
