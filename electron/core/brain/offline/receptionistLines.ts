import type { Settings } from '../../../shared/settings';
import type { Question } from './conversationState';
import type { SafetyStep } from './safetyFirst';
import { speakDigits } from './speakDigits';

type Business = Pick<Settings, 'businessName' | 'ownerName'>;

export function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}

/** Who the caller is put through to: the owner by name when settings have one. */
function owner(business: Business): string {
  return business.ownerName.trim() || 'the owner';
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who will ring the caller back. */
function caller(business: Business): string {
  return business.ownerName.trim() || `someone from ${business.businessName}`;
}

export interface AskOptions {
  business: Business;
  /** How many answers to this question already gave nothing; the second time it is worded differently. */
  misses: number;
  numberToConfirm?: string | null;
  /** True when `numberToConfirm` is the number the caller just said, so it is read back as such. */
  numberJustSaid?: boolean;
}

/** The one question that asks for `question`. */
export function ask(
  question: Question,
  { business, misses, numberToConfirm = null, numberJustSaid = false }: AskOptions,
): string {
  const again = misses > 0;
  switch (question) {
    case 'project':
      return again ? 'Sorry, could you tell me a little about the job you need done?' : 'What can we help you with today?';
    case 'name':
      return again ? "Sorry, I didn't catch your name. What should I call you?" : 'Can I get your name, please?';
    case 'address':
      return again ? "Sorry, what's the street address where the work is?" : "What's the address for the job?";
    case 'callbackTime':
      return again
        ? 'Sorry, what time works best for a call back, for example this afternoon or tomorrow morning?'
        : `When's a good time for ${caller(business)} to call you back?`;
    case 'callbackNumber':
      if (numberToConfirm === null)
        return again ? "Sorry, what's the best number to reach you?" : "What's the best number to reach you?";
      if (numberJustSaid) return `Let me read that back: ${speakDigits(numberToConfirm)}. Is that right?`;
      return `${again ? 'Sorry, is' : 'Is'} ${speakDigits(numberToConfirm)} the best number to reach you?`;
    case 'anythingElse':
      return again
        ? "Sorry, I didn't catch that. Is there anything else I can help with?"
        : 'Is there anything else I can help with?';
  }
}

export function emergencyTransfer(business: Business): string {
  return `That sounds like an emergency. I'm putting you through to ${owner(business)} right now.`;
}

export function emergencyMessage(business: Business): string {
  return `That sounds like an emergency. ${capitalised(owner(business))} can't come to the phone right now, so please leave a message with your address after the tone and I'll flag it as urgent.`;
}

export function transfer(business: Business): string {
  return `Sure, I'll put you through to ${owner(business)} now.`;
}

export function offerMessage(business: Business): string {
  return `${capitalised(owner(business))} can't come to the phone right now, but I can take a message. Please leave it after the tone.`;
}

export function noAnswer(business: Business): string {
  return `Good question. I'll note that for ${owner(business)} to answer on the callback.`;
}

export function passedAlong(business: Business): string {
  return `Got it, I'll pass that along to ${owner(business)}.`;
}

export interface WrapUpOptions {
  business: Business;
  name: string | null;
  /** Nothing about a job was learned, so there is no callback to promise. */
  nothingToFollowUp: boolean;
  /** Already worded for speech ("after 5 PM"), or null. */
  when: string | null;
  number: string | null;
}

/** The last thing the caller hears: who will call back, when, and on which number. */
export function wrapUp({ business, name, nothingToFollowUp, when, number }: WrapUpOptions): string {
  if (nothingToFollowUp) return `Thanks for calling ${business.businessName}. Goodbye.`;
  const thanks = name ? `Thanks ${firstName(name)},` : 'Thanks for calling.';
  const promise = [`${caller(business)} will call you back`, when, number ? `at ${speakDigits(number)}` : null]
    .filter(Boolean)
    .join(' ');
  return `${thanks} ${name ? promise : capitalised(promise)}. Have a good one.`;
}

/** The caller needs no call back: what they said is passed on, nothing promised. */
export function messageTaken(business: Business): string {
  return `Got it, I'll pass that on to ${owner(business)}. Thanks for calling ${business.businessName}. Goodbye.`;
}

export function whoIsCalling(business: Business): string {
  return `Sure, I'll put you through to ${owner(business)}. Who may I say is calling?`;
}

/** A question asked twice and not answered, let go before the next one. */
export function slotGivenUp(): string {
  return 'No problem.';
}

/** A request for the owner taken back before the transfer ("never mind, just take a message"). */
export function messageInstead(business: Business, name: string | null): string {
  return `No problem${name ? `, ${firstName(name)}` : ''}, I'll take a message for ${owner(business)}.`;
}

/** Asked once more of a caller whose answer to "who may I say is calling?" held no name. */
export function nameForOwner(business: Business): string {
  return `Will do. And your name, so ${owner(business)} knows who's calling?`;
}

/** Asked once of a caller with a job who will ring again and gave no name: the owner knows who called. */
export function nameBeforeGoing(business: Business): string {
  return `Sure. Before you go, can I get your name so ${owner(business)} knows you called?`;
}

/**
 * Asked of a caller who wants the owner before saying why (from a company, "following up", or a first
 * name alone): a seller's pitch shows itself here. Thanked by the name just given, if any.
 */
export function whatItsAbout(business: Business, name: string | null = null): string {
  return `${name ? `Thanks, ${name}.` : 'Sure.'} Can I tell ${owner(business)} what it's about?`;
}

/** Said first, before the emergency line: leave the house, as gas utilities, fire services and the CDC advise, or call 911. */
export function safetyFirst(step: SafetyStep): string {
  switch (step) {
    case 'gas':
      return "Please get everyone out now, don't switch anything on or off, and call 911 or the gas company from outside.";
    case 'carbonMonoxide':
      return 'Please get everyone outside into fresh air right now and call 911.';
    case 'fire':
      return 'Please get everyone out now and call 911.';
    case 'someoneHurt':
      return 'Please call 911 now for anyone hurt or trapped.';
  }
}

/** An emergency heard, before the one thing asked first (the address, or who is calling). */
function gettingOwner(business: Business): string {
  return `That sounds like an emergency, and I'm getting ${owner(business)} on the line.`;
}

export function emergencyAddress(business: Business): string {
  return `${gettingOwner(business)} Quickly, what's the address?`;
}

/** In an emergency, of a caller who gave their name when asked the address. */
export function addressAfterName(name: string, business: Business): string {
  return `Thanks, ${firstName(name)}. And the address, so ${owner(business)} can get to you?`;
}

/** In an emergency told with its address: who is calling, once, before the transfer. */
export function emergencyName(business: Business): string {
  return `${gettingOwner(business)} Quickly, what's your name?`;
}

/** In an emergency, once the address is told: who is calling, before the transfer. */
export function nameAfterAddress(business: Business): string {
  return `Got it. And your name, so ${owner(business)} knows who's calling?`;
}

/** A robocall or sales pitch is ended without a lead and without reaching the owner. */
export function spamGoodbye(business: Business): string {
  return `Thanks, but ${business.businessName} isn't interested. Please take this number off your list. Goodbye.`;
}

export function wrongNumber(business: Business): string {
  return `No problem. You've reached ${business.businessName}. Have a good day.`;
}

/** Who a caller who may have misdialled has reached. */
function reachedUs(business: Business): string {
  return `You've reached ${business.businessName}, a contracting business.`;
}

export function wrongNumberOffer(business: Business): string {
  return `${reachedUs(business)} Is there anything we can help you with?`;
}

export function checkWrongNumber(business: Business): string {
  return `${reachedUs(business)} Were you trying to reach someone else?`;
}
