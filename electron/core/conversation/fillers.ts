import type { CallLanguage } from '../brain/types';

/** How long a caller waits in silence for the model before the receptionist says a filler. */
export const fillerAfterMs = 1500;

/** At most this many fillers in one turn: past them, the caller waits for the reply or the offline brain. */
export const maxFillersPerTurn = 2;

const fillers: Record<CallLanguage, readonly string[]> = {
  en: ['Let me check on that.', 'One moment, please.', 'Okay, let me see.', 'Just a second.', 'Sure, give me a moment.'],
  es: ['Déjeme revisar eso.', 'Un momento, por favor.', 'Muy bien, déjeme ver.', 'Un segundo.', 'Claro, deme un momento.'],
};

/**
 * A short natural phrase that tells the caller the receptionist is still there, while the model
 * is slow. `n` varies it (the turn's number and the filler's place in it), so a caller does not
 * hear the same words every time; the same `n` gives the same words, so a replay says them again.
 */
export function filler(language: CallLanguage, n: number): string {
  const list = fillers[language];
  return list[Math.abs(Math.trunc(n)) % list.length]!;
}
