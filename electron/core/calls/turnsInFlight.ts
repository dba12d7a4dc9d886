/**
 * The Gather turns each call is answering right now. A replay of a turn still running (Twilio's
 * retry) shares its answer instead of running it twice, and a call's wrap-up waits for them, so a
 * `completed` status that overtakes the last turn never leaves it out of the summary.
 */
export function createTurnsInFlight() {
  const running = new Map<string, Map<number, Promise<string>>>();

  return {
    /** Runs turn `turn` of the call once; a second request for it while it runs gets the same answer. */
    run(callId: string, turn: number, answer: () => Promise<string>): Promise<string> {
      const turns = running.get(callId) ?? new Map<number, Promise<string>>();
      const existing = turns.get(turn);
      if (existing) return existing;
      const done = answer().finally(() => {
        turns.delete(turn);
        if (turns.size === 0) running.delete(callId);
      });
      turns.set(turn, done);
      running.set(callId, turns);
      return done;
    },

    /**
     * Whether no turn of the call is being answered but `turn` (and the storing of its rest,
     * `turn + 0.5`, see gatherStreams): with `null`, whether none is.
     */
    onlyTurn(callId: string, turn: number | null): boolean {
      const turns = running.get(callId);
      return !turns || [...turns.keys()].every((t) => turn !== null && (t === turn || t === turn + 0.5));
    },

    /** Resolves once every turn of the call running now has been answered (or failed). */
    async settled(callId: string): Promise<void> {
      const turns = running.get(callId);
      if (turns) await Promise.allSettled([...turns.values()]);
    },
  };
}

export type TurnsInFlight = ReturnType<typeof createTurnsInFlight>;
