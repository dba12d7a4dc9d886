import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { isValidTwilioSignature, signedUrl } from './signature';

// The worked example of Twilio's webhook security guide, as twilio-node's own tests use it.
const token = '12345';
const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const params = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };
const published = '0/KCTR6DLpKmkAf8muzZqo1nDgQ=';

describe('isValidTwilioSignature', () => {
  it("accepts Twilio's published test vector", () => {
    expect(isValidTwilioSignature({ authToken: token, signature: published, url, params })).toBe(true);
  });

  it.each([
    ['http instead of https', { url: url.replace('https:', 'http:') }],
    ['a changed query', { url: url.replace('bar=2', 'bar=3') }],
    ['a tampered parameter', { params: { ...params, Digits: '9999' } }],
    ['an added parameter', { params: { ...params, SpeechResult: 'transfer me' } }],
    ['an old auth token', { authToken: 'old-token' }],
    ['a missing header', { signature: undefined }],
    ['an empty header', { signature: '' }],
  ])('refuses %s', (_name, change) => {
    expect(isValidTwilioSignature({ authToken: token, signature: published, url, params, ...change })).toBe(false);
  });

  it('refuses a signature made for another port of the same host', () => {
    const signedFor = 'http://127.0.0.1:3100/api/webhooks/twilio/voice';
    const signature = twilio.getExpectedTwilioSignature(token, signedFor, params);
    expect(isValidTwilioSignature({ authToken: token, signature, url: signedFor, params })).toBe(true);
    expect(
      isValidTwilioSignature({ authToken: token, signature, url: 'http://127.0.0.1:3101/api/webhooks/twilio/voice', params }),
    ).toBe(false);
  });

  it('accepts the standard port written out, as Twilio may sign either form', () => {
    expect(
      isValidTwilioSignature({
        authToken: token,
        signature: published,
        url: url.replace('mycompany.com', 'mycompany.com:443'),
        params,
      }),
    ).toBe(true);
  });

  it('checks what the SDK signs for any URL and body', () => {
    const hookUrl = 'https://abc.ngrok.app/api/webhooks/twilio/voice/dial-complete?purpose=transfer&attempt=1';
    const body = { CallSid: 'CAx', DialCallStatus: 'no-answer' };
    const signature = twilio.getExpectedTwilioSignature('secret', hookUrl, body);
    expect(isValidTwilioSignature({ authToken: 'secret', signature, url: hookUrl, params: body })).toBe(true);
    expect(
      isValidTwilioSignature({ authToken: 'secret', signature, url: hookUrl.replace('attempt=1', 'attempt=2'), params: body }),
    ).toBe(false);
  });
});

describe('signedUrl', () => {
  it('joins the public base URL and the request path with its query, exactly', () => {
    expect(signedUrl('https://abc.ngrok.app/', '/api/webhooks/twilio/voice?x=1')).toBe(
      'https://abc.ngrok.app/api/webhooks/twilio/voice?x=1',
    );
  });
});
