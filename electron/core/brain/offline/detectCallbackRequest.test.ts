import { describe, expect, it } from 'vitest';
import { detectCallbackRequest } from './detectCallbackRequest';

describe('detectCallbackRequest', () => {
  it.each([
    'can somebody call me back after 5',
    'have Mike give me a call',
    'just have him call me',
    'please call me tomorrow',
    'you can reach me at this number',
    'I need a callback',
    'just text me when you know',
    'can someone get in touch with me today',
    // The "me" left out (eval/corpus/tune-when.json, tune-unwanted.json).
    'call my cell after eleven i am in showings all morning',
    'my husband handles this stuff so call after seven',
    "i'm in a class right now so call in like two hours",
  ])('hears a callback request in %j', (utterance) => {
    expect(detectCallbackRequest(utterance)).toBe(true);
  });

  it.each([
    'I need a roof quote',
    "no need to call me back, I'll call again",
    'I called yesterday',
    'this is Dana',
    // What the caller was told to do (tune-round3.json).
    'i talked to mike on monday and he said to call back to get on the schedule',
    'you told me to call back today',
    // The caller calling, not asking to be called.
    "i'll call after lunch",
    'i will call tomorrow',
  ])('hears no callback request in %j', (utterance) => {
    expect(detectCallbackRequest(utterance)).toBe(false);
  });
});
