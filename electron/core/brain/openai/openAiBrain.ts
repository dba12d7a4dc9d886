import type OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { setTimeout as sleep } from 'node:timers/promises';
import type { KnowledgeEntry } from '../../../shared/models';
import { BrainFailure, type Brain, type BrainContext, type BrainReply, type ModelUsage } from '../types';
import { receptionistTool } from './modelReply';
import { loadOpenAiSdk, type OpenAiSdk } from './openAiSdk';
import { addChunk, emptyTurn, parseTurn, turnOf, wordsComplete, type ModelTurn } from './modelTurn';
import { mentionsPrivate } from './plainText';
import { usageOf } from './modelUsage';
import { callFacts, receptionistMessages } from './receptionistPrompt';
import { classifyFailure, retryDelayMs } from './retryPlan';
import { speakableWords } from './speakableWords';
import { toBrainReply, wordsOnlyReply } from './toBrainReply';

/** Room for the reply's words and actions (about 150 tokens) and then some; a runaway answer is cut off, not waited for. */
const maxReplyTokens = 400;
/**
 * A request's own timeout ends just after the turn's budget: the budget's abort cuts it off
 * first (so the record says the turn ran out of time), and the timeout still ends it where no
 * budget applies.
 */
const timeoutPastBudgetMs = 250;
/** A streamed reply's budget covers its first words; the rest of it may take this much longer. */
const streamTimeoutPastBudgetMs = 10_000;

export interface OpenAiBrainOptions {
  /** The client, made with the SDK once it is loaded (see openAiSdk). */
  client: (sdk: OpenAiSdk) => OpenAI;
  /** The knowledge base as it is now; it grounds every answer. */
  knowledge: () => KnowledgeEntry[];
  /** Strings the receptionist never says, whatever the model answers (the API key). */
  secrets?: readonly string[];
}

/**
 * This call's facts as the first turn wrote them. What the caller says during the call (their
 * name, once given, lands on the lead record) is in the conversation already; writing it into the
 * facts as well would change the prompt's second message every turn and lose the cache for all
 * that follows it.
 */
const factsOf = (context: BrainContext): string =>
  typeof context.state.callFacts === 'string' ? context.state.callFacts : callFacts(context);

/** One turn's request: the same model settings every turn, so only the conversation grows. */
function receptionistRequest(
  sdk: OpenAiSdk,
  context: BrainContext,
  knowledge: readonly KnowledgeEntry[],
  facts: string,
): ChatCompletionCreateParamsNonStreaming {
  const { aiModel, aiTemperature } = context.settings;
  return {
    model: aiModel,
    messages: receptionistMessages(context, knowledge, facts),
    // The words come as plain text, so the first is spoken as soon as it is written; the actions
    // follow in one strict call of the tool. `auto`, because a forced call would leave no words;
    // no parallel calls, which strict schemas are not guaranteed with.
    tools: [receptionistTool(sdk)],
    tool_choice: 'auto',
    parallel_tool_calls: false,
    temperature: aiTemperature,
    max_completion_tokens: maxReplyTokens,
    // Callers' words are not kept by OpenAI for evals or distillation.
    store: false,
    prompt_cache_key: 'pickup-receptionist',
  };
}

