import { setTimeout as sleep } from 'node:timers/promises';
import { placeDial } from './dialer';
import { acceptsDtmf, acceptsSpeech, digitsParams, postsEmptyResult } from './gather';
import { LegInterpreter, resolveUrl, type EndHalt, type Halt, type InputHalt } from './legInterpreter';
import { httpMethod, type WebhookParams } from './signature';
import { newSid, recordingUrl, rfc2822, transcriptionUrl } from './sids';
import type { CallEvent, CallState, DialedPartyBehavior, FinalCallStatus, WebhookRequest } from './types';
import { WebhookClient } from './webhookClient';

export type { CallEvent, CallState, DialedPartyBehavior, FinalCallStatus, WebhookRequest } from './types';

export interface SimulatedCallOptions {
  /** Base URL of Pickup's public listener, e.g. http://127.0.0.1:3100. */
  publicUrl: string;
  authToken: string;
  from?: string;
  to?: string;
  callSid?: string;
  accountSid?: string;
  /** Default: publicUrl + /api/webhooks/twilio/voice/status; null: the number has none configured. */
  statusCallbackUrl?: string | null;
  /** What a number reached by <Dial> does; default: it rings out unanswered. */
  dialedParty?: (number: string) => DialedPartyBehavior;
  /** Per webhook; Twilio gives up after 15 s. */
  fetchTimeoutMs?: number;
  /** Milliseconds since the epoch; CallDuration and Timestamp read it. */
  clock?: () => number;
  /** Make <Pause> really wait. */
  realTime?: boolean;
  /** Called for each event as it happens. */
  onEvent?: (event: CallEvent) => void;
  /**
   * More call parameters sent with every request of the caller's leg, as Twilio sends the call's
   * own parameters (e.g. { StirVerstat: 'TN-Validation-Failed' }, the caller ID attestation).
   */
  extraParams?: Record<string, string>;
  /**
   * Where requests really go when that is not the public URL they are signed for, as a tunnel
   * forwards Twilio's requests for the public URL to the local listener (e.g. http://127.0.0.1:3100).
   */
  deliverTo?: string;
}

const webhookBase = '/api/webhooks/twilio';

/** Plays Twilio against Pickup's webhooks for one inbound call, driven by a simulated caller. */
export class SimulatedCall {
  readonly callSid: string;
  readonly accountSid: string;
  readonly from: string;
  readonly to: string;
  private readonly extraParams: Record<string, string>;
  readonly voiceUrl: string;
  readonly statusCallbackUrl: string | null;
  readonly events: CallEvent[] = [];
  readonly requests: WebhookRequest[] = [];
  state: CallState = 'not-started';
  /** The last TwiML document the caller's leg received. */
  lastTwiml: string | null = null;
  /** The CallStatus the call ended with. */
  finalStatus: FinalCallStatus | null = null;

  private readonly client: WebhookClient;
  private readonly caller: LegInterpreter;
  private readonly clock: () => number;
  private callStatus = 'ringing';
  private pending: InputHalt | null = null;
  private started = false;
  private startedAt = 0;
  private simulatedMs = 0;
  private sequenceNumber = 0;
  private lastStatusCallback: WebhookParams | null = null;

