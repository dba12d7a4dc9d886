import type { TurnAi } from '../../shared/models';
import { keepPrivate } from '../brain/keepPrivate';
import { screenedReply } from './screenedReply';
import { streamReply } from '../brain/streamReply';
import {
  BrainFailure,
  type Brain,
  type BrainContext,
  type BrainReply,
  type BrainStreamPart,
  type CallLanguage,
  type ModelUsage,
} from '../brain/types';

/** How a turn was answered, from the time the brain was asked and the request it billed. */
export function turnAi(brain: Brain, fallback: boolean, usage: ModelUsage | null | undefined, ms: number): TurnAi {
  return {
    brain: brain.name,
    fallback,
    model: usage?.model ?? null,
    inputTokens: usage?.inputTokens ?? 0,
    cachedTokens: usage?.cachedTokens ?? 0,
    outputTokens: usage?.outputTokens ?? 0,
    ms: Math.round(ms),
    costUsd: usage?.costUsd ?? null,
  };
}

export interface TurnArgs {
  brain: Brain;
  fallback: Brain;
  budgetMs: number;
  context: BrainContext;
  /**
   * The transport's ear for words as the brain produces them (a streaming transport speaks them
   * at once). Without one, the brain is asked for its whole reply, and the budget covers all of it.
   */
  speak?: (text: string, language?: CallLanguage) => void;
  /** Aborted when the caller cuts in: the turn stops, with no reply. */
  signal?: AbortSignal;
}

export type TurnResult =
  | { interrupted: true }
  | {
      interrupted: false;
      /** The whole reply, private numbers kept out; for a fallback, none of it was spoken yet. */
      reply: BrainReply;
      /** Why the fallback brain answered, for the call's record. */
      notes: string[];
      /** Which brain answered, how long the caller waited, and any model request's tokens and cost. */
      ai: TurnAi;
    };

/**
 * One turn of the conversation, whatever the transport: the main brain has `budgetMs` to start
 * talking (to `speak`, or with its whole reply), or its request is aborted and the fallback brain
 * answers (its words only in `reply`, never streamed), so the caller always hears something. A
 * slow, failing or empty brain is cut off the same way; a request billed but unusable is still
 * counted in `ai`. Whatever brain wrote the words, none of them reads out a private number, and a
 * robocall or wrong number is never put through (see screenedReply).
 */
export async function runTurn(args: TurnArgs): Promise<TurnResult> {
  const result = await answer(args);
  if (result.interrupted) return result;
  const { settings } = args.context;
  return { ...result, reply: screenedReply(keepPrivate(result.reply, settings), settings) };
}

/** The whole-reply form of `runTurn`, for a transport that says the reply at once (Gather, a question in the app). */
export async function replyWithinBudget(
  args: Omit<TurnArgs, 'speak' | 'signal'>,
): Promise<{ reply: BrainReply; notes: string[]; ai: TurnAi }> {
  const result = await runTurn(args);
  if (result.interrupted) throw new Error('a turn with no caller to cut in was interrupted');
  return result;
}

async function answer(args: TurnArgs): Promise<TurnResult> {
  const { brain, fallback, budgetMs, context, speak, signal } = args;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  if (brain === fallback) {
    const reply = await fallback.reply(context);
    return { interrupted: false, reply, notes: [], ai: turnAi(fallback, false, reply.usage, elapsed()) };
  }

  const request = new AbortController();
  const cutIn = () => request.abort(new Error('the caller cut in'));
  signal?.addEventListener('abort', cutIn, { once: true });
  const budget = setTimeout(
    () => request.abort(new Error(`${brain.name} brain ${speak ? 'said nothing within' : 'took longer than'} ${budgetMs} ms`)),
    budgetMs,
  );
  // A brain that ignores the abort is still cut off: every wait races it.
  const aborted = new Promise<never>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason as Error), { once: true });
  });
  aborted.catch(() => {});
  const parts = (speak ? streamReply(brain, context, request.signal) : wholeReply(brain, context, request.signal))[
    Symbol.asyncIterator
  ]();
  let spoken = '';
  try {
    let reply: BrainReply | null = null;
    for (;;) {
      const next = await Promise.race([parts.next(), aborted]);
      if (next.done) break;
      const part = next.value;
      if (part.type === 'reply') reply = part.reply;
      else if (part.text && speak) {
        clearTimeout(budget);
        spoken += part.text;
        speak(part.text, part.language);
      }
    }
    if (!reply) throw new BrainFailure(`${brain.name} brain ended its stream without a reply`);
    if (!reply.say.trim() && !spoken.trim()) throw new BrainFailure(`${brain.name} brain returned an empty reply`, reply.usage);
    if (signal?.aborted) return { interrupted: true };
    return { interrupted: false, reply, notes: [], ai: turnAi(brain, false, reply.usage, elapsed()) };
  } catch (error) {
    if (signal?.aborted) return { interrupted: true };
    void parts.return?.();
    const reason = request.signal.aborted
      ? (request.signal.reason as Error).message
      : error instanceof Error
        ? error.message
        : String(error);
    const billed = error instanceof BrainFailure ? error.usage : null;
    const reply = await fallback.reply(context);
    if (signal?.aborted) return { interrupted: true };
    return {
      interrupted: false,
      reply,
      notes: [`${context.now.toISOString()} ${fallback.name} brain answered: ${reason}`],
      ai: turnAi(fallback, true, billed, elapsed()),
    };
  } finally {
    clearTimeout(budget);
    signal?.removeEventListener('abort', cutIn);
  }
}

async function* wholeReply(brain: Brain, context: BrainContext, signal: AbortSignal): AsyncIterable<BrainStreamPart> {
  yield { type: 'reply', reply: await brain.reply(context, signal) };
}
