/** The blocked list with the number added once, keeping the order the owner added them in. */
export const withBlocked = (list: readonly string[], number: string): string[] =>
  list.includes(number) ? [...list] : [...list, number];

export const withoutBlocked = (list: readonly string[], number: string): string[] => list.filter((n) => n !== number);

/** Only a real number can be blocked: a withheld caller ID ("anonymous") names nobody. */
export const canBlock = (number: string): boolean => /^\+[1-9]\d{6,14}$/.test(number);
