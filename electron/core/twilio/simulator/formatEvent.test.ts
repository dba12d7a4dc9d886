import { describe, expect, it } from 'vitest';
import { formatEvent, formatRequest } from './formatEvent';

describe('formatEvent', () => {
  it('renders the conversation from the caller side', () => {
    expect(formatEvent({ type: 'heard', leg: 'caller', text: 'How can I help?' })).toBe('Receptionist: How can I help?');
    expect(formatEvent({ type: 'said', text: 'I need a roof quote', confidence: 0.92 })).toBe('Caller: I need a roof quote');
    expect(
      formatEvent({ type: 'dial', number: '+13035550199', status: 'no-answer', callSid: 'CA1', seconds: 0, declined: false }),
    ).toBe('[dialing +13035550199: no answer]');
    expect(
      formatEvent({ type: 'dial', number: '+13035550199', status: 'completed', callSid: 'CA1', seconds: 42, declined: false }),
    ).toBe('[dialing +13035550199: connected, talked 42 s]');
    expect(formatEvent({ type: 'hangup', by: 'caller', status: 'completed' })).toBe('[call ended]');
    expect(formatEvent({ type: 'hangup', by: 'reject', status: 'busy' })).toBe('[call ended: busy]');
    expect(formatEvent({ type: 'request', leg: 'caller', method: 'POST', url: 'http://x/y', status: 200, ms: 3 })).toBeNull();
  });

  it('renders a request with its latency', () => {
    expect(
      formatRequest({
        type: 'request',
        leg: 'caller',
        method: 'POST',
        url: 'http://127.0.0.1:3100/a/b?c=1',
        status: 200,
        ms: 812,
      }),
    ).toBe('  POST /a/b?c=1 -> 200 in 812 ms');
  });
});
