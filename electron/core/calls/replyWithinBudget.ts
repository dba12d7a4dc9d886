import type { Brain, BrainContext, BrainReply } from '../brain/types';

/**
 * Gets the turn's reply from the main brain within a hard time budget. A brain that is slow,
 * throws or returns nothing usable is cut off (its request aborted) and the fallback brain
 * answers instead, so the caller always hears something; `notes` says why, for the call's record.
 */
export async function replyWithinBudget(args: {
  brain: Brain;
  fallback: Brain;
  budgetMs: number;
  context: BrainContext;
}): Promise<{ reply: BrainReply; notes: string[] }> {
  const { brain, fallback, budgetMs, context } = args;
  if (brain === fallback) return { reply: await fallback.reply(context), notes: [] };

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
    if (!reply.say.trim()) throw new Error(`${brain.name} brain returned an empty reply`);
    return { reply, notes: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const reply = await fallback.reply(context);
    return { reply, notes: [`${context.now.toISOString()} ${fallback.name} brain answered: ${reason}`] };
  } finally {
    clearTimeout(timer);
  }
}
