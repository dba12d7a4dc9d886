import type { Turn } from '../../../electron/shared/models';

const turnKey = (t: Turn) => `${t.at}|${t.speaker}|${t.text}`;

/** Adds turns not already there: a fetched transcript and live events can overlap. */
export function mergeTurns(existing: Turn[], incoming: Turn[]): Turn[] {
  const seen = new Set(existing.map(turnKey));
  return [...existing, ...incoming.filter((t) => !seen.has(turnKey(t)))];
}
