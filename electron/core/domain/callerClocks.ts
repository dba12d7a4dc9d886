/** A clock other than the business's that a caller may give times on, and how it is named beside them. */
export interface CallerClock {
  /** IANA time zone. */
  timeZone: string;
  /** "Central time": how the owner and the caller read it beside a time. */
  label: string;
}

/** The clocks of the continental US (and Arizona's, which keeps standard time all year). */
export const callerClocks = {
  eastern: { timeZone: 'America/New_York', label: 'Eastern time' },
  central: { timeZone: 'America/Chicago', label: 'Central time' },
  pacific: { timeZone: 'America/Los_Angeles', label: 'Pacific time' },
  arizona: { timeZone: 'America/Phoenix', label: 'Arizona time' },
  mountain: { timeZone: 'America/Denver', label: 'Mountain time' },
} as const satisfies Record<string, CallerClock>;

/** The caller's words for a time with the clock they gave it on: "after 2 (Central time)". */
export function onCallerClock(phrase: string, clock: CallerClock): string {
  return `${phrase} (${clock.label})`;
}

/** The clock a phrase written by `onCallerClock` names, or null. */
export function clockOfPhrase(phrase: string | null): CallerClock | null {
  const label = phrase ? /\(([A-Za-z]+ time)\)\s*$/.exec(phrase)?.[1] : undefined;
  return Object.values(callerClocks).find((clock) => clock.label === label) ?? null;
}
