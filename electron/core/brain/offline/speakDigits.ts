/**
 * An E.164 number as the voice should read it back, digit by digit with a pause between groups:
 * "+13035550199" -> "3 0 3, 5 5 5, 0 1 9 9". Numbers outside North America are read in one group.
 */
export function speakDigits(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  const spell = (group: string) => group.split('').join(' ');
  if (digits.length === 11 && digits.startsWith('1')) {
    return [digits.slice(1, 4), digits.slice(4, 7), digits.slice(7)].map(spell).join(', ');
  }
  return spell(digits);
}
