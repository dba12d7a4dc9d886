import type { ChatCompletion } from 'openai/resources/chat/completions';
import type { ModelPrice } from '../../../shared/settings';
import type { ModelUsage } from '../types';

/**
 * The price for a model: its own entry, else the entry it is a dated snapshot of. OpenAI answers
 * a request for `gpt-4o-mini` as `gpt-4o-mini-2024-07-18`, which is neither `gpt-4o` nor new.
 */
export function priceFor(model: string, prices: Readonly<Record<string, ModelPrice>>): ModelPrice | null {
  const exact = prices[model];
  if (exact) return exact;
  const snapshotOf = Object.keys(prices).find((name) => model.startsWith(`${name}-`) && /^\d/.test(model.slice(name.length + 1)));
  return snapshotOf ? (prices[snapshotOf] ?? null) : null;
}

/** US dollars for one request; cached prompt tokens are billed at the cached rate, the rest at the input rate. */
export function estimateCostUsd(
  usage: Pick<ModelUsage, 'model' | 'inputTokens' | 'cachedTokens' | 'outputTokens'>,
  prices: Readonly<Record<string, ModelPrice>>,
): number | null {
  const price = priceFor(usage.model, prices);
  if (!price) return null;
  const cached = Math.min(usage.cachedTokens, usage.inputTokens);
  const perMillion = (usage.inputTokens - cached) * price.input + cached * price.cachedInput + usage.outputTokens * price.output;
  return perMillion / 1_000_000;
}

/** What a completion used, as the response reports it (a server that reports nothing counts as zero). */
export function usageOf(
  completion: ChatCompletion,
  requestedModel: string,
  prices: Readonly<Record<string, ModelPrice>>,
): ModelUsage {
  const tokens = {
    model: completion.model || requestedModel,
    inputTokens: completion.usage?.prompt_tokens ?? 0,
    cachedTokens: completion.usage?.prompt_tokens_details?.cached_tokens ?? 0,
    outputTokens: completion.usage?.completion_tokens ?? 0,
  };
  return { ...tokens, costUsd: estimateCostUsd(tokens, prices) };
}
