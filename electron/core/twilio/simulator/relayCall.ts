import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';
import WebSocket from 'ws';
import { OutboundMessage, type InboundMessage } from '../../relay/relayMessages';
import { newSid } from './sids';
import { childElements, parseTwiml, type XmlElement } from './twimlParser';
import type { WebhookRequest } from './types';
import { WebhookClient } from './webhookClient';

/** One `text` message as the stand-in received it, with `performance.now()` on arrival. */
export interface ReceivedToken {
  token: string;
  last: boolean;
  at: number;
}

/** What Pickup sent back for one prompt: its tokens, or the `end` that closed the session. */
export interface SpokenReply {
  promptAt: number;
  tokens: ReceivedToken[];
  /** All tokens joined, as Twilio's text-to-speech would read them. */
  text: string;
  handoffData: string | null;
}

export interface RelayCallOptions {
  publicUrl: string;
  authToken: string;
  from?: string;
  to?: string;
  callSid?: string;
  /** How long a reply may take before `prompt` gives up waiting (ms). */
  replyTimeoutMs?: number;
}

const find = (root: XmlElement, name: string): XmlElement | null => {
  for (const child of childElements(root)) {
    if (child.name === name) return child;
    const inner = find(child, name);
    if (inner) return inner;
  }
  return null;
};

/**
 * Plays Twilio's side of a ConversationRelay call against Pickup: the signed voice webhook, the
 * WebSocket opened with `X-Twilio-Signature` over its URL, `setup`, the caller's `prompt`s and
 * `interrupt`s, and the `<Connect action>` request when the session ends (with `HandoffData`, or
 * the 64105 of a dropped socket).
 */
export class RelayCall {
  readonly callSid: string;
  readonly accountSid = newSid('AC');
  readonly sessionId = newSid('VX');
  readonly from: string;
  readonly to: string;
  readonly requests: WebhookRequest[] = [];
  /** Every message Pickup sent on the socket, in order. */
  readonly received: OutboundMessage[] = [];
  /** The voice webhook's TwiML. */
  twiml = '';
  relayUrl: string | null = null;
  actionUrl: string | null = null;
  greeting: string | null = null;
  /** The `<ConversationRelay>` attributes, as Pickup configured them. */
  relayAttributes: Record<string, string> = {};
  /** Its `<Parameter>`s, which Twilio sends back in `setup.customParameters`. */
  relayParameters: Record<string, string> = {};

  private readonly client: WebhookClient;
  private socket: WebSocket | null = null;
  private closedBy: Promise<{ code: number; reason: string }> | null = null;
  private waiting: { reply: SpokenReply; resolve: (reply: SpokenReply) => void } | null = null;

  constructor(private readonly options: RelayCallOptions) {
    this.callSid = options.callSid ?? newSid('CA');
    this.from = options.from ?? '+13035550142';
    this.to = options.to ?? '+13035550100';
    this.client = new WebhookClient({ authToken: options.authToken, timeoutMs: 15_000, onRequest: (r) => this.requests.push(r) });
  }

  private get base() {
    return this.options.publicUrl.replace(/\/+$/, '');
  }

  private callParams(extra: Record<string, string> = {}): Record<string, string> {
    return { AccountSid: this.accountSid, CallSid: this.callSid, From: this.from, To: this.to, Direction: 'inbound', ...extra };
  }

  /** Rings Pickup; true when it answered with a ConversationRelay (false: some other TwiML). */
  async ring(): Promise<boolean> {
    const response = await this.client.send(
      'caller',
      'POST',
      `${this.base}/api/webhooks/twilio/voice`,
      this.callParams({ CallStatus: 'ringing' }),
    );
    this.twiml = response.body;
    const doc = parseTwiml(response.body);
    const connect = find(doc, 'Connect');
    const relay = connect ? find(connect, 'ConversationRelay') : null;
    if (!connect || !relay) return false;
    this.actionUrl = connect.attributes.action ?? null;
    this.relayUrl = relay.attributes.url ?? null;
    this.greeting = relay.attributes.welcomeGreeting ?? null;
    this.relayAttributes = relay.attributes;
    this.relayParameters = Object.fromEntries(
      childElements(relay)
        .filter((child) => child.name === 'Parameter' && child.attributes.name !== undefined)
        .map((child) => [child.attributes.name!, child.attributes.value ?? '']),
    );
    return true;
  }

