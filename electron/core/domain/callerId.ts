/**
 * What Twilio puts in `From` when the caller withheld their number: a word ("anonymous"), or the
 * word spelled on a keypad as a number (ANONYMOUS +266696687, RESTRICTED +7378742833, BLOCKED
 * +2562533, UNKNOWN +8656696, UNAVAILABLE +86282452253). Those look like numbers but are shared
 * by every withheld caller, so they must never become one lead, be greeted by a stored name, or be
 * texted.
 */
const spelledWithheld = new Set(['+266696687', '+7378742833', '+2562533', '+8656696', '+86282452253']);

/** Whether a caller ID is a real number that reaches one caller (E.164, not a withheld spelling). */
export function isCallerNumber(from: string): boolean {
  return /^\+[1-9]\d{7,14}$/.test(from) && !spelledWithheld.has(from);
}
