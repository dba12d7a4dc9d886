import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { signWebhookRequest } from './signature';

const token = '12345678901234567890123456789012';

describe('signWebhookRequest', () => {
  it('signs a POST over the full URL, query string included, and the body params', () => {
    const url = 'https://pickup.example.ngrok.app/api/webhooks/twilio/voice/gather?turn=3&call=a%20b';
    const params = { CallSid: 'CA1', SpeechResult: 'I need a roof quote & fast', Confidence: '0.92' };
    const signed = signWebhookRequest(token, 'POST', url, params);

    const signature = signed.headers['X-Twilio-Signature'] ?? '';
    expect(signed.url).toBe(url);
    expect(signed.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(signed.body))).toEqual(params);
    expect(twilio.validateRequest(token, signature, url, params)).toBe(true);
    expect(twilio.validateRequest(token, signature, url.replace('turn=3', 'turn=4'), params)).toBe(false);
    expect(twilio.validateRequest(token, signature, url, { ...params, Confidence: '0.5' })).toBe(false);
    expect(twilio.validateRequest('another-token', signature, url, params)).toBe(false);
  });

  it('puts GET params in the query string and signs that URL with no body params', () => {
    const signed = signWebhookRequest(token, 'GET', 'http://127.0.0.1:3100/next?x=1', { CallSid: 'CA1', Digits: '#1' });

    expect(signed.url).toBe('http://127.0.0.1:3100/next?x=1&CallSid=CA1&Digits=%231');
    expect(signed.body).toBeUndefined();
    expect(twilio.validateRequest(token, signed.headers['X-Twilio-Signature'] ?? '', signed.url, {})).toBe(true);
  });
});
