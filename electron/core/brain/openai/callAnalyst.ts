import type OpenAI from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import type { CallOutcome } from '../../../shared/models';
import { BrainFailure, type CallAnalysis, type CallAnalysisInput, type CallAnalyst, type ModelUsage } from '../types';
import { analysisRequest, ModelAnalysis } from './analysisPrompt';
import { loadOpenAiSdk, type OpenAiSdk } from './openAiSdk';
import { usageOf } from './modelUsage';
import { toPlainText } from './plainText';

/**
 * Nobody waits on the line for a summary, so it gets one retry; each attempt is still bounded,
 * as shutting down waits for the wrap-ups in flight.
 */
const analysisTimeoutMs = 8000;

function parseAnalysis(completion: ChatCompletion, usage: ModelUsage): ModelAnalysis {
  const choice = completion.choices[0];
  if (!choice || choice.finish_reason !== 'stop' || choice.message.refusal) {
    throw new BrainFailure(`OpenAI gave no usable summary (${choice?.finish_reason ?? 'no choice'})`, usage);
  }
  try {
    return ModelAnalysis.parse(JSON.parse(choice.message.content ?? ''));
  } catch {
    throw new BrainFailure('OpenAI summary does not fit the schema', usage);
  }
}

/**
 * The engine knows how a call ended (put through, voicemail, a callback arranged); the model only
 * judges what the engine cannot: whether a call that ended otherwise was a real enquiry.
 */
export function mergeOutcome(known: CallOutcome, genuine: boolean): CallOutcome {
  if (known !== 'qualified' && known !== 'dropped') return known;
  return genuine ? 'qualified' : 'dropped';
}

function toCallAnalysis(model: ModelAnalysis, input: CallAnalysisInput): CallAnalysis {
  return {
    aiSummary: toPlainText(model.summary, 80),
    callerIntent: model.callerIntent,
    callerSentiment: model.callerSentiment,
    outcome: mergeOutcome(input.outcome, model.genuine),
  };
}

/** Summaries and analysis at the end of a call, by the same model and price table as the turns. */
export function createOpenAiCallAnalyst(client: (sdk: OpenAiSdk) => OpenAI): CallAnalyst {
  return {
    async analyze(input) {
      const sdk = await loadOpenAiSdk();
      const body = analysisRequest(input, sdk);
      const completion = await client(sdk).chat.completions.create(body, { timeout: analysisTimeoutMs, maxRetries: 1 });
      const usage = usageOf(completion, body.model, input.settings.aiPrices);
      const analysis = toCallAnalysis(parseAnalysis(completion, usage), input);
      if (!analysis.aiSummary) throw new BrainFailure('OpenAI summary was empty', usage);
      return { analysis, usage };
    },
  };
}
