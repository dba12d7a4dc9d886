import { describe, expect, it } from 'vitest';
import { declinesCallback, detectCallbackRequest } from './detectCallbackRequest';

const mike = { ownerName: 'Mike Jensen' };

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
    // Another way of asking, and a message taken for a relative (tune-calling-again.json, tune-get-me-mike.json).
    'tell him i am around all afternoon he can try me again after one',
    'she said call her back after six cause she is at work',
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
    "i'll try you again tomorrow",
    // The caller ringing again (tune-plain-speech.json, tune-whos-calling-evening.json).
    "um i'll i'll just call back when i figure out my schedule",
    "i'll call back monday once i have the board's numbers",
  ])('hears no callback request in %j', (utterance) => {
    expect(detectCallbackRequest(utterance)).toBe(false);
  });
});

describe('declinesCallback', () => {
  it.each([
    'no need to call me back i just wanted you to know',
    'no need to call back just tell him thanks',
    "he's got my number no need to call unless there's a problem",
    "you don't have to call me back",
    'no need for him to call',
    // tune-call-me-when-day.json
    "actually don't worry about calling me i'm in and out of signal all week",
    // The by-file cross-validation's callers who want nothing back (tune-regional-voices.json,
    // tune-older-homes-day.json, tune-big-day-coming.json, tune-whos-calling-evening.json).
    "this is miss vernice james y'all ain't gotta call me back i just wanted y'all to know",
    "oh don't call me my son takes care of all this he'll call you back himself this week",
    "no don't call i'll call you",
    "tell you what don't bother calling me i'll call back monday once i have the board's numbers",
    "um i'll i'll just call back when i figure out my schedule you don't have to call me",
  ])('hears %j as wanting no call back', (utterance) => {
    expect(declinesCallback(utterance, mike)).toBe(true);
    expect(detectCallbackRequest(utterance)).toBe(false);
  });

  it.each([
    'can you have him call me back',
    'call me back after five',
    "i'll call back later",
    'no rush on the call back',
    "mike doesn't need to call me tonight tomorrow's fine",
    // A time ruled out, and a text asked for instead (tune-all-in-one-go.json).
    "please don't call me before ten",
    "please don't call me i can't pick up at work just text this number",
  ])('hears no refusal in %j', (utterance) => {
    expect(declinesCallback(utterance, mike)).toBe(false);
  });

  it('hears the caller calling back, not asking for a call back (tune-returning-your-call-week.json)', () => {
    expect(detectCallbackRequest('i just wanted to call back and say thanks but we ended up going with someone else')).toBe(
      false,
    );
    expect(detectCallbackRequest('i wanted to ask if mike could call back after five')).toBe(true);
  });

  it('hears a caller whose questions were answered want nothing back (tune-quick-question.json)', () => {
    expect(declinesCallback("ok great that's all i needed thanks bye", mike)).toBe(true);
    expect(declinesCallback('alright that answers my question', mike)).toBe(true);
    // A question answered, to remember (tune-winter-storm-day.json).
    expect(declinesCallback("okay thanks i'll keep that in mind", mike)).toBe(true);
    expect(declinesCallback("that's all i need you to know the address is 12 elm", mike)).toBe(false);
  });

  it("hears the owner's own name from settings, whoever the owner is", () => {
    const rosa = { ownerName: 'Rosa Delgado' };
    expect(declinesCallback('no need for rosa to call me back i got it sorted', rosa)).toBe(true);
    expect(declinesCallback("rosa doesn't have to call me it was just to say thanks", rosa)).toBe(true);
    expect(declinesCallback("rosa doesn't have to call me it was just to say thanks", mike)).toBe(false);
    expect(declinesCallback("rosa doesn't need to call me tonight tomorrow's fine", rosa)).toBe(false);
  });

  it('hears the caller ringing again, and no call wanted with the owner left alone (blind tune-thursday-calls.json, tune-i-need-him-not-a-message.json)', () => {
    expect(detectCallbackRequest("ok let me measure it and talk to my wife and i'll give you a call back")).toBe(false);
    expect(detectCallbackRequest("ok, i'm still pricing stuff out, i'll give you guys a call back")).toBe(false);
    expect(detectCallbackRequest('can you give me a call back after five')).toBe(true);
    expect(declinesCallback("no need to bother him or call me back i just didn't want him to think we forgot", mike)).toBe(true);
    expect(detectCallbackRequest("no need to bother him or call me back i just didn't want him to think we forgot")).toBe(false);
    expect(declinesCallback('no need to bother him just call me back when you can', mike)).toBe(false);
    expect(detectCallbackRequest('no need to bother him just call me back when you can')).toBe(true);
  });
});
