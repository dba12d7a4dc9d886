import { describe, expect, it } from 'vitest';
import { parseInbound } from './relayMessages';

describe('parseInbound', () => {
  it("reads Twilio's messages, keeping fields it adds later", () => {
    expect(parseInbound('{"type":"prompt","voicePrompt":"hi","lang":"en-US","last":true,"extra":1}')).toMatchObject({
      type: 'prompt',
      voicePrompt: 'hi',
      last: true,
    });
    expect(
      parseInbound('{"type":"interrupt","utteranceUntilInterrupt":"Sure, we","durationUntilInterruptMs":640}'),
    ).toMatchObject({ utteranceUntilInterrupt: 'Sure, we' });
    expect(parseInbound('{"type":"setup","sessionId":"VX1","callSid":"CA1","from":"+1","to":"+2"}')).toMatchObject({
      type: 'setup',
      callSid: 'CA1',
    });
  });

  it('refuses what is not JSON or not a known message', () => {
    expect(parseInbound('nope')).toBeNull();
    expect(parseInbound('{"type":"prompt"}')).toBeNull();
    expect(parseInbound('{"type":"mystery"}')).toBeNull();
  });
});