  constructor(private readonly options: SimulatedCallOptions) {
    const base = options.publicUrl.replace(/\/+$/, '');
    this.callSid = options.callSid ?? newSid('CA');
    this.accountSid = options.accountSid ?? newSid('AC');
    this.from = options.from ?? '+13035550142';
    this.to = options.to ?? '+13035550100';
    this.extraParams = options.extraParams ?? {};
    this.voiceUrl = `${base}${webhookBase}/voice`;
    this.statusCallbackUrl =
      options.statusCallbackUrl === undefined ? `${base}${webhookBase}/voice/status` : options.statusCallbackUrl;
    this.clock = options.clock ?? Date.now;
    this.client = new WebhookClient({
      authToken: options.authToken,
      timeoutMs: options.fetchTimeoutMs ?? 15_000,
      deliverTo: options.deliverTo,
      onRequest: (request) => {
        this.requests.push(request);
        const { leg, method, url, status, ms } = request;
        this.emit({ type: 'request', leg, method, url, status, ms });
      },
    });
    const dialedParty = options.dialedParty ?? (() => ({ answer: 'no-answer' as const }));
    this.caller = new LegInterpreter({
      leg: 'caller',
      client: this.client,
      params: () => this.baseParams(),
      emit: (event) => this.emit(event),
      pause: (seconds) => this.pause(seconds),
      onDocument: (twiml) => {
        this.lastTwiml = twiml;
        if (this.callStatus === 'ringing') this.callStatus = 'in-progress';
      },
      dial: (verb, doc) =>
        placeDial(verb, doc, {
          client: this.client,
          accountSid: this.accountSid,
          parentCallSid: this.callSid,
          callerNumber: this.from,
          dialedParty,
          emit: (event) => this.emit(event),
          elapse: (seconds) => this.elapse(seconds),
        }),
    });
  }

  /** Strings the caller heard, in order. */
  heard(): string[] {
    return this.events.flatMap((e) => (e.type === 'heard' && e.leg === 'caller' ? [e.text] : []));
  }

  /** Seconds since the call came in, including simulated time (dial rings, talk, voicemail). */
  get durationSeconds(): number {
    return this.started ? Math.round((this.now() - this.startedAt) / 1000) : 0;
  }

  async start(): Promise<void> {
    if (this.started) throw new Error('the call has already started');
    this.started = true;
    this.startedAt = this.now();
    await this.settle(await this.caller.follow({ method: 'POST', url: this.voiceUrl }));
  }

  /** The caller answers the pending speech <Gather>. */
  async say(speech: string, confidence = 0.92): Promise<void> {
    const gather = this.expectInput('gather', 'say something');
    if (!acceptsSpeech(gather.verb)) throw new Error('the pending <Gather> does not listen for speech');
    this.emit({ type: 'said', text: speech, confidence });
    await this.settle(await this.caller.submit(gather, { SpeechResult: speech, Confidence: String(confidence) }));
  }

  /** The caller presses keys at the pending DTMF <Gather>. */
  async pressDigits(digits: string): Promise<void> {
    const gather = this.expectInput('gather', 'press keys');
    if (!acceptsDtmf(gather.verb)) throw new Error('the pending <Gather> does not listen for keys');
    this.emit({ type: 'pressed', leg: 'caller', digits });
    await this.settle(await this.caller.submit(gather, digitsParams(gather.verb, digits)));
  }

  /**
   * The caller stays silent at the pending Gather (its timeout passes) or Record. An empty recording
   * is not posted to the Record's action: Twilio continues with the next verb.
   */
  async silence(): Promise<void> {
    const halt = this.expectInput(this.pending?.kind ?? 'gather', 'stay silent');
    this.emit({ type: 'silence', leg: 'caller', at: halt.kind === 'gather' ? 'Gather' : 'Record' });
    this.elapse(Number.parseInt(halt.verb.attributes.timeout ?? '5', 10) || 5);
    const posts = halt.kind === 'gather' && postsEmptyResult(halt.verb);
    await this.settle(posts ? await this.caller.submit(halt, {}) : await this.caller.resume(halt.next));
  }

