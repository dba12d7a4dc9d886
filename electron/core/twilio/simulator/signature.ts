import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';

export type HttpMethod = 'GET' | 'POST';

export type WebhookParams = Record<string, string>;

export interface SignedRequest {
  /** The URL to request: for GET, the params are appended to its query string. */
  url: string;
  headers: Record<string, string>;
  /** The form-encoded body (POST only). */
  body?: string;
}

/** Reads a TwiML `method` attribute; Twilio treats anything but GET as POST. */
export function httpMethod(attribute: string | undefined): HttpMethod {
  return attribute?.toUpperCase() === 'GET' ? 'GET' : 'POST';
}

/**
 * Builds a webhook request the way Twilio signs it: the signature covers the full URL (with its
 * query string) plus, for POST, the sorted body params; a GET carries its params in the URL instead.
 */
export function signWebhookRequest(authToken: string, method: HttpMethod, url: string, params: WebhookParams): SignedRequest {
  const form = new URLSearchParams(params).toString();
  if (method === 'GET') {
    const target = form ? `${url}${url.includes('?') ? '&' : '?'}${form}` : url;
    return { url: target, headers: { 'X-Twilio-Signature': getExpectedTwilioSignature(authToken, target, {}) } };
  }
  return {
    url,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Signature': getExpectedTwilioSignature(authToken, url, params),
    },
    body: form,
  };
}
