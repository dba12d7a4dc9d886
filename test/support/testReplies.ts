import type { ModelAnalysis } from '../../electron/core/brain/openai/analysisPrompt';
import type { ModelReply } from '../../electron/core/brain/openai/modelReply';
import { talkOnly } from '../../electron/core/brain/openai/toBrainReply';

type ReplyOverrides = Partial<Omit<ModelReply, 'collected' | 'callback'>> & {
  collected?: Partial<ModelReply['collected']>;
  callback?: Partial<ModelReply['callback']>;
};

/** A complete structured reply as the model would send it, for scripting the stand-in model. */
export function modelReply(overrides: ReplyOverrides = {}): ModelReply {
  return {
    say: 'Sure, I can help with that. Can I get your name, please?',
    ...talkOnly,
    ...overrides,
    collected: { ...talkOnly.collected, ...overrides.collected },
    callback: { ...talkOnly.callback, ...overrides.callback },
  };
}

export function modelAnalysis(overrides: Partial<ModelAnalysis> = {}): ModelAnalysis {
  return {
    summary: 'A caller asked about a job.',
    callerIntent: 'other',
    callerSentiment: 'neutral',
    genuine: true,
    ...overrides,
  };
}