  /**
   * The caller speaks a message at the pending <Record>, then hangs up (Digits=hangup; Twilio still
   * requests the action but plays nothing more) or presses # (the action's TwiML continues the call).
   */
  async leaveVoicemail(text: string, seconds = 12, endWith: 'hangup' | '#' = 'hangup'): Promise<void> {
    const record = this.expectInput('record', 'leave a voicemail');
    const maxLength = Number.parseInt(record.verb.attributes.maxLength ?? '3600', 10) || 3600;
    const duration = Math.min(seconds, maxLength);
    const recordingSid = newSid('RE');
    const url = recordingUrl(this.accountSid, recordingSid);
    this.emit({ type: 'record', recordingSid, recordingUrl: url, seconds: duration, text });
    this.elapse(duration);
    const params = { RecordingUrl: url, RecordingSid: recordingSid, RecordingDuration: String(duration), Digits: endWith };
    if (endWith === 'hangup') {
      this.emit({ type: 'hangup', by: 'caller', status: 'completed' });
      this.callStatus = 'completed';
      await this.caller.fetchDocument(this.caller.actionOf(record, params));
      await this.finish('completed');
    } else {
      await this.settle(await this.caller.submit(record, params));
    }
    await this.sendRecordingCallbacks(record, recordingSid, url, duration, text);
  }

  /**
   * Twilio's live call update (`POST /Calls/{Sid}` with `Url`): the call leaves whatever TwiML it
   * is waiting in and runs the document at `url` instead.
   */
  async redirect(url: string): Promise<void> {
    if (this.state === 'ended' || !this.started) throw new Error(`cannot redirect: the call is ${this.state}`);
    this.pending = null;
    await this.settle(await this.caller.follow({ method: 'POST', url }));
  }

  /** The caller hangs up. */
  async hangup(): Promise<void> {
    if (this.state === 'ended') return;
    if (!this.started) throw new Error('the call has not started');
    this.emit({ type: 'hangup', by: 'caller', status: 'completed' });
    await this.finish('completed');
  }

  /** Posts the status callback (if one is configured) with the next SequenceNumber. */
  async sendStatusCallback(status: string, extra: WebhookParams = {}): Promise<WebhookRequest | null> {
    if (!this.statusCallbackUrl) return null;
    const params: WebhookParams = {
      ...this.baseParams(),
      CallStatus: status,
      CallDuration: String(this.durationSeconds),
      SequenceNumber: String(this.sequenceNumber++),
      Timestamp: rfc2822(this.now()),
      CallbackSource: 'call-progress-events',
      ...extra,
    };
    this.lastStatusCallback = params;
    return this.client.send('caller', 'POST', this.statusCallbackUrl, params);
  }

  /** Re-sends the last status callback verbatim, as Twilio's retries do. */
  async sendDuplicateStatusCallback(): Promise<WebhookRequest> {
    if (!this.statusCallbackUrl || !this.lastStatusCallback) throw new Error('no status callback has been sent yet');
    return this.client.send('caller', 'POST', this.statusCallbackUrl, this.lastStatusCallback);
  }

  private baseParams(): WebhookParams {
    return {
      AccountSid: this.accountSid,
      ApiVersion: '2010-04-01',
      CallSid: this.callSid,
      CallStatus: this.callStatus,
      Called: this.to,
      CalledCountry: 'US',
      Caller: this.from,
      CallerCountry: 'US',
      Direction: 'inbound',
      From: this.from,
      FromCountry: 'US',
      To: this.to,
      ToCountry: 'US',
      ...this.extraParams,
    };
  }

  private expectInput(kind: InputHalt['kind'], action: string): InputHalt {
    if (this.pending?.kind !== kind) {
      const waitingFor = this.pending ? `a <${this.pending.verb.name}>` : `nothing (state ${this.state})`;
      throw new Error(`cannot ${action}: the call is waiting at ${waitingFor}`);
    }
    return this.pending;
  }

  private async settle(halt: Halt): Promise<void> {
    if (halt.kind !== 'ended') {
      this.pending = halt;
      this.state = halt.kind === 'gather' ? 'gathering' : 'recording';
      return;
    }
    const status = this.endStatus(halt);
    this.emit({ type: 'hangup', by: halt.how === 'hangup' ? 'twiml' : halt.how, status });
    await this.finish(status);
  }

