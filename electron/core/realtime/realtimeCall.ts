import type { TurnAi } from '../../shared/models';
import type { Settings } from '../../shared/settings';
import type { BrainAction } from '../brain/types';
import { maxUtteranceChars, type Conversation } from '../conversation/conversation';
import { personKey } from '../conversation/keypad';
import type { CallRecord } from '../store/callsRepo';
import { costCapGoodbye, pastCostCap } from './costCap';
import type { StreamOutbound } from './mediaStreamMessages';
import type { RealtimeConnection, RealtimeEvent } from './realtimeConnection';
import { droppedLineNote, resumeItems } from './realtimeResume';
import { greetingRequest, realtimeInstructions, sessionUpdate } from './realtimeSetup';
import { CallerDetails, clampedTurn, mergeDetails, toolAction } from './realtimeTools';
import { RealtimeUsage, realtimeCostUsd } from './realtimeUsage';
import type { StreamOutcomes } from './streamOutcomes';

/** Bytes of 8 kHz mu-law per millisecond. */
const bytesPerMs = 8;
/** How long a turn waits for the caller's words to be transcribed before it is stored without them. */
const transcriptWaitMs = 2000;
/** Past the audio still queued at Twilio, how long a handoff waits for the last mark. */
const playoutGraceMs = 1500;
/** How long a dropped Realtime socket may take to come back before the call carries on over Gather. */
const reconnectWaitMs = 1500;
/** Caller audio held while a new session is set up: 5 s of Twilio's 20 ms frames, the oldest dropped past it. */
const heldFramesMax = 250;

export interface RealtimeCallDeps {
  conversation: Conversation;
  outcomes: StreamOutcomes;
  settings: () => Settings;
  knowledge: () => Parameters<typeof realtimeInstructions>[1];
  /** Opens OpenAI's Realtime socket for this call with these handlers. */
  connect: (handlers: { onEvent: (event: RealtimeEvent) => void; onClose: (reason: string) => void }) => RealtimeConnection;
  log: (message: string, details?: Record<string, unknown>) => void;
  secrets?: readonly string[];
}

/** The model's speech in one output item: what was sent to Twilio, and what the caller heard of it. */
interface SpokenItem {
  id: string;
  transcript: string;
  sentMs: number;
  /** Set when the caller cut in: the audio Twilio had played by then. */
  heardMs: number | null;
}

/** A caller's turn and the model's answer, stored once the caller has heard it (they speak again, or leave). */
interface OpenTurn {
  greeting: boolean;
  inputItem: string | null;
  utterance: string | null;
  spoken: SpokenItem[];
  details: CallerDetails;
  action: BrainAction;
  speechEndedAt: number | null;
  firstAudioMs: number | null;
}

/** Tokens and cost of the responses not yet stored with a turn. */
interface Usage {
  input: number;
  cached: number;
  output: number;
  costUsd: number;
  priced: boolean;
}
const noUsage = (): Usage => ({ input: 0, cached: 0, output: 0, costUsd: 0, priced: true });

/** The call ends on this turn because it reached its cost cap: the note for the owner says so. */
interface CapWrapUp {
  note: string;
}

const newTurn = (greeting: boolean, inputItem: string | null = null): OpenTurn => ({
  greeting,
  inputItem,
  utterance: null,
  spoken: [],
  details: {},
  action: 'continue',
  speechEndedAt: null,
  firstAudioMs: null,
});

/** The words of `transcript` the caller heard, when only `heardMs` of its `sentMs` of audio played. */
export function heardWords(item: Pick<SpokenItem, 'transcript' | 'sentMs' | 'heardMs'>): string {
  if (item.heardMs === null || item.heardMs >= item.sentMs) return item.transcript;
  const words = item.transcript.split(/\s+/).filter(Boolean);
  return words.slice(0, Math.floor((words.length * item.heardMs) / Math.max(1, item.sentMs))).join(' ');
}

