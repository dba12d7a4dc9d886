import { describe, expect, it } from 'vitest';
import { attestationFailed, detectCallerKind } from './detectCallerKind';

describe('detectCallerKind', () => {
  it.each([
    "this is the second notice that your vehicle's factory warranty is about to expire press one to speak to a warranty specialist",
    'this is a courtesy call regarding your google listing your business may not be verified press one now to verify your listing',
    'hi is this the decision maker for merchant processing',
    "hey there I was looking at your website and you're on page three for plumber near me we guarantee number one ranking",
    "hi this is Mark I do websites for contractors yours isn't mobile friendly and google is going to penalize you",
    "hi I'm calling on behalf of a business funding program you've been pre approved for up to 250 thousand dollars",
    "hi this is Jessica with local listings we noticed your business hours are wrong on google and customers can't find you",
  ])('hears a robocall or sales pitch in %j', (utterance) => {
    expect(detectCallerKind(utterance)).toBe('spam');
  });

  it.each([
    "oh I'm sorry must have the wrong number",
    "oh this isn't the bakery sorry",
    'oh wrong number sorry',
    "oh you're a contractor sorry about that",
  ])('hears a wrong number in %j', (utterance) => {
    expect(detectCallerKind(utterance)).toBe('wrong_number');
  });

  it('asks about an errand no contractor handles rather than assuming a misdial', () => {
    expect(detectCallerKind('yeah can I get a large pepperoni for delivery')).toBe('off_topic');
  });

  it.each([
    'hi I need a roof quote',
    'is the owner available I want to talk about the deck he built',
    'my water heater is leaking, I found your business on google',
    'i want to pay my bill by credit card',
  ])('takes %j for a customer', (utterance) => {
    expect(detectCallerKind(utterance)).toBeNull();
  });

  it('counts a failed caller ID attestation as one more sign, never as proof on its own', () => {
    const pitch = "it's extremely urgent that we speak to the business owner";
    expect(detectCallerKind(pitch)).toBeNull();
    expect(detectCallerKind(pitch, { attestation: 'TN-Validation-Failed' })).toBe('spam');
    expect(detectCallerKind('hi I need a roof quote', { attestation: 'TN-Validation-Failed' })).toBeNull();
    expect(attestationFailed('TN-Validation-Passed-A')).toBe(false);
    expect(attestationFailed(undefined)).toBe(false);
  });
});
