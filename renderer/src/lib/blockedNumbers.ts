import { isCallerNumber } from '../../../electron/shared/phone';

/** The blocked list with the number added once, keeping the order the owner added them in. */
export const withBlocked = (list: readonly string[], number: string): string[] =>
  list.includes(number) ? [...list] : [...list, number];

export const withoutBlocked = (list: readonly string[], number: string): string[] => list.filter((n) => n !== number);

/** Only a real number can be blocked: a withheld caller ID ("anonymous", or spelled as +266696687) names nobody. */
export const canBlock = isCallerNumber;