/**
 * One call spoken speech to speech: Twilio's Media Stream on one side, OpenAI's Realtime socket on
 * the other, audio piped both ways as `audio/pcmu` untouched. Opened while Twilio fetches the
 * TwiML (the greeting is asked for at once and waits for the stream). Turns are stored through
 * the conversation a Gather call uses, with only what the caller heard: Twilio answers a `mark`
 * sent after each piece of audio once it has played it, so when the caller cuts in Pickup clears
 * Twilio's queue and truncates the model's item at the audio actually played. Tools are clamped
 * as the chat brain's actions; a transfer, voicemail or goodbye ends the stream into the
 * `<Connect action>`, as does the owner's cost cap (with a goodbye that promises a callback). A
 * socket that drops mid-call is reconnected once, the new session given the same instructions
 * and the stored turns; if OpenAI cannot be reached, errors, drops again or stalls past the turn
 * budget, the stream ends at once and the call carries on over Gather from the stored turns.
 */
export function createRealtimeCall(callSid: string, greeting: string | null, deps: RealtimeCallDeps) {
  const { conversation } = deps;
  const findCall = (): CallRecord | null => conversation.findCall(callSid);
  let twilio: { send: (message: StreamOutbound) => void; close: () => void; streamSid: string } | null = null;
  /** Audio that arrived before Twilio's stream started (the greeting). */
  const early: string[] = [];
  let turn = newTurn(greeting !== null);
  let ended = false;
  let marksSent = 0;
  let lastMarkPlayed = 0;
  /** Per item, the audio Twilio has played, from the marks it answered. */
  const playedMs = new Map<string, number>();
  const markItems = new Map<string, { item: string; ms: number; n: number }>();
  let current: SpokenItem | null = null;
  let stallTimer: NodeJS.Timeout | null = null;
  let queue: Promise<void> = Promise.resolve();
  const transcripts = new Map<string, string>();
  const transcriptWaiters = new Map<string, () => void>();
  /** The caller's speech items whose transcript has not come yet. */
  const untranscribed = new Set<string>();
  /** A response was asked for (the caller stopped, a greeting, tool results) and is not done. */
  let awaitingReply = false;
  let unbilled = noUsage();
  let generation = 0;
  let reconnected = false;
  let reconnectTimer: NodeJS.Timeout | null = null;
  /** Caller audio that waits while a new session is being set up. */
  let held: string[] | null = null;
  const settings = deps.settings();
  const opened = findCall();
  /** What the call has cost so far, this bridge's responses included, for the cost cap. */
  let spentUsd = opened?.aiCostUsd ?? 0;
  const instructions = opened ? realtimeInstructions(conversation.context(opened, ''), deps.knowledge()) : null;

  const later = (job: () => Promise<void> | void) => {
    queue = queue.then(job).catch((error: unknown) => deps.log('realtime call step failed', { callSid, error: String(error) }));
  };

  const stopStallTimer = () => {
    if (stallTimer) clearTimeout(stallTimer);
    stallTimer = null;
  };
  /** The model must start speaking within the turn budget, as the chat brain must answer within it. */
  const startStallTimer = () => {
    stopStallTimer();
    const budget = deps.settings().aiTurnBudgetMs;
    stallTimer = setTimeout(() => fallBack(`no audio from OpenAI within ${budget} ms`), budget);
  };
  const stopReconnectTimer = () => {
    if (reconnectTimer) clearTimeout(reconnectTimer);
    reconnectTimer = null;
  };

  /** Opens a Realtime socket whose events count only while it is the call's current one. */
  const connect = (): RealtimeConnection => {
    const mine = ++generation;
    let up = false;
    return deps.connect({
      onEvent: (event) => {
        if (mine !== generation) return;
        if (!up) {
          up = true;
          stopReconnectTimer();
        }
        try {
          onOpenAiEvent(event);
        } catch (error) {
          deps.log('realtime event not handled', { callSid, type: event.type, error: String(error) });
        }
      },
      onClose: (reason) => {
        if (mine === generation && !ended) lost(reason, up);
      },
    });
  };

  /** The socket closed under the call: a drop is reconnected once; a refusal or a second drop goes to Gather. */
  const lost = (reason: string, wasUp: boolean) => {
    forgetTranscripts();
    if (!wasUp || reconnected) return fallBack(reason);
    reconnect(reason);
  };

  /** Transcripts a closed socket still owed will never come: nothing waits for them. */
  const forgetTranscripts = () => {
    for (const item of untranscribed) {
      if (!transcripts.has(item)) transcripts.set(item, '');
      transcriptWaiters.get(item)?.();
    }
    untranscribed.clear();
  };

  let openAi = connect();
  if (instructions !== null) {
    openAi.send(sessionUpdate(settings, instructions));
    if (greeting) {
      openAi.send(greetingRequest(greeting));
      awaitingReply = true;
      startStallTimer();
    }
  }

  /**
   * A new session for the rest of the call: the turn under way is stored as far as it went, and
   * the new session gets the same instructions, the stored turns and a note that the line
   * dropped; if the caller was waiting for an answer, it is asked for one. Caller audio waits
   * meanwhile, so it reaches the session after its setup.
   */
  const reconnect = (reason: string) => {
    reconnected = true;
    deps.log('OpenAI Realtime dropped: reconnecting once', { callSid, reason });
    stopStallTimer();
    const cut = turn;
    const wasAnswering = awaitingReply;
    turn = newTurn(false);
    current = null;
    awaitingReply = false;
    held = [];
    openAi = connect();
    reconnectTimer = setTimeout(
      () => fallBack(`OpenAI Realtime did not come back within ${reconnectWaitMs} ms`),
      reconnectWaitMs,
    );
    later(async () => {
      const stored = await store(cut);
      const call = findCall();
      if (ended || !call || instructions === null) return;
      if (stored && stored.action !== 'continue') {
        ended = true;
        deps.outcomes.handOff(callSid, { action: stored.action, say: stored.closing });
        endStream();
        return;
      }
      openAi.send(sessionUpdate(deps.settings(), instructions));
      for (const item of resumeItems(conversation.context(call, '').turns)) openAi.send(item);
      openAi.send(droppedLineNote());
      if (wasAnswering) {
        openAi.send({ type: 'response.create' });
        awaitingReply = true;
        startStallTimer();
      }
      const waiting = held ?? [];
      held = null;
      for (const audio of waiting) openAi.send({ type: 'input_audio_buffer.append', audio });
    });
  };

  const toTwilio = (message: StreamOutbound) => twilio?.send(message);

  const waitForTranscript = (item: string) =>
    transcripts.has(item)
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, transcriptWaitMs);
          transcriptWaiters.set(item, () => {
            clearTimeout(timer);
            transcriptWaiters.delete(item);
            resolve();
          });
        });

  /** The receptionist's side of a turn being stored, with the responses' usage since the last stored turn. */
  const takeUsage = (done: OpenTurn): TurnAi => {
    const usage = unbilled;
    unbilled = noUsage();
    return {
      brain: 'openai-realtime',
      fallback: false,
      model: deps.settings().realtimeModel,
      inputTokens: usage.input,
      cachedTokens: usage.cached,
      outputTokens: usage.output,
      ms: Math.max(0, Math.round(done.firstAudioMs ?? 0)),
      costUsd: usage.priced ? usage.costUsd : null,
    };
  };

  /**
   * Stores a finished turn: the caller's words and what they heard of the reply, clamped; returns
   * the closing handoff words. A turn the call ends on at its cost cap also gets the goodbye (a
   * callback promised), said by the `<Connect action>`.
   */
  const store = async (done: OpenTurn, capped?: CapWrapUp): Promise<{ action: BrainAction; closing: string } | null> => {
    if (done.inputItem) await waitForTranscript(done.inputItem);
    const call = findCall();
    if (!call) return null;
    const utterance = (done.inputItem ? (transcripts.get(done.inputItem) ?? '') : '').trim().slice(0, maxUtteranceChars);
    const heard = done.spoken.map(heardWords).filter(Boolean).join(' ').trim();
    const at = new Date().toISOString();
    if (done.greeting || (!utterance && !heard && done.action === 'continue')) {
      if (!capped) return null;
      const lead = conversation.context(call, '').lead;
      const goodbye = costCapGoodbye(deps.settings(), done.details.name ?? lead.name);
      conversation.appendTurns(call, [{ speaker: 'ai', text: goodbye, at, ai: takeUsage(done) }], {
        callbackRequested: true,
        brainNotes: [...call.brainNotes, capped.note],
      });
      return { action: 'end', closing: goodbye };
    }
    if (utterance) {
      const goodbye = conversation.outOfTime(call, utterance, null);
      if (goodbye) return { action: 'end', closing: goodbye };
    }
    const context = conversation.context(call, utterance);
    const clamped = clampedTurn({ heard, action: done.action, details: done.details, context, secrets: deps.secrets });
    const goodbye = capped ? costCapGoodbye(deps.settings(), done.details.name ?? context.lead.name) : '';
    const closing = [clamped.closing, goodbye].filter(Boolean).join(' ');
    const reply = capped
      ? {
          ...clamped.reply,
          callback: { time: null, phrase: null, number: null, ...clamped.reply.callback, requested: true, declined: false },
        }
      : clamped.reply;
    if (utterance && !heard && done.action === 'continue') {
      // The model said nothing the caller heard: their words are kept, and no empty reply.
      conversation.appendTurns(call, [{ speaker: 'caller', text: utterance, at }]);
      return { action: reply.action, closing };
    }
    const ai = takeUsage(done);
    const say = [heard, closing].filter(Boolean).join(' ');
    if (utterance || done.action !== 'continue') {
      conversation.storeTurn(call, {
        utterance: utterance || '(no words heard)',
        confidence: null,
        reply: { ...reply, say },
        notes: capped ? [capped.note] : [],
        ai,
      });
    } else {
      conversation.appendTurns(call, [{ speaker: 'ai', text: heard, at, ai }]);
    }
    return { action: reply.action, closing };
  };

  /** Ends the stream into the `<Connect action>` with where the call goes next. */
  const endStream = () => {
    stopStallTimer();
    stopReconnectTimer();
    openAi.close();
    twilio?.close();
  };

  /** Speech to speech gives up at once: the turn is stored as far as it went, and Gather carries on. */
  const fallBack = (reason: string) => {
    if (ended) return;
    ended = true;
    deps.log('speech to speech gave up: the call continues over Gather', { callSid, reason });
    forgetTranscripts();
    const open = turn;
    later(async () => {
      await store(open);
      deps.outcomes.fallBack(callSid, reason);
      endStream();
    });
  };

  const handOff = (action: BrainAction, said: OpenTurn, capped?: CapWrapUp) => {
    if (ended) return;
    ended = true;
    stopStallTimer();
    later(async () => {
      await allPlayed();
      const stored = await store({ ...said, action }, capped);
      const next = stored && stored.action !== 'continue' ? stored : { action, closing: '' };
      deps.outcomes.handOff(callSid, { action: next.action === 'continue' ? 'end' : next.action, say: next.closing });
      endStream();
    });
  };

  /** Resolves once Twilio has played every piece of audio sent (its last mark answered), or a grace period passed. */
  const allPlayed = async () => {
    const until = performance.now() + queuedMs() + playoutGraceMs;
    while (twilio && lastMarkPlayed < marksSent && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  };
  const queuedMs = () => {
    let ms = 0;
    for (const item of turn.spoken) ms += item.sentMs - (playedMs.get(item.id) ?? 0);
    return ms;
  };

  const forwardAudio = (itemId: string, payload: string) => {
    const ms = Buffer.byteLength(payload, 'base64') / bytesPerMs;
    if (!current || current.id !== itemId) {
      current = { id: itemId, transcript: '', sentMs: 0, heardMs: null };
      turn.spoken.push(current);
    }
    if (turn.firstAudioMs === null && turn.speechEndedAt !== null) turn.firstAudioMs = performance.now() - turn.speechEndedAt;
    current.sentMs += ms;
    if (!twilio) {
      early.push(payload);
      return;
    }
    sendAudio(itemId, payload, current.sentMs);
  };
  const sendAudio = (itemId: string, payload: string, endMs: number) => {
    toTwilio({ event: 'media', streamSid: twilio!.streamSid, media: { payload } });
    const n = ++marksSent;
    const name = `${n}`;
    markItems.set(name, { item: itemId, ms: endMs, n });
    toTwilio({ event: 'mark', streamSid: twilio!.streamSid, mark: { name } });
  };

  /** The caller cut in: Twilio's queue dropped, the model's item cut where the caller stopped hearing it. */
  const bargeIn = () => {
    const item = current;
    if (!item || !twilio) return;
    // Compared before rounding: audio of an odd number of bytes lasts a fraction of a millisecond past its last whole one.
    const playedExactly = playedMs.get(item.id) ?? 0;
    if (playedExactly >= item.sentMs) return;
    const played = Math.floor(playedExactly);
    item.heardMs = played;
    toTwilio({ event: 'clear', streamSid: twilio.streamSid });
    openAi.send({ type: 'conversation.item.truncate', item_id: item.id, content_index: 0, audio_end_ms: played });
  };

  const onOpenAiEvent = (event: RealtimeEvent) => {
    if (ended && event.type !== 'conversation.item.input_audio_transcription.completed') return;
    switch (event.type) {
      case 'response.output_audio.delta':
        stopStallTimer();
        return forwardAudio(String(event.item_id), String(event.delta));
      case 'response.output_audio_transcript.delta': {
        // Kept as it comes, so a reply cut off by a dropped socket is stored as far as it was said.
        const item = turn.spoken.find((s) => s.id === event.item_id);
        if (item) item.transcript += String(event.delta ?? '');
        return;
      }
      case 'response.output_audio_transcript.done': {
        const item = turn.spoken.find((s) => s.id === event.item_id);
        if (item) item.transcript = String(event.transcript ?? '');
        return;
      }
      case 'input_audio_buffer.speech_started': {
        bargeIn();
        const done = turn;
        const item = typeof event.item_id === 'string' ? event.item_id : null;
        if (item) untranscribed.add(item);
        turn = newTurn(false, item);
        current = null;
        later(async () => {
          const stored = await store(done);
          // Out of time: the goodbye was stored with the caller's words.
          if (stored && stored.action !== 'continue' && !ended) {
            ended = true;
            deps.outcomes.handOff(callSid, { action: 'end', say: stored.closing });
            endStream();
          }
        });
        return;
      }
      case 'input_audio_buffer.speech_stopped':
        turn.speechEndedAt = performance.now();
        if (typeof event.item_id === 'string') {
          turn.inputItem = event.item_id;
          if (!transcripts.has(event.item_id)) untranscribed.add(event.item_id);
        }
        awaitingReply = true;
        return startStallTimer();
      case 'conversation.item.input_audio_transcription.completed': {
        const item = String(event.item_id);
        transcripts.set(item, String(event.transcript ?? ''));
        untranscribed.delete(item);
        transcriptWaiters.get(item)?.();
        return;
      }
      case 'response.function_call_arguments.done':
        return onToolCall(String(event.name), String(event.call_id), String(event.arguments ?? '{}'));
      case 'response.done':
        return onResponseDone(event);
      case 'error': {
        const error = (event.error ?? {}) as { type?: string; message?: string };
        deps.log('OpenAI Realtime reported an error', { callSid, type: error.type, message: error.message });
        if (error.type !== 'invalid_request_error')
          fallBack(`OpenAI Realtime error: ${error.message ?? error.type ?? 'unknown'}`);
        return;
      }
    }
  };

  let pendingOutputs = 0;
  const onToolCall = (name: string, callId: string, args: string) => {
    stopStallTimer();
    const action = toolAction(name);
    if (action !== 'continue') {
      turn.action = action;
      return;
    }
    let parsed: CallerDetails = {};
    try {
      const result = CallerDetails.safeParse(JSON.parse(args));
      if (result.success) parsed = result.data;
      else deps.log('realtime tool arguments refused', { callSid, name, issue: result.error.issues[0]?.message });
    } catch {
      deps.log('realtime tool arguments are not JSON', { callSid, name });
    }
    if (name === 'save_caller_details') turn.details = mergeDetails(turn.details, parsed);
    openAi.send({
      type: 'conversation.item.create',
      item: { type: 'function_call_output', call_id: callId, output: JSON.stringify({ saved: name === 'save_caller_details' }) },
    });
    pendingOutputs++;
  };

  const onResponseDone = (event: RealtimeEvent) => {
    awaitingReply = false;
    const response = (event.response ?? {}) as { usage?: unknown };
    const usage = RealtimeUsage.safeParse(response.usage ?? {});
    if (usage.success) {
      const u = usage.data;
      const cost = realtimeCostUsd(deps.settings().realtimeModel, u, deps.settings().aiPrices);
      unbilled.input += u.input_tokens;
      unbilled.cached += u.input_token_details.cached_tokens ?? 0;
      unbilled.output += u.output_tokens;
      if (cost === null) unbilled.priced = false;
      else {
        unbilled.costUsd += cost;
        spentUsd += cost;
      }
    }
    if (turn.action !== 'continue') return handOff(turn.action, turn);
    const cap = deps.settings().realtimeCostCapUsd;
    if (pastCostCap(cap, spentUsd)) {
      deps.log('speech to speech call reached its cost cap: wrapping up', { callSid, capUsd: cap, spentUsd });
      const note = `${new Date().toISOString()} speech to speech: the call reached its cost cap of $${cap.toFixed(2)} ($${spentUsd.toFixed(4)} spent) and was wrapped up with a callback promised`;
      return handOff('end', turn, { note });
    }
    if (pendingOutputs > 0) {
      pendingOutputs = 0;
      openAi.send({ type: 'response.create' });
      awaitingReply = true;
      startStallTimer();
    }
  };

  return {
    /** Twilio's stream started (admitted by the media socket): audio that was waiting goes out now. */
    attach(stream: { send: (message: StreamOutbound) => void; close: () => void; streamSid: string }) {
      twilio = stream;
      if (ended) {
        later(() => stream.close());
        return;
      }
      let ms = 0;
      for (const payload of early.splice(0)) {
        ms += Buffer.byteLength(payload, 'base64') / bytesPerMs;
        sendAudio(turn.spoken[0]?.id ?? 'greeting', payload, ms);
      }
    },

    /** The caller's audio, a 20 ms frame of mu-law as Twilio sent it. */
    audio(payload: string) {
      if (ended) return;
      if (held) {
        held.push(payload);
        if (held.length > heldFramesMax) held.shift();
        return;
      }
      // A link that cannot keep up drops audio rather than queueing it behind the conversation.
      if (openAi.backlog() > 256 * 1024) return;
      openAi.send({ type: 'input_audio_buffer.append', audio: payload });
    },

    mark(name: string) {
      const mark = markItems.get(name);
      if (!mark) return;
      markItems.delete(name);
      lastMarkPlayed = Math.max(lastMarkPlayed, mark.n);
      playedMs.set(mark.item, Math.max(playedMs.get(mark.item) ?? 0, mark.ms));
    },

    /** A key the caller pressed: 0 puts them through, as in every transport; others are noted. */
    dtmf(digit: string) {
      if (ended) return;
      if (digit !== personKey) {
        deps.log('realtime dtmf ignored', { callSid, digit });
        return;
      }
      bargeIn();
      ended = true;
      stopStallTimer();
      const done = turn;
      later(async () => {
        await store(done);
        const call = findCall();
        if (!call) return;
        const { say } = conversation.keypress(call, personKey);
        deps.outcomes.handOff(callSid, { action: 'transfer', say });
        endStream();
      });
    },

    /** The stream closed (the caller hung up, or Pickup ended it): the open turn is stored. */
    async close(): Promise<void> {
      if (!ended) {
        ended = true;
        const done = turn;
        later(async () => {
          await store(done);
        });
      }
      stopStallTimer();
      stopReconnectTimer();
      openAi.close();
      twilio = null;
      await queue;
    },

    /** Pickup gave up on the stream before it started (it never came). */
    get ended() {
      return ended;
    },
  };
}
export type RealtimeCall = ReturnType<typeof createRealtimeCall>;