  /**
   * <Reject> as the first verb leaves the call unanswered: "busy" for reason="busy", else
   * "no-answer" (Twilio: "The call ends with a status of busy or no-answer, depending on the verb's
   * reason attribute"). Any other ending, including an application error (Twilio answers to say
   * so), is a completed call.
   */
  private endStatus(halt: EndHalt): FinalCallStatus {
    if (halt.how !== 'reject' || this.caller.answered) return 'completed';
    return halt.rejectReason === 'busy' ? 'busy' : 'no-answer';
  }

  private async finish(status: FinalCallStatus): Promise<void> {
    this.pending = null;
    this.state = 'ended';
    this.finalStatus = status;
    this.callStatus = status;
    await this.sendStatusCallback(status);
  }

  private async sendRecordingCallbacks(
    record: InputHalt,
    recordingSid: string,
    url: string,
    seconds: number,
    text: string,
  ): Promise<void> {
    const { attributes } = record.verb;
    const docUrl = record.next.doc.url;
    const statusEvents = (attributes.recordingStatusCallbackEvent ?? 'completed').split(/[\s,]+/);
    const statusCallback = attributes.recordingStatusCallback && resolveUrl(attributes.recordingStatusCallback, docUrl);
    if (statusCallback && statusEvents.includes('completed')) {
      await this.client.send('caller', httpMethod(attributes.recordingStatusCallbackMethod), statusCallback, {
        AccountSid: this.accountSid,
        CallSid: this.callSid,
        RecordingSid: recordingSid,
        RecordingUrl: url,
        RecordingStatus: 'completed',
        RecordingDuration: String(seconds),
        RecordingChannels: '1',
        RecordingSource: 'RecordVerb',
        RecordingStartTime: rfc2822(this.now() - seconds * 1000),
      });
    }
    const transcribeCallback = attributes.transcribeCallback && resolveUrl(attributes.transcribeCallback, docUrl);
    if (transcribeCallback) {
      const transcriptionSid = newSid('TR');
      await this.client.send('caller', 'POST', transcribeCallback, {
        ...this.baseParams(),
        TranscriptionSid: transcriptionSid,
        TranscriptionText: text,
        TranscriptionStatus: 'completed',
        TranscriptionUrl: transcriptionUrl(this.accountSid, transcriptionSid),
        RecordingSid: recordingSid,
        RecordingUrl: url,
      });
    }
  }

  private now(): number {
    return this.clock() + this.simulatedMs;
  }

  private elapse(seconds: number): void {
    this.simulatedMs += seconds * 1000;
  }

  private async pause(seconds: number): Promise<void> {
    if (this.options.realTime) await sleep(seconds * 1000);
    else this.elapse(seconds);
  }

  private emit(event: CallEvent): void {
    this.events.push(event);
    this.options.onEvent?.(event);
  }
}

/**
 * Plays a caller who says each utterance in turn at the receptionist's speech prompts ("" stays
 * silent), leaves the next utterance as the message if asked to record one, and hangs up at the end.
 */
export async function playScriptedCall(options: SimulatedCallOptions, utterances: string[]): Promise<SimulatedCall> {
  const call = new SimulatedCall(options);
  await playScript(call, utterances);
  return call;
}

/**
 * playScriptedCall on a call the caller has already built (e.g. to read it from its onEvent).
 * `thenWait`: a caller out of lines who is still being asked something stays on the line, silent,
 * for one more prompt before hanging up, as a real one does rather than hang up on a question.
 */
export async function playScript(call: SimulatedCall, utterances: string[], { thenWait = false } = {}): Promise<void> {
  await call.start();
  for (const utterance of utterances) {
    if (call.state === 'ended') break;
    if (!utterance) await call.silence();
    else if (call.state === 'recording') await call.leaveVoicemail(utterance);
    else await call.say(utterance);
  }
  if (thenWait && call.state === 'gathering') await call.silence();
  await call.hangup();
}
