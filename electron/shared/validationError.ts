import type { z } from 'zod';

/** One readable line naming the field(s) that were wrong, e.g. `forwardingNumber: "12" is not a valid phone number`. */
export function describeZodError(error: z.ZodError): { message: string; field: string | undefined } {
  const lines = error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => `${k}: unknown field`).join('; ');
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const first = error.issues[0];
  const field = first?.code === 'unrecognized_keys' ? first.keys[0] : first?.path.map(String).join('.') || undefined;
  return { message: lines.join('; '), field };
}
