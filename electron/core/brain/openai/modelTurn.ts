import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import { BrainFailure, type ModelUsage } from '../types';
import { receptionistToolName, TurnActions } from './modelReply';

/** The model's answer to one turn, whole or streamed and joined so far. */
export interface ModelTurn {
  /** The words to the caller, plain text. */
  content: string;
  refusal: string;
  finishReason: string | null;
  /** Tool calls by their index in the answer, each as written so far. */
  toolCalls: { name: string; arguments: string }[];
}

export const emptyTurn = (): ModelTurn => ({ content: '', refusal: '', finishReason: null, toolCalls: [] });

/** A whole completion's first choice as a turn. */
export function turnOf(completion: ChatCompletion, usage: ModelUsage): ModelTurn {
  const choice = completion.choices[0];
  if (!choice) throw new BrainFailure('OpenAI returned no reply', usage);
  const { message } = choice;
  return {
    content: message.content ?? '',
    refusal: message.refusal ?? '',
    finishReason: choice.finish_reason,
    toolCalls: (message.tool_calls ?? []).flatMap((call) =>
      call.type === 'function' ? [{ name: call.function.name, arguments: call.function.arguments }] : [],
    ),
  };
}

/** Adds one streamed chunk to the turn: content is appended, a tool call's name and arguments arrive in pieces by index. */
export function addChunk(turn: ModelTurn, chunk: ChatCompletionChunk): void {
  const choice = chunk.choices[0];
  if (!choice) return;
  const { delta } = choice;
  turn.content += delta.content ?? '';
  turn.refusal += delta.refusal ?? '';
  turn.finishReason = choice.finish_reason ?? turn.finishReason;
  for (const piece of delta.tool_calls ?? []) {
    while (turn.toolCalls.length <= piece.index) turn.toolCalls.push({ name: '', arguments: '' });
    const call = turn.toolCalls[piece.index]!;
    call.name += piece.function?.name ?? '';
    call.arguments += piece.function?.arguments ?? '';
  }
}

/**
 * Whether the words are all written: the model writes them before its tool call, so they end
 * when the call starts, or when the answer does.
 */
export const wordsComplete = (turn: ModelTurn): boolean => turn.toolCalls.length > 0 || turn.finishReason !== null;

/**
 * The turn's words and its actions, checked against the schema they were asked for. A turn with
 * words but no call of the receptionist's tool has `actions` null (the words still stand); a
 * call whose arguments are not JSON or do not fit the schema is a failure, as is a refusal or an
 * answer cut off at the token limit.
 */
export function parseTurn(turn: ModelTurn, usage: ModelUsage): { say: string; actions: TurnActions | null } {
  if (turn.refusal) throw new BrainFailure(`OpenAI refused: ${turn.refusal.slice(0, 200)}`, usage);
  if (turn.finishReason === 'length') throw new BrainFailure('OpenAI reply was cut off at the token limit', usage);
  const call = turn.toolCalls.find((c) => c.name === receptionistToolName);
  if (!call) return { say: turn.content, actions: null };
  let json: unknown;
  try {
    json = JSON.parse(call.arguments);
  } catch {
    throw new BrainFailure(`OpenAI reply's actions are not JSON: ${JSON.stringify(call.arguments.slice(0, 80))}`, usage);
  }
  const parsed = TurnActions.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BrainFailure(
      `OpenAI reply does not fit the schema: ${issue?.path.join('.') || 'actions'} ${issue?.message ?? ''}`.trim(),
      usage,
    );
  }
  return { say: turn.content, actions: parsed.data };
}
