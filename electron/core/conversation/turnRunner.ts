import type { TurnAi } from '../../shared/models';
import { keepPrivate } from '../brain/keepPrivate';
import { BrainFailure, type Brain, type BrainContext, type BrainReply, type ModelUsage } from '../brain/types';

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

/**
 * Gets the turn's reply from the main brain within a hard time budget. A brain that is slow,
 * throws or returns nothing usable is cut off (its request aborted) and the fallback brain
 * answers instead, so the caller always hears something; `notes` says why, for the call's record.
 * `ai` records which brain answered, how long the caller waited, and any model request's tokens
 * and cost, including those of a request that was billed but could not be used.
 */
export async function replyWithinBudget(args: {
  brain: Brain;
  fallback: Brain;
  budgetMs: number;
  context: BrainContext;
}): Promise<{ reply: BrainReply; notes: string[]; ai: TurnAi }> {
  const answer = await answerWithinBudget(args);
  // Whatever brain wrote the words, none of them reads out a private number.
  return { ...answer, reply: keepPrivate(answer.reply, args.context.settings) };
}

async function answerWithinBudget(args: {
  brain: Brain;
  fallback: Brain;
  budgetMs: number;
  context: BrainContext;
}): Promise<{ reply: BrainReply; notes: string[]; ai: TurnAi }> {
  const { brain, fallback, budgetMs, context } = args;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  if (brain === fallback) {
    const reply = await fallback.reply(context);
    return { reply, notes: [], ai: turnAi(fallback, false, reply.usage, elapsed()) };
  }

  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`${brain.name} brain took longer than ${budgetMs} ms`));
    }, budgetMs);
  });
  try {
    const reply = await Promise.race([brain.reply(context, controller.signal), timeout]);
    if (!reply.say.trim()) throw new BrainFailure(`${brain.name} brain returned an empty reply`, reply.usage);
    return { reply, notes: [], ai: turnAi(brain, false, reply.usage, elapsed()) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const reply = await fallback.reply(context);
    const billed = error instanceof BrainFailure ? error.usage : null;
    return {
      reply,
      notes: [`${context.now.toISOString()} ${fallback.name} brain answered: ${reason}`],
      ai: turnAi(fallback, true, billed, elapsed()),
    };
  } finally {
    clearTimeout(timer);
  }
}