/** The turn's words and actions as a checked reply: every clamp of `toBrainReply` applies either way. */
function checkedReply(turn: ModelTurn, usage: ModelUsage, context: BrainContext, secrets: readonly string[]): BrainReply {
  const { say, actions } = parseTurn(turn, usage);
  return actions ? toBrainReply({ say, ...actions }, context, secrets) : wordsOnlyReply(say, context, secrets);
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The AI receptionist. Each turn asks the model with a timeout of the turn's budget and no SDK
 * retries, and asks a second time only when the failure is worth retrying and a whole attempt
 * still fits in the budget. Whatever the model says goes through `toBrainReply` before
 * the caller hears it.
 */
export function createOpenAiBrain(options: OpenAiBrainOptions): Brain {
  const { client, secrets = [] } = options;

  const complete = async (
    sdk: OpenAiSdk,
    body: ChatCompletionCreateParamsNonStreaming,
    deadline: number,
    signal: AbortSignal | undefined,
  ) => {
    const attempt = () =>
      client(sdk).chat.completions.create(body, {
        signal,
        timeout: Math.max(1, Math.ceil(deadline - performance.now())) + timeoutPastBudgetMs,
        maxRetries: 0,
      });
    try {
      return await attempt();
    } catch (error) {
      const delay = retryDelayMs(classifyFailure(error, sdk.sdk), deadline - performance.now());
      if (delay === null) throw error;
      await sleep(delay, undefined, { signal });
      return attempt();
    }
  };

  return {
    name: 'openai',
    async reply(context, signal) {
      const { settings } = context;
      const facts = factsOf(context);
      const sdk = await loadOpenAiSdk();
      const body = receptionistRequest(sdk, context, options.knowledge(), facts);
      let completion: ChatCompletion;
      try {
        completion = await complete(sdk, body, performance.now() + settings.aiTurnBudgetMs, signal);
      } catch (error) {
        throw new BrainFailure(`OpenAI: ${describe(error)}`);
      }
      const usage = usageOf(completion, body.model, settings.aiPrices);
      const reply = checkedReply(turnOf(completion, usage), usage, context, secrets);
      if (!reply.say) throw new BrainFailure('OpenAI reply had nothing to say', usage);
      return { ...reply, state: { ...reply.state, callFacts: facts }, usage };
    },

    /**
     * The same turn, streamed: the words go out as the model writes them (until they would
     * name a private number or secret, when they stop and the checked reply's words take over),
     * then the whole reply, checked exactly as `reply` checks it. Retried only when refused
     * before any word: a retry after words would repeat what the caller has already heard.
     */
    async *stream(context, signal) {
      const { settings } = context;
      const facts = factsOf(context);
      const sdk = await loadOpenAiSdk();
      const body = receptionistRequest(sdk, context, options.knowledge(), facts);
      const privateValues = {
        numbers: [settings.forwardingNumber, settings.ownerPhone, ...settings.blockedNumbers].filter(Boolean),
        secrets,
      };
      const turn = emptyTurn();
      let model = body.model;
      let counts: ChatCompletion['usage'] | undefined;
      let spoken = '';
      let silenced = false;
      try {
        const deadline = performance.now() + settings.aiTurnBudgetMs;
        const open = () =>
          client(sdk).chat.completions.create(
            { ...body, stream: true, stream_options: { include_usage: true } },
            { signal, timeout: settings.aiTurnBudgetMs + streamTimeoutPastBudgetMs, maxRetries: 0 },
          );
        // A request refused before its first word (a rate limit, a server error) is tried again
        // as `reply` does: nothing was said yet, so nothing can be heard twice.
        const chunks = await open().catch(async (error: unknown) => {
          const delay = retryDelayMs(classifyFailure(error, sdk.sdk), deadline - performance.now());
          if (delay === null) throw error;
          await sleep(delay, undefined, { signal });
          return open();
        });
        for await (const chunk of chunks) {
          model = chunk.model || model;
          counts = chunk.usage ?? counts;
          addChunk(turn, chunk);
          if (silenced) continue;
          const text = speakableWords(turn.content, wordsComplete(turn));
          if (text.length <= spoken.length) continue;
          if (mentionsPrivate(text, privateValues)) {
            silenced = true;
            continue;
          }
          const delta = text.slice(spoken.length);
          spoken = text;
          yield { type: 'text', text: delta };
        }
      } catch (error) {
        throw new BrainFailure(`OpenAI: ${describe(error)}`);
      }
      const usage = usageOf({ model, usage: counts } as ChatCompletion, body.model, settings.aiPrices);
      const reply = checkedReply(turn, usage, context, secrets);
      if (!reply.say && !spoken) throw new BrainFailure('OpenAI reply had nothing to say', usage);
      yield { type: 'reply', reply: { ...reply, state: { ...reply.state, callFacts: facts }, usage } };
    },
  };
}
