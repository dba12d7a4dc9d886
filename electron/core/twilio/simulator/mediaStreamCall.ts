import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';
import WebSocket from 'ws';
import { StreamOutbound, type StreamInbound } from '../../realtime/mediaStreamMessages';
import { frameBytes, silence, speechMulaw } from './localSpeech';
import { newSid } from './sids';
import { childElements, parseTwiml, type XmlElement } from './twimlParser';
import type { WebhookRequest } from './types';
import { WebhookClient } from './webhookClient';

export interface MediaStreamCallOptions {
  publicUrl: string;
  authToken: string;
  from?: string;
  to?: string;
  callSid?: string;
  /** Silence sent after each utterance, so the far end hears the caller stop (ms). */
  trailingSilenceMs?: number;
}

const frameMs = 20;

const find = (root: XmlElement, name: string): XmlElement | null => {
  for (const child of childElements(root)) {
    if (child.name === name) return child;
    const inner = find(child, name);
    if (inner) return inner;
  }
  return null;
};

type Queued = { audio: Buffer } | { mark: string };

/**
 * Plays Twilio's side of a Media Streams call (`<Connect><Stream>`) against Pickup: the signed
 * voice webhook, the WebSocket opened with `X-Twilio-Signature` over its URL, `connected` and
 * `start` (with the `<Parameter>`s as `customParameters`), then a 20 ms clock as on a real line:
 * every tick sends one `media` frame of 8 kHz mu-law (the caller's speech, made locally, else
 * silence) and plays one frame of the audio Pickup sent, answering each `mark` once the audio
 * before it has played and dropping what is queued on `clear`. `complete` requests the
 * `<Connect action>` as Twilio does once the stream has ended.
 */
export class MediaStreamCall {
  readonly callSid: string;
  readonly streamSid = newSid('MZ');
  readonly accountSid = newSid('AC');
  readonly from: string;
  readonly to: string;
  readonly requests: WebhookRequest[] = [];
  twiml = '';
  streamUrl: string | null = null;
  actionUrl: string | null = null;
  /** The `<Stream>`'s `<Parameter>`s, sent back in `start.customParameters`. */
  parameters: Record<string, string> = {};

  /** Media frames Pickup sent, and their bytes of audio. */
  framesReceived = 0;
  bytesReceived = 0;
  /** Bytes of Pickup's audio the caller has heard. */
  bytesPlayed = 0;
  clears = 0;
  /** Marks answered, in order. */
  readonly marksPlayed: string[] = [];
  /** `performance.now()` of every media frame from Pickup, in order. */
  readonly audioArrivals: number[] = [];
  /** Bytes sent to Pickup on the socket (every message), for the bandwidth figures. */
  bytesSent = 0;
  bytesIn = 0;

  private readonly client: WebhookClient;
  private socket: WebSocket | null = null;
  private closedBy: Promise<{ code: number; reason: string }> | null = null;
  private clock: NodeJS.Timeout | null = null;
  private clockStart = 0;
  private ticks = 0;
  private sequence = 0;
  private outgoing: Buffer = Buffer.alloc(0);
  private outgoingDone: (() => void) | null = null;
  private lastVoicedFrameAt = 0;
  private readonly playQueue: Queued[] = [];

  constructor(private readonly options: MediaStreamCallOptions) {
    this.callSid = options.callSid ?? newSid('CA');
    this.from = options.from ?? '+13035550142';
    this.to = options.to ?? '+13035550100';
    this.client = new WebhookClient({ authToken: options.authToken, timeoutMs: 15_000, onRequest: (r) => this.requests.push(r) });
  }

  private callParams(extra: Record<string, string> = {}): Record<string, string> {
    return { AccountSid: this.accountSid, CallSid: this.callSid, From: this.from, To: this.to, Direction: 'inbound', ...extra };
  }

  /** Rings Pickup; true when it answered with `<Connect><Stream>` (false: some other TwiML). */
  async ring(): Promise<boolean> {
    const base = this.options.publicUrl.replace(/\/+$/, '');
    const response = await this.client.send(
      'caller',
      'POST',
      `${base}/api/webhooks/twilio/voice`,
      this.callParams({ CallStatus: 'ringing' }),
    );
    this.twiml = response.body;
    const doc = parseTwiml(response.body);
    const connect = find(doc, 'Connect');
    const stream = connect ? find(connect, 'Stream') : null;
    if (!connect || !stream) return false;
    this.actionUrl = connect.attributes.action ?? null;
    this.streamUrl = stream.attributes.url ?? null;
    this.parameters = Object.fromEntries(
      childElements(stream)
        .filter((child) => child.name === 'Parameter' && child.attributes.name !== undefined)
        .map((child) => [child.attributes.name!, child.attributes.value ?? '']),
    );
    return true;
  }

