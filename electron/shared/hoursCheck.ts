/**
 * What the Settings form says about business hours before saving. Hours that close before they
 * open run overnight (a night-shift plumber's 17:00-08:00) and are allowed; equal hours or no
 * business days at all would leave "business hours" meaning nothing, so they are refused.
 */
export function hoursProblem(start: string, end: string): string | null {
  return start === end ? 'Opening and closing times are the same. Set the time you close.' : null;
}

export function hoursNote(start: string, end: string): string | null {
  return end < start ? `Open overnight: from ${clock(start)} until ${clock(end)} the next morning.` : null;
}

export function daysProblem(days: readonly number[]): string | null {
  return days.length === 0 ? 'Pick at least one business day, or choose "Every call" so Pickup always answers.' : null;
}

/** 17:30 -> 5:30 PM. */
function clock(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return `${h % 12 || 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}
