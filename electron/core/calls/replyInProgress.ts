import type { CallLanguage } from '../brain/types';
import type { TurnResult } from '../conversation/turnRunner';

/** A turn's reply while the brain writes it: the words so far, and the whole result once there. */
export interface ReplyInProgress {
  /** What the caller said, as the reply was asked for. */
  readonly utterance: string;
  /** The main brain's words so far (a fallback's words are only in the result). */
  words(): string;
  /** The language the words are in, once the brain said. */
  language(): CallLanguage | undefined;
  /** The turn's result, once it is there. */
  result(): TurnResult | null;
  readonly done: Promise<TurnResult>;
  /** Resolves when more words or the result arrive, or after `ms` (at once for 0). */
  changed(ms: number): Promise<void>;
  /** Stops the turn: its model request is aborted, and its result says it was interrupted. */
  abort(): void;
}

/**
 * Starts a turn whose words are collected as they come, so a transport that cannot stream
 * (Gather) can still say its first sentences early, or decide later whether to use it at all
 * (a reply started on the caller's partial words).
 */
export function startReply(
  utterance: string,
  run: (speak: (text: string, language?: CallLanguage) => void, signal: AbortSignal) => Promise<TurnResult>,
): ReplyInProgress {
  const controller = new AbortController();
  let words = '';
  let language: CallLanguage | undefined;
  let result: TurnResult | null = null;
  let waiters: (() => void)[] = [];
  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const resolve of woken) resolve();
  };
  const done = run((text, spokenIn) => {
    words += text;
    language = spokenIn ?? language;
    wake();
  }, controller.signal).then(
    (settled) => {
      result = settled;
      wake();
      return settled;
    },
    (error: unknown) => {
      wake();
      throw error;
    },
  );
  // A turn nobody waits for (a discarded speculation) must not be an unhandled rejection.
  done.catch(() => {});

  return {
    utterance,
    words: () => words,
    language: () => language,
    result: () => result,
    done,
    changed: (ms) =>
      new Promise<void>((resolve) => {
        if (result) return resolve();
        const timer = setTimeout(resolve, ms);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
    abort: () => controller.abort(new Error('the reply is no longer wanted')),
  };
}