  /** Opens the socket as Twilio does (signed upgrade) and sends `connected` and `start`; options play an impostor. */
  async connect(
    options: { signature?: string; callSid?: string; customParameters?: Record<string, string>; clock?: boolean } = {},
  ): Promise<void> {
    if (!this.streamUrl) throw new Error('no <Stream url> to connect to');
    const signature = options.signature ?? getExpectedTwilioSignature(this.options.authToken, this.streamUrl, {});
    const socket = new WebSocket(this.streamUrl, { headers: { 'X-Twilio-Signature': signature } });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`upgrade refused: HTTP ${response.statusCode}`)),
      );
      socket.once('error', reject);
    });
    socket.on('error', () => undefined);
    socket.on('message', (data) => this.receive(String(data)));
    this.closedBy = new Promise((resolve) =>
      socket.once('close', (code, reason) => {
        this.stopClock();
        this.dropOutgoing();
        resolve({ code, reason: String(reason) });
      }),
    );
    this.socket = socket;
    this.send({ event: 'connected', protocol: 'Call' });
    this.send({
      event: 'start',
      sequenceNumber: String(++this.sequence),
      streamSid: this.streamSid,
      start: {
        streamSid: this.streamSid,
        callSid: options.callSid ?? this.callSid,
        accountSid: this.accountSid,
        customParameters: options.customParameters ?? this.parameters,
        mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
      },
    });
    if (options.clock !== false) this.startClock();
  }

  closed(): Promise<{ code: number; reason: string }> {
    if (!this.closedBy) throw new Error('not connected');
    return this.closedBy;
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Sends one message as Twilio would (or anything at all, to play a broken client). */
  send(message: StreamInbound | string): void {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return;
    const text = typeof message === 'string' ? message : JSON.stringify(message);
    this.bytesSent += text.length;
    this.socket.send(text);
  }

  sendRaw(data: Buffer | string, options: { binary?: boolean } = {}): void {
    this.socket?.send(data, { binary: options.binary ?? false });
  }

  private startClock() {
    this.clockStart = performance.now();
    this.clock = setInterval(() => this.tick(), frameMs / 2);
  }

  private stopClock() {
    if (this.clock) clearInterval(this.clock);
    this.clock = null;
  }

  /** Catches up on every 20 ms frame due since the clock started: one sent, one played. */
  private tick() {
    const due = Math.floor((performance.now() - this.clockStart) / frameMs);
    while (this.ticks < due) {
      this.ticks++;
      this.sendFrame();
      this.playFrame();
    }
  }

  private sendFrame() {
    let frame: Buffer;
    if (this.outgoing.length > 0) {
      frame = this.outgoing.subarray(0, frameBytes);
      this.outgoing = this.outgoing.subarray(frameBytes);
      if (frame.some((b) => b !== 0xff && b !== 0x7f)) this.lastVoicedFrameAt = performance.now();
      if (this.outgoing.length === 0) {
        this.outgoingDone?.();
        this.outgoingDone = null;
      }
    } else {
      frame = silence(frameMs);
    }
    this.send({
      event: 'media',
      sequenceNumber: String(++this.sequence),
      streamSid: this.streamSid,
      media: { track: 'inbound', timestamp: String(this.ticks * frameMs), payload: frame.toString('base64') },
    });
  }

  private playFrame() {
    let budget = frameBytes;
    while (this.playQueue.length > 0) {
      const head = this.playQueue[0]!;
      if ('mark' in head) {
        this.playQueue.shift();
        this.answerMark(head.mark);
        continue;
      }
      if (budget === 0) return;
      const take = Math.min(budget, head.audio.length);
      this.bytesPlayed += take;
      budget -= take;
      if (take === head.audio.length) this.playQueue.shift();
      else head.audio = head.audio.subarray(take);
    }
  }

  private answerMark(name: string) {
    this.marksPlayed.push(name);
    this.send({ event: 'mark', sequenceNumber: String(++this.sequence), streamSid: this.streamSid, mark: { name } });
  }

  private receive(raw: string) {
    this.bytesIn += raw.length;
    const message = StreamOutbound.parse(JSON.parse(raw));
    switch (message.event) {
      case 'media': {
        const audio = Buffer.from(message.media.payload, 'base64');
        this.framesReceived++;
        this.bytesReceived += audio.length;
        this.audioArrivals.push(performance.now());
        this.playQueue.push({ audio });
        return;
      }
      case 'mark':
        // With nothing left to play, Twilio answers a mark at once.
        if (this.playQueue.length === 0) this.answerMark(message.mark.name);
        else this.playQueue.push({ mark: message.mark.name });
        return;
      case 'clear': {
        this.clears++;
        // Twilio drops the queued audio and answers the marks that were waiting behind it.
        const marks = this.playQueue.flatMap((q) => ('mark' in q ? [q.mark] : []));
        this.playQueue.length = 0;
        for (const mark of marks) this.answerMark(mark);
        return;
      }
    }
  }

  /**
   * The caller says `text` (real speech, 20 ms a frame as the clock sends it) followed by
   * `trailingSilenceMs` of silence. Resolves with `performance.now()` of the last voiced frame
   * once all of it has been sent.
   */
  async say(text: string): Promise<number> {
    const speech = await speechMulaw(text);
    await this.sendAudio(Buffer.concat([speech, silence(this.options.trailingSilenceMs ?? 200)]));
    return this.lastVoicedFrameAt;
  }

  /**
   * Queues raw mu-law for the clock to send; resolves once it has all been sent, or once the
   * stream has ended (Pickup may end it mid-utterance, as when it falls back to Gather).
   */
  sendAudio(audio: Buffer): Promise<void> {
    if (this.socket && this.socket.readyState !== WebSocket.OPEN) return Promise.resolve();
    this.outgoing = Buffer.concat([this.outgoing, audio]);
    return new Promise((resolve) => {
      const previous = this.outgoingDone;
      this.outgoingDone = () => {
        previous?.();
        resolve();
      };
    });
  }

  /** The line is gone: what the caller was still saying is never sent, and whoever waits on it moves on. */
  private dropOutgoing() {
    this.outgoing = Buffer.alloc(0);
    this.outgoingDone?.();
    this.outgoingDone = null;
  }

  pressKey(digit: string): void {
    this.send({ event: 'dtmf', sequenceNumber: String(++this.sequence), streamSid: this.streamSid, dtmf: { digit } });
  }

  /** Milliseconds of Pickup's audio still queued to play. */
  get queuedMs(): number {
    return this.playQueue.reduce((ms, q) => ms + ('audio' in q ? q.audio.length / 8 : 0), 0);
  }

  /** Resolves with the arrival time of the first audio frame after `since` (a `performance.now()`). */
  async firstAudioAfter(since: number, timeoutMs = 15_000): Promise<number> {
    const until = performance.now() + timeoutMs;
    for (;;) {
      const at = this.audioArrivals.find((t) => t > since);
      if (at !== undefined) return at;
      if (performance.now() > until) throw new Error(`no audio from Pickup within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  /**
   * Resolves once Pickup has sent audio (after `since`, a `performance.now()`) and then nothing
   * for `quietMs`, and all of it has played.
   */
  async heardReply(options: { since?: number; quietMs?: number; timeoutMs?: number } = {}): Promise<void> {
    const { since = 0, quietMs = 400, timeoutMs = 20_000 } = options;
    const until = performance.now() + timeoutMs;
    for (;;) {
      const last = this.audioArrivals.at(-1) ?? 0;
      if (last > since && performance.now() - last > quietMs && this.queuedMs === 0) return;
      if (performance.now() > until) throw new Error(`Pickup's reply did not finish within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** The caller hangs up: `stop`, then the socket closes. */
  async hangUp(): Promise<void> {
    this.send({ event: 'stop', sequenceNumber: String(++this.sequence), streamSid: this.streamSid });
    await this.close();
  }

  async close(): Promise<void> {
    this.stopClock();
    const socket = this.socket;
    if (!socket || socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.close();
    });
  }

  /** Requests the `<Connect action>` as Twilio does once the stream ended; returns the TwiML. */
  async complete(options: { callStatus?: string } = {}): Promise<string> {
    if (!this.actionUrl) throw new Error('no <Connect action> to request');
    await this.close();
    const params = this.callParams({ CallStatus: options.callStatus ?? 'in-progress', StreamSid: this.streamSid });
    return (await this.client.send('caller', 'POST', this.actionUrl, params)).body;
  }
}
