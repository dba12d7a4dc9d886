import type { ModelAnalysis } from '../../electron/core/brain/openai/analysisPrompt';
import type { ModelReply } from '../../electron/core/brain/openai/modelReply';

type ReplyOverrides = Partial<Omit<ModelReply, 'collected' | 'callback'>> & {
  collected?: Partial<ModelReply['collected']>;
  callback?: Partial<ModelReply['callback']>;
};

/** A complete structured reply as the model would send it, for scripting the stand-in model. */
export function modelReply(overrides: ReplyOverrides = {}): ModelReply {
  return {
    say: 'Sure, I can help with that. Can I get your name, please?',
    intent: 'other',
    sentiment: 'neutral',
    action: 'continue',
    callerKind: 'caller',
    questions: [],
    language: 'en',
    ...overrides,
    collected: { name: null, address: null, project: null, urgency: null, ...overrides.collected },
    callback: { requested: false, phrase: null, localTime: null, number: null, ...overrides.callback },
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
