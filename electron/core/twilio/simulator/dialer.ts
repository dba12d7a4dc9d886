import { acceptsDtmf, digitsParams, postsEmptyResult } from './gather';
import { LegInterpreter, resolveUrl, type DialResult, type Halt, type TwimlDocument } from './legInterpreter';
import { httpMethod, type HttpMethod } from './signature';
import { newSid } from './sids';
import { childElements, textOf, type XmlElement } from './twimlParser';
import type { CallEvent, DialCallStatus, DialedPartyBehavior } from './types';
import type { WebhookClient } from './webhookClient';

export interface DialerContext {
  client: WebhookClient;
  accountSid: string;
  parentCallSid: string;
  /** The parent call's From: the default caller ID of the dialed leg. */
  callerNumber: string;
  dialedParty: (number: string) => DialedPartyBehavior;
  emit: (event: CallEvent) => void;
  /** Lets simulated time pass (ringing, screening prompts, the bridged conversation). */
  elapse: (seconds: number) => void;
}

interface DialTarget {
  number: string;
  /** TwiML run on the dialed party's end after they answer, before bridging. */
  screeningUrl?: string;
  method: HttpMethod;
}

type Screening = 'accepted' | 'declined' | 'failed';

const defaultTalkSeconds = 30;
/** A screening script that keeps prompting is cut off here, as a callee would give up and hang up. */
const maxScreeningPrompts = 10;

/**
 * Plays a <Dial>. Twilio rings all its nouns at once and bridges the first to answer; the
 * simulator tries them in document order, which gives the same result for scripted parties.
 */
export async function placeDial(verb: XmlElement, doc: TwimlDocument, ctx: DialerContext): Promise<DialResult> {
  const attempts: Array<{ status: DialCallStatus; callSid: string; declined: boolean }> = [];
  for (const target of dialTargets(verb, doc, ctx)) {
    const behavior = ctx.dialedParty(target.number);
    const callSid = newSid('CA');
    let status: DialCallStatus = behavior.answer === 'answer' ? 'completed' : behavior.answer;
    let declined = false;
    if (status === 'completed' && target.screeningUrl) {
      const screening = await screen(target, target.screeningUrl, behavior, callSid, verb, ctx);
      // A leg that hangs up during screening never bridges; from the caller's side nobody took the
      // call, so the parent's Dial action gets DialCallStatus=no-answer (see <Number url>: the
      // called party may "decline the phone call using <Gather> and <Hangup>").
      if (screening === 'declined') [status, declined] = ['no-answer', true];
      if (screening === 'failed') status = 'failed';
    }
    if (status === 'completed') {
      const timeLimit = Number.parseInt(verb.attributes.timeLimit ?? '14400', 10) || 14400;
      const seconds = Math.min(behavior.talkSeconds ?? defaultTalkSeconds, timeLimit);
      ctx.elapse(seconds);
      ctx.emit({ type: 'dial', number: target.number, status, callSid, seconds, declined });
      return { status, callSid, seconds };
    }
    ctx.emit({ type: 'dial', number: target.number, status, callSid, seconds: 0, declined });
    attempts.push({ status, callSid, declined });
  }
  if (attempts.some((a) => a.status === 'no-answer' && !a.declined)) {
    ctx.elapse(Number.parseInt(verb.attributes.timeout ?? '30', 10) || 30);
  }
  const worst = (['no-answer', 'busy', 'failed'] as const).find((s) => attempts.some((a) => a.status === s)) ?? 'failed';
  const last = attempts.filter((a) => a.status === worst).at(-1);
  return { status: worst, callSid: last?.callSid ?? null, seconds: 0 };
}

function dialTargets(verb: XmlElement, doc: TwimlDocument, ctx: DialerContext): DialTarget[] {
  const nouns = childElements(verb);
  if (nouns.length === 0) {
    const number = textOf(verb);
    return number ? [{ number, method: 'POST' }] : [];
  }
  const targets: DialTarget[] = [];
  for (const noun of nouns) {
    const identity = textOf(noun);
    if (noun.name !== 'Number' && noun.name !== 'Client' && noun.name !== 'Sip') {
      ctx.emit({
        type: 'skipped',
        leg: 'caller',
        verb: `Dial/${noun.name}`,
        reason: 'the simulator dials Number, Client and Sip only',
      });
      continue;
    }
    const number = noun.name === 'Client' ? `client:${identity}` : identity;
    const screeningUrl = noun.attributes.url ? (resolveUrl(noun.attributes.url, doc.url) ?? noun.attributes.url) : undefined;
    targets.push({ number, method: httpMethod(noun.attributes.method), ...(screeningUrl ? { screeningUrl } : {}) });
  }
  return targets;
}

/** Runs the screening TwiML on the answered leg, the dialed party pressing their keys at its first DTMF Gather. */
async function screen(
  target: DialTarget,
  url: string,
  behavior: DialedPartyBehavior,
  callSid: string,
  dial: XmlElement,
  ctx: DialerContext,
): Promise<Screening> {
  const callerId = dial.attributes.callerId ?? ctx.callerNumber;
  const leg = new LegInterpreter({
    leg: 'callee',
    client: ctx.client,
    params: () => ({
      AccountSid: ctx.accountSid,
      ApiVersion: '2010-04-01',
      CallSid: callSid,
      ParentCallSid: ctx.parentCallSid,
      CallStatus: 'in-progress',
      Direction: 'outbound-dial',
      From: callerId,
      Caller: callerId,
      To: target.number,
      Called: target.number,
    }),
    emit: ctx.emit,
    pause: async (seconds) => ctx.elapse(seconds),
  });
  let digits = behavior.pressDigits;
  let halt: Halt = await leg.follow({ method: target.method, url });
  for (let prompts = 0; halt.kind !== 'ended'; prompts++) {
    if (prompts === maxScreeningPrompts) return 'declined';
    if (halt.kind === 'gather' && digits && acceptsDtmf(halt.verb)) {
      ctx.emit({ type: 'pressed', leg: 'callee', digits });
      halt = await leg.submit(halt, digitsParams(halt.verb, digits));
      digits = undefined;
      continue;
    }
    ctx.emit({ type: 'silence', leg: 'callee', at: halt.kind === 'gather' ? 'Gather' : 'Record' });
    halt = halt.kind === 'gather' && postsEmptyResult(halt.verb) ? await leg.submit(halt, {}) : await leg.resume(halt.next);
  }
  if (halt.how === 'end-of-twiml') return 'accepted';
  return halt.how === 'application-error' ? 'failed' : 'declined';
}
