import type { z } from 'zod';

/** The first message for each top-level field of a failed parse, for errors shown under inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
    for (const key of keys) errors[key] ??= issue.message;
  }
  return errors;
}
