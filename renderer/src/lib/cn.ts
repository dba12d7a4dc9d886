/** Joins class names, skipping falsy ones (shadcn's `cn`, without class merging: callers avoid conflicts). */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}
