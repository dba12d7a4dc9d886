import type OpenAI from 'openai';
import type { KnowledgeEntry } from '../../../shared/models';
import type { Brain, CallAnalyst } from '../types';
import { createOpenAiCallAnalyst } from './callAnalyst';
import { createOpenAiBrain } from './openAiBrain';
import type { OpenAiSdk } from './openAiSdk';

export interface OpenAiConnection {
  brain: Brain;
  analyst: CallAnalyst;
  baseURL: string;
}

/**
 * The OpenAI brain and call analyst on one SDK client (one connection pool). Every request sets
 * its own timeout and retries; the client's are only a backstop for a request that forgot to.
 */
export function connectOpenAi(options: {
  apiKey: string;
  baseURL?: string;
  knowledge: () => KnowledgeEntry[];
}): OpenAiConnection {
  const baseURL = options.baseURL || 'https://api.openai.com/v1';
  let made: OpenAI | null = null;
  const client = ({ sdk }: OpenAiSdk) =>
    (made ??= new sdk.OpenAI({ apiKey: options.apiKey, baseURL, timeout: 15_000, maxRetries: 0 }));
  return {
    brain: createOpenAiBrain({ client, knowledge: options.knowledge, secrets: [options.apiKey] }),
    analyst: createOpenAiCallAnalyst(client),
    baseURL,
  };
}
