import { httpMethod, type HttpMethod, type WebhookParams } from './signature';
import { childElements, parseTwiml, textOf, type XmlElement } from './twimlParser';
import type { CallEvent, DialCallStatus, Leg } from './types';
import type { WebhookClient } from './webhookClient';

export interface TwimlDocument {
  /** The URL the document was requested from: relative URLs in it resolve against this. */
  url: string;
  verbs: XmlElement[];
}

export interface Position {
  doc: TwimlDocument;
  index: number;
}

export interface WebhookCall {
  method: HttpMethod;
  url: string;
  params?: WebhookParams;
}

export type InputHalt = { kind: 'gather' | 'record'; verb: XmlElement; next: Position };

export type EndHalt = {
  kind: 'ended';
  how: 'hangup' | 'reject' | 'end-of-twiml' | 'application-error';
  rejectReason?: string;
};

/** Where a leg stops: waiting for input at a Gather or Record, or ended. */
export type Halt = InputHalt | EndHalt;

export interface DialResult {
  status: DialCallStatus;
  callSid: string | null;
  seconds: number;
}

export interface LegContext {
  leg: Leg;
  client: WebhookClient;
  /** The standard params every request on this leg carries. */
  params: () => WebhookParams;
  emit: (event: CallEvent) => void;
  pause: (seconds: number) => Promise<void>;
  /** Absent on legs where <Dial> is not allowed (TwiML run on a dialed party's end). */
  dial?: (verb: XmlElement, doc: TwimlDocument) => Promise<DialResult>;
  onDocument?: (twiml: string) => void;
}

/** Bounds the documents fetched without waiting for input, so a Redirect loop cannot hang the simulator. */
const maxDocumentsWithoutInput = 50;

/** Runs TwiML on one leg of a call, verb by verb, as Twilio does. */
export class LegInterpreter {
  /** False until a verb other than a leading <Reject> runs: only then has Twilio picked up. */
  answered = false;

  constructor(private readonly ctx: LegContext) {}

  /** Requests a document and runs it (and whatever it leads to) until the leg waits for input or ends. */
  async follow(call: WebhookCall): Promise<Halt> {
    let next = call;
    for (let fetched = 0; fetched < maxDocumentsWithoutInput; fetched++) {
      const doc = await this.fetchDocument(next);
      if (!doc) return { kind: 'ended', how: 'application-error' };
      const step = await this.execute({ doc, index: 0 });
      if ('kind' in step) return step;
      next = step;
    }
    return this.fail(next.url, `more than ${maxDocumentsWithoutInput} documents in a row without caller input`);
  }

  /** Continues a document from a position (the verbs after a Gather or Record). */
  async resume(from: Position): Promise<Halt> {
    const step = await this.execute(from);
    return 'kind' in step ? step : this.follow(step);
  }

  /** Requests a Gather's or Record's action (default: the current document's URL, per Twilio). */
  submit(halt: InputHalt, params: WebhookParams): Promise<Halt> {
    return this.follow(this.actionOf(halt, params));
  }

  actionOf(halt: InputHalt, params: WebhookParams): WebhookCall {
    const action = halt.verb.attributes.action;
    return {
      method: httpMethod(halt.verb.attributes.method),
      url: action ? (resolveUrl(action, halt.next.doc.url) ?? action) : halt.next.doc.url,
      params,
    };
  }

  /** Requests a document; an unusable answer is Twilio's "application error" and yields null. */
  async fetchDocument(call: WebhookCall): Promise<TwimlDocument | null> {
    const request = await this.ctx.client.send(this.ctx.leg, call.method, call.url, {
      ...this.ctx.params(),
      ...call.params,
    });
    let problem: string | null = null;
    if (request.failure) problem = request.failure.message;
    else if (request.status === null || request.status < 200 || request.status > 299) problem = `HTTP ${request.status}`;
    else if (!/xml|html/i.test(request.contentType ?? ''))
      problem = `unsupported Content-Type ${request.contentType ?? '(none)'}`;
    if (problem) {
      this.fail(call.url, problem);
      return null;
    }
    try {
      const root = parseTwiml(request.body);
      this.ctx.onDocument?.(request.body);
      return { url: call.url, verbs: childElements(root) };
    } catch (error) {
      this.fail(call.url, `invalid TwiML: ${(error as Error).message}`);
      return null;
    }
  }

