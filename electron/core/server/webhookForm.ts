/**
 * Twilio's form body, read once: `signed` as Twilio's signature covers it (a repeated key keeps
 * every value) and `params` with the first value of each key, for the call engine.
 */
export interface WebhookForm {
  signed: Record<string, string | string[]>;
  params: Record<string, string>;
}

export function readWebhookForm(raw: string): WebhookForm {
  // No prototype: a key named `__proto__` is a parameter like any other.
  const signed: Record<string, string | string[]> = Object.create(null);
  const params: Record<string, string> = Object.create(null);
  for (const [key, value] of new URLSearchParams(raw)) {
    const seen = signed[key];
    if (seen === undefined) {
      signed[key] = value;
      params[key] = value;
    } else if (Array.isArray(seen)) {
      seen.push(value);
    } else {
      signed[key] = [seen, value];
    }
  }
  return { signed, params };
}
