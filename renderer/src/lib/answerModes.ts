import { Clock, Sun, Zap, type LucideIcon } from 'lucide-react';
import type { VoiceMode } from '../../../electron/shared/settings';

/** When Pickup answers, in the same words wherever the owner chooses it (the welcome, Settings). */
export const answerModes: ReadonlyArray<{ value: VoiceMode; title: string; text: string; icon: LucideIcon }> = [
  {
    value: 'after_hours',
    title: 'After hours',
    text: 'Your phone rings in business hours; Pickup answers the rest.',
    icon: Clock,
  },
  {
    value: 'overflow',
    title: "When you can't pick up",
    text: 'Your phone rings first; Pickup answers if you miss it.',
    icon: Sun,
  },
  { value: 'always', title: 'Every call', text: 'Pickup answers every call and puts urgent ones through.', icon: Zap },
];

/** The computer's own time zone, to start from when the business has not chosen one. */
export function computerTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/** Every time zone the browser knows, for a picker; the current one first if it is unusual. */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return known.includes(current) ? known : [current, ...known];
}

export const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
