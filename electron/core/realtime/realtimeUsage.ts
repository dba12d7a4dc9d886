import { z } from 'zod';
import type { ModelPrice } from '../../shared/settings';
import { priceFor } from '../brain/openai/modelUsage';

/** `response.done`'s usage, as OpenAI's Realtime API reports it (text and audio tokens apart). */
export const RealtimeUsage = z.object({
  input_tokens: z.number().int().nonnegative().default(0),
  output_tokens: z.number().int().nonnegative().default(0),
  input_token_details: z
    .object({
      text_tokens: z.number().int().nonnegative().default(0),
      audio_tokens: z.number().int().nonnegative().default(0),
      cached_tokens: z.number().int().nonnegative().default(0),
      cached_tokens_details: z
        .object({
          text_tokens: z.number().int().nonnegative().default(0),
          audio_tokens: z.number().int().nonnegative().default(0),
        })
        .partial()
        .default({}),
    })
    .partial()
    .default({}),
  output_token_details: z
    .object({ text_tokens: z.number().int().nonnegative().default(0), audio_tokens: z.number().int().nonnegative().default(0) })
    .partial()
    .default({}),
});
export type RealtimeUsage = z.infer<typeof RealtimeUsage>;

/**
 * US dollars for one response: text and audio tokens each at their own rate, cached ones at the
 * cached rate. A model priced for text only has its audio billed at the text rates; an unpriced
 * model costs null.
 */
export function realtimeCostUsd(
  model: string,
  usage: RealtimeUsage,
  prices: Readonly<Record<string, ModelPrice>>,
): number | null {
  const price = priceFor(model, prices);
  if (!price) return null;
  const input = usage.input_token_details;
  const cached = input.cached_tokens_details ?? {};
  const textIn = input.text_tokens ?? 0;
  const audioIn = input.audio_tokens ?? 0;
  const cachedText = Math.min(cached.text_tokens ?? 0, textIn);
  const cachedAudio = Math.min(cached.audio_tokens ?? 0, audioIn);
  const output = usage.output_token_details;
  const perMillion =
    (textIn - cachedText) * price.input +
    cachedText * price.cachedInput +
    (audioIn - cachedAudio) * (price.audioInput ?? price.input) +
    cachedAudio * (price.cachedAudioInput ?? price.cachedInput) +
    (output.text_tokens ?? 0) * price.output +
    (output.audio_tokens ?? 0) * (price.audioOutput ?? price.output);
  return perMillion / 1_000_000;
}
