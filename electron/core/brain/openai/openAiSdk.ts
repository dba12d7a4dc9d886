import type * as OpenAiModule from 'openai';
import type * as OpenAiZodHelpers from 'openai/helpers/zod';

/** The OpenAI SDK and its zod helpers, as one loaded pair. */
export interface OpenAiSdk {
  sdk: typeof OpenAiModule;
  zod: typeof OpenAiZodHelpers;
}

// The SDK is about 150 modules (over 100 ms on this machine): it loads with the first AI turn, or
// just after `serve`'s ready line when a key is set, never during start-up. Both ask here, so it
// loads once; a dynamic import keeps it out of the start-up bundle's static imports.
let loading: Promise<OpenAiSdk> | null = null;
export const loadOpenAiSdk = (): Promise<OpenAiSdk> =>
  (loading ??= Promise.all([import('openai'), import('openai/helpers/zod')]).then(([sdk, zod]) => ({ sdk, zod })));
