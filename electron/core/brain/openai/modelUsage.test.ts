import type { ChatCompletion } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings';
import { estimateCostUsd, priceFor, usageOf } from './modelUsage';

const prices = defaultSettings.aiPrices;

describe('priceFor', () => {
  it('prices a dated snapshot as its own model, not as a shorter name it also starts with', () => {
    expect(priceFor('gpt-4o-mini-2024-07-18', prices)).toEqual(prices['gpt-4o-mini']);
    expect(priceFor('gpt-4o-2024-08-06', prices)).toEqual(prices['gpt-4o']);
    expect(priceFor('gpt-4.1-mini', prices)).toEqual(prices['gpt-4.1-mini']);
  });

  it('knows no price for a model missing from the table', () => {
    expect(priceFor('llama3.1:8b', prices)).toBeNull();
    expect(priceFor('gpt-4o-minimal', prices)).toBeNull();
  });
});

describe('estimateCostUsd', () => {
  it('bills cached prompt tokens at the cached rate and the rest at the input rate', () => {
    // gpt-4o-mini: $0.15 in, $0.075 cached, $0.60 out per million.
    const cost = estimateCostUsd({ model: 'gpt-4o-mini', inputTokens: 2000, cachedTokens: 1536, outputTokens: 100 }, prices);
    expect(cost).toBeCloseTo((464 * 0.15 + 1536 * 0.075 + 100 * 0.6) / 1e6, 12);
  });

  it('returns null for a model without a price', () => {
    expect(estimateCostUsd({ model: 'mystery', inputTokens: 10, cachedTokens: 0, outputTokens: 10 }, prices)).toBeNull();
  });
});

describe('usageOf', () => {
  const completion = (usage: ChatCompletion['usage']): ChatCompletion => ({
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 0,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [],
    usage,
  });

  it('reads prompt, cached and completion tokens as the response reports them, with the cost', () => {
    const usage = usageOf(
      completion({
        prompt_tokens: 1200,
        completion_tokens: 80,
        total_tokens: 1280,
        prompt_tokens_details: { cached_tokens: 1024 },
      }),
      'gpt-4o-mini',
      prices,
    );
    expect(usage).toEqual({
      model: 'gpt-4o-mini-2024-07-18',
      inputTokens: 1200,
      cachedTokens: 1024,
      outputTokens: 80,
      costUsd: expect.any(Number),
    });
    expect(usage.costUsd).toBeGreaterThan(0);
  });

  it('counts zero tokens from a server that reports no usage', () => {
    expect(usageOf(completion(undefined), 'gpt-4o-mini', prices)).toMatchObject({
      inputTokens: 0,
      cachedTokens: 0,
      outputTokens: 0,
      costUsd: 0,
    });
  });
});