  private fail(url: string, reason: string): EndHalt {
    this.ctx.emit({ type: 'application-error', leg: this.ctx.leg, url, reason });
    return { kind: 'ended', how: 'application-error' };
  }

  /** Runs verbs from a position; returns where the leg stopped or the next document to request. */
  private async execute(from: Position): Promise<Halt | WebhookCall> {
    const { doc } = from;
    for (let index = from.index; index < doc.verbs.length; index++) {
      const verb = doc.verbs[index] as XmlElement;
      const next = { doc, index: index + 1 };
      if (verb.name === 'Reject') return { kind: 'ended', how: 'reject', rejectReason: verb.attributes.reason ?? 'rejected' };
      this.answered = true;
      switch (verb.name) {
        case 'Say':
        case 'Play':
        case 'Pause':
          await this.playPrompt(verb, doc);
          break;
        case 'Gather':
          for (const child of childElements(verb)) {
            if (['Say', 'Play', 'Pause'].includes(child.name)) await this.playPrompt(child, doc);
            else this.skip(child.name, 'not allowed inside <Gather>');
          }
          return { kind: 'gather', verb, next };
        case 'Record':
          return { kind: 'record', verb, next };
        case 'Redirect': {
          const target = resolveUrl(textOf(verb), doc.url);
          if (!target) return this.fail(doc.url, `<Redirect> to an invalid URL "${textOf(verb)}"`);
          return { method: httpMethod(verb.attributes.method), url: target };
        }
        case 'Dial': {
          if (!this.ctx.dial) return this.fail(doc.url, '<Dial> is not allowed in TwiML run on a dialed party');
          const result = await this.ctx.dial(verb, doc);
          const action = verb.attributes.action;
          if (!action) break;
          const target = resolveUrl(action, doc.url);
          if (!target) return this.fail(doc.url, `<Dial action> is an invalid URL "${action}"`);
          return { method: httpMethod(verb.attributes.method), url: target, params: dialParams(result) };
        }
        case 'Hangup':
          return { kind: 'ended', how: 'hangup' };
        default:
          this.skip(verb.name, 'not a verb the simulator plays');
      }
    }
    this.answered = true;
    return { kind: 'ended', how: 'end-of-twiml' };
  }

  private async playPrompt(verb: XmlElement, doc: TwimlDocument): Promise<void> {
    if (verb.name === 'Pause') {
      await this.ctx.pause(Number.parseInt(verb.attributes.length ?? '1', 10) || 0);
      return;
    }
    let text: string;
    if (verb.name === 'Say') text = textOf(verb);
    else if (verb.attributes.digits) text = `[digits ${verb.attributes.digits}]`;
    else text = `[audio ${resolveUrl(textOf(verb), doc.url) ?? textOf(verb)}]`;
    if (text) this.ctx.emit({ type: 'heard', leg: this.ctx.leg, text });
  }

  private skip(verb: string, reason: string): void {
    this.ctx.emit({ type: 'skipped', leg: this.ctx.leg, verb, reason });
  }
}

export function resolveUrl(reference: string, base: string): string | null {
  if (!reference.trim()) return null;
  try {
    return new URL(reference.trim(), base).toString();
  } catch {
    return null;
  }
}

function dialParams(result: DialResult): WebhookParams {
  return {
    DialCallStatus: result.status,
    ...(result.callSid ? { DialCallSid: result.callSid } : {}),
    DialCallDuration: String(result.seconds),
    DialBridged: String(result.status === 'completed'),
  };
}