  /**
   * Opens the WebSocket as Twilio does (signed upgrade) and sends `setup` with the call's
   * `<Parameter>`s; `setup` replaces some of its fields, to play an impostor.
   */
  async connect(
    options: { signature?: string; setup?: { callSid?: string; customParameters?: Record<string, string> } } = {},
  ): Promise<void> {
    if (!this.relayUrl) throw new Error('no <ConversationRelay url> to connect to');
    const signature = options.signature ?? getExpectedTwilioSignature(this.options.authToken, this.relayUrl, {});
    const socket = new WebSocket(this.relayUrl, { headers: { 'X-Twilio-Signature': signature } });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`upgrade refused: HTTP ${response.statusCode}`)),
      );
      socket.once('error', reject);
    });
    socket.setMaxListeners(0);
    socket.on('message', (data) => this.receive(String(data)));
    this.closedBy = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
    this.socket = socket;
    this.send({
      type: 'setup',
      sessionId: this.sessionId,
      callSid: options.setup?.callSid ?? this.callSid,
      from: this.from,
      to: this.to,
      direction: 'inbound',
      accountSid: this.accountSid,
      customParameters: options.setup?.customParameters ?? this.relayParameters,
    } as InboundMessage);
  }

  /** Resolves with the close code and reason once the socket closes (Pickup refused it, or it ended). */
  closed(): Promise<{ code: number; reason: string }> {
    if (!this.closedBy) throw new Error('not connected');
    return this.closedBy;
  }

  private receive(raw: string) {
    const now = performance.now();
    const message = OutboundMessage.parse(JSON.parse(raw));
    this.received.push(message);
    const waiting = this.waiting;
    // A language switch is no reply: the caller hears the words that follow it.
    if (!waiting || message.type === 'language') return;
    if (message.type === 'text') {
      waiting.reply.tokens.push({ token: message.token, last: message.last, at: now });
      waiting.reply.text += message.token;
      if (!message.last) return;
    } else {
      waiting.reply.handoffData = message.handoffData;
    }
    this.waiting = null;
    waiting.resolve(waiting.reply);
  }

  send(message: InboundMessage): void {
    if (!this.socket) throw new Error('not connected');
    this.socket.send(JSON.stringify(message));
  }

  /** The caller says something; resolves with Pickup's reply (its `last` token, or `end`). */
  prompt(voicePrompt: string): Promise<SpokenReply> {
    return this.awaitReply(`"${voicePrompt}"`, { type: 'prompt', voicePrompt, lang: 'en-US', last: true });
  }

  /** The caller presses a key, as Twilio reports it (`dtmf`); resolves with Pickup's reply. */
  pressKey(digit: string): Promise<SpokenReply> {
    return this.awaitReply(`the key ${digit}`, { type: 'dtmf', digit });
  }

  private awaitReply(what: string, message: InboundMessage): Promise<SpokenReply> {
    const reply: SpokenReply = { promptAt: performance.now(), tokens: [], text: '', handoffData: null };
    const timeoutMs = this.options.replyTimeoutMs ?? 15_000;
    const done = new Promise<SpokenReply>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to ${what} within ${timeoutMs} ms`)), timeoutMs);
      this.waiting = { reply, resolve: (r) => (clearTimeout(timer), resolve(r)) };
    });
    this.send(message);
    return done;
  }

  /** The caller cuts in, having heard only `heard` of the reply. */
  interrupt(heard: string, durationUntilInterruptMs = 800): void {
    this.waiting = null;
    this.send({ type: 'interrupt', utteranceUntilInterrupt: heard, durationUntilInterruptMs });
  }

  /** Resolves once `count` messages have arrived in all (tokens, `end`). */
  async waitForMessages(count: number, timeoutMs = 5000): Promise<void> {
    const until = performance.now() + timeoutMs;
    while (this.received.length < count) {
      if (performance.now() > until) throw new Error(`only ${this.received.length} of ${count} messages arrived`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Closes the socket as Twilio does when the session ends. */
  async close(): Promise<void> {
    const socket = this.socket;
    this.socket = null;
    if (!socket || socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.close();
    });
  }

  /**
   * Ends the session and requests the `<Connect action>` URL as Twilio does: with the last
   * `end`'s HandoffData, or with `errorCode` (64105: the socket dropped). Returns the TwiML.
   */
  async complete(options: { errorCode?: string; callStatus?: string } = {}): Promise<string> {
    if (!this.actionUrl) throw new Error('no <Connect action> to request');
    await this.close();
    const end = [...this.received].reverse().find((m) => m.type === 'end');
    const params = this.callParams({
      CallStatus: options.callStatus ?? 'in-progress',
      SessionId: this.sessionId,
      SessionStatus: options.errorCode ? 'failed' : 'completed',
      ...(end && !options.errorCode ? { HandoffData: end.handoffData } : {}),
      ...(options.errorCode ? { ErrorCode: options.errorCode, ErrorMessage: 'WebSocket connection closed' } : {}),
    });
    return (await this.client.send('caller', 'POST', this.actionUrl, params)).body;
  }
}
