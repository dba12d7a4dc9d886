import Ajv, { type ValidateFunction } from 'ajv';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { specPath } from '../../electron/core/specs/specPath';
import { withoutNullable } from './openApiConformance';

/** What made the stand-in answer: the caller stopped talking (server VAD), or the client asked. */
export interface RealtimeTurn {
  trigger: 'speech' | 'response.create';
  /** Responses started on this connection before this one. */
  index: number;
  /** Which connection this is, from 1 (a client that reconnected is on 2). */
  connection: number;
  /** `response.create`'s own instructions, when it had some (a greeting, a goodbye). */
  instructions?: string;
  /** Tool results the client added since the last response. */
  functionOutputs: { callId: string; output: string }[];
  /** The caller's speech just ended (for `speech`), in milliseconds. */
  speechMs?: number;
}

/** The stand-in's answer to a turn. */
export interface RealtimeStep {
  /** The caller's words, reported as their input transcription (the stand-in does not recognise speech). */
  transcript?: string;
  /** Words to speak: synthesized and streamed as `response.output_audio.delta` with their transcript. */
  say?: string;
  toolCalls?: { name: string; arguments: Record<string, unknown> }[];
  /** Wait before the first audio (the model thinking). */
  firstAudioDelayMs?: number;
  /** Answer nothing at all. */
  stall?: boolean;
  /** Answer with a `server_error` event. */
  error?: boolean;
  /** Drop the connection (before the caller's transcript). */
  drop?: boolean;
  /** Drop the connection once this much of the reply's audio has been sent (after the transcript). */
  dropAfterAudioMs?: number;
}

export interface ScriptedRealtimeOptions {
  apiKey: string;
  respond: (turn: RealtimeTurn) => RealtimeStep;
  /** Speech for `say`, as 8 kHz mu-law (`audio/pcmu`). */
  synthesize: (text: string) => Promise<Buffer>;
  /** Mean absolute amplitude (of 32,768) above which a 20 ms frame counts as speech. */
  speechLevel?: number;
}

export interface ScriptedRealtime {
  /** The base URL, as OPENAI_BASE_URL takes it (`http://127.0.0.1:<port>/v1`). */
  url: string;
  /** Every client event received, in order, across connections. */
  readonly events: { type: string; [key: string]: unknown }[];
  /** The same events, per connection (the first connection's at 0). */
  readonly eventsByConnection: { type: string; [key: string]: unknown }[][];
  /** Every way a client event broke OpenAI's `RealtimeClientEvent` schemas: should stay empty. */
  readonly problems: string[];
  readonly truncations: { item_id: string; audio_end_ms: number }[];
  /** The usage of every `response.done` sent, in order, across connections. */
  readonly usages: Record<string, unknown>[];
  /** Connections accepted so far. */
  connections(): number;
  /** The WebSocket extensions each connection's client offered (`Sec-WebSocket-Extensions`), '' for none. */
  readonly extensionsOffered: string[];
  /** Bytes of caller audio received (decoded). */
  audioBytesIn(): number;
  /** While on, upgrades are answered 503 (OpenAI unreachable). */
  refuse(on: boolean): void;
  /** Drops every open connection, as a network failure would. */
  dropAll(): void;
  close(): Promise<void>;
}

/** The words between the first pair of double quotes of `instructions` (how Pickup asks for its greeting). */
export function quotedWords(instructions: string | undefined): string | undefined {
  return /"([^"]+)"/.exec(instructions ?? '')?.[1];
}

let validators: { event: ValidateFunction; properties: Map<string, Set<string>> } | null = null;

/** OpenAI's `RealtimeClientEvent` schemas, from its OpenAPI description, compiled once per process. */
function clientEventValidators() {
  if (validators) return validators;
  type Schema = Record<string, unknown>;
  const spec = JSON.parse(readFileSync(specPath('openai_openapi'), 'utf8')) as {
    components: { schemas: Record<string, Schema> };
  };
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
  ajv.addSchema({ $id: 'openai', components: withoutNullable(spec.components) });
  const properties = new Map<string, Set<string>>();
  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    if (!name.startsWith('RealtimeClientEvent') || name === 'RealtimeClientEvent') continue;
    const props = (schema.properties ?? {}) as Record<string, { enum?: string[] }>;
    const type = props.type?.enum?.[0];
    if (type) properties.set(type, new Set(Object.keys(props)));
  }
  const event = ajv.getSchema('openai#/components/schemas/RealtimeClientEvent') as ValidateFunction;
  validators = { event, properties };
  return validators;
}

/** What is wrong with one client event by OpenAI's description: unknown type or field, or the schema's complaint. */
export function clientEventProblems(event: unknown): string[] {
  const { event: validate, properties } = clientEventValidators();
  const type = (event as { type?: unknown })?.type;
  const known = typeof type === 'string' ? properties.get(type) : undefined;
  if (!known) return [`${String(type)} is not a Realtime client event`];
  const unknown = Object.keys(event as object)
    .filter((key) => !known.has(key))
    .map((key) => `${type}: ${key} is not one of its fields`);
  const invalid = validate(event) ? [] : [`${type} does not fit RealtimeClientEvent: ${JSON.stringify(event).slice(0, 300)}`];
  return [...unknown, ...invalid];
}

/** G.711 mu-law to a linear 16-bit sample. */
function mulawToLinear(byte: number): number {
  const u = ~byte & 0xff;
  const magnitude = ((((u & 0x0f) << 3) + 0x84) << ((u >> 4) & 7)) - 0x84;
  return u & 0x80 ? -magnitude : magnitude;
}

function meanLevel(frame: Buffer): number {
  let sum = 0;
  for (const byte of frame) sum += Math.abs(mulawToLinear(byte));
  return frame.length ? sum / frame.length : 0;
}

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;
const bytesPerMs = 8;
const frameBytes = 160;

/**
 * OpenAI's Realtime API on 127.0.0.1, for tests: the GA event protocol over a WebSocket at
 * `/v1/realtime?model=`, bearer key checked. Every client event is validated against the
 * `RealtimeClientEvent*` schemas of OpenAI's OpenAPI description. Caller audio (`audio/pcmu`) is
 * listened to by energy: speech starts on a loud frame and ends after the session's
 * `silence_duration_ms` of quiet, as server VAD does (`speech_started`, `speech_stopped`,
 * `committed`, the input transcription the script gives, then a response). Responses are real
 * synthesized speech as `response.output_audio.delta` with transcript deltas, function calls,
 * and usage in `response.done`; a step can also stall, error or drop.
 */
export async function startScriptedRealtime(options: ScriptedRealtimeOptions): Promise<ScriptedRealtime> {
  const events: ScriptedRealtime['events'] = [];
  const eventsByConnection: ScriptedRealtime['eventsByConnection'] = [];
  const problems: string[] = [];
  const truncations: ScriptedRealtime['truncations'] = [];
  const usages: ScriptedRealtime['usages'] = [];
  const extensionsOffered: string[] = [];
  const speechLevel = options.speechLevel ?? 300;
  let accepted = 0;
  let audioIn = 0;
  let refusing = false;
  clientEventValidators();

  const http = createServer((_request, response) => response.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    const url = new URL(request.url ?? '/', 'http://x');
    const deny = (status: string) => socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    if (refusing) return deny('503 Service Unavailable');
    if (url.pathname !== '/v1/realtime' || !url.searchParams.get('model')) return deny('404 Not Found');
    if (request.headers.authorization !== `Bearer ${options.apiKey}`) return deny('401 Unauthorized');
    extensionsOffered.push(request.headers['sec-websocket-extensions'] ?? '');
    wss.handleUpgrade(request, socket, head, (ws) => serve(ws, url.searchParams.get('model')!));
  });

  const serve = (ws: WebSocket, model: string) => {
    const connection = ++accepted;
    const received: ScriptedRealtime['events'] = [];
    eventsByConnection.push(received);
    ws.on('error', () => undefined);
    const send = (event: Record<string, unknown>) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ event_id: id('event'), ...event }));
    };
    let silenceMs = 500;
    let responses = 0;
    let outputs: RealtimeTurn['functionOutputs'] = [];
    let audioMs = 0;
    let speech: { itemId: string; startMs: number; quietMs: number } | null = null;
    let current: { id: string; cancelled: boolean } | null = null;
    const itemAudioMs = new Map<string, number>();

    send({ type: 'session.created', session: { id: id('sess'), object: 'realtime.session', type: 'realtime', model } });

    const runResponse = async (turn: RealtimeTurn) => {
      const step = options.respond(turn);
      if (step.drop) return ws.terminate();
      if (turn.trigger === 'speech' && step.transcript !== undefined) {
        // Transcription runs beside the response, as OpenAI's does.
        send({
          type: 'conversation.item.input_audio_transcription.completed',
          item_id: lastInputItem,
          content_index: 0,
          transcript: step.transcript,
          usage: { type: 'duration', seconds: Math.ceil((turn.speechMs ?? 0) / 1000) },
        });
      }
      if (step.error) {
        send({
          type: 'error',
          error: {
            type: 'server_error',
            code: 'server_error',
            message: 'The server had an error while processing your request.',
          },
        });
        return;
      }
      if (step.stall) return;
      const response = { id: id('resp'), cancelled: false };
      current = response;
      responses++;
      const output: Record<string, unknown>[] = [];
      send({
        type: 'response.created',
        response: { id: response.id, object: 'realtime.response', status: 'in_progress', output: [] },
      });
      if (step.firstAudioDelayMs) await new Promise((resolve) => setTimeout(resolve, step.firstAudioDelayMs));
      let outAudioMs = 0;
      if (step.say && !response.cancelled) {
        const audio = await options.synthesize(step.say);
        const itemId = id('item');
        const ids = { response_id: response.id, item_id: itemId, output_index: 0, content_index: 0 };
        send({
          type: 'response.output_item.added',
          response_id: response.id,
          output_index: 0,
          item: { id: itemId, type: 'message', role: 'assistant', status: 'in_progress', content: [] },
        });
        send({ type: 'response.content_part.added', ...ids, part: { type: 'audio', transcript: '' } });
        const words = step.say.split(' ');
        const chunk = 4800;
        for (let at = 0, w = 0; at < audio.length && !response.cancelled; at += chunk) {
          if (step.dropAfterAudioMs !== undefined && outAudioMs >= step.dropAfterAudioMs) return ws.terminate();
          send({ type: 'response.output_audio.delta', ...ids, delta: audio.subarray(at, at + chunk).toString('base64') });
          outAudioMs = Math.min(audio.length, at + chunk) / bytesPerMs;
          itemAudioMs.set(itemId, outAudioMs);
          const until = Math.ceil((words.length * Math.min(audio.length, at + chunk)) / audio.length);
          if (until > w)
            send({
              type: 'response.output_audio_transcript.delta',
              ...ids,
              delta: `${w > 0 ? ' ' : ''}${words.slice(w, until).join(' ')}`,
            });
          w = until;
          await new Promise((resolve) => setImmediate(resolve));
        }
        send({ type: 'response.output_audio.done', ...ids });
        send({ type: 'response.output_audio_transcript.done', ...ids, transcript: step.say });
        const item = {
          id: itemId,
          type: 'message',
          role: 'assistant',
          status: 'completed',
          content: [{ type: 'output_audio', transcript: step.say }],
        };
        send({ type: 'response.output_item.done', response_id: response.id, output_index: 0, item });
        output.push(item);
      }
      for (const call of response.cancelled ? [] : (step.toolCalls ?? [])) {
        const itemId = id('item');
        const callId = id('call');
        const args = JSON.stringify(call.arguments);
        const item = {
          id: itemId,
          type: 'function_call',
          status: 'completed',
          name: call.name,
          call_id: callId,
          arguments: args,
        };
        send({
          type: 'response.output_item.added',
          response_id: response.id,
          output_index: output.length,
          item: { ...item, status: 'in_progress', arguments: '' },
        });
        send({
          type: 'response.function_call_arguments.done',
          response_id: response.id,
          item_id: itemId,
          output_index: output.length,
          call_id: callId,
          name: call.name,
          arguments: args,
        });
        send({ type: 'response.output_item.done', response_id: response.id, output_index: output.length, item });
        output.push(item);
      }
      const inputAudio = Math.ceil((turn.speechMs ?? 0) / 100);
      const inputText = 900 + 40 * responses;
      const outAudio = Math.ceil(outAudioMs / 50);
      const outText = Math.ceil((step.say?.split(' ').length ?? 0) * 1.3) + 20 * (step.toolCalls?.length ?? 0);
      const usage = {
        total_tokens: inputAudio + inputText + outAudio + outText,
        input_tokens: inputAudio + inputText,
        output_tokens: outAudio + outText,
        input_token_details: {
          text_tokens: inputText,
          audio_tokens: inputAudio,
          cached_tokens: responses > 1 ? 768 : 0,
          cached_tokens_details: { text_tokens: responses > 1 ? 768 : 0, audio_tokens: 0 },
        },
        output_token_details: { text_tokens: outText, audio_tokens: outAudio },
      };
      usages.push(usage);
      send({
        type: 'response.done',
        response: {
          id: response.id,
          object: 'realtime.response',
          status: response.cancelled ? 'cancelled' : 'completed',
          output,
          usage,
        },
      });
      if (current === response) current = null;
    };

    let lastInputItem = '';
    const respond = (turn: RealtimeTurn) => {
      outputs = [];
      void runResponse(turn).catch((error: unknown) =>
        send({ type: 'error', error: { type: 'server_error', message: String(error) } }),
      );
    };

    const hear = (audio: Buffer) => {
      audioIn += audio.length;
      for (let at = 0; at + frameBytes <= audio.length; at += frameBytes) {
        const loud = meanLevel(audio.subarray(at, at + frameBytes)) > speechLevel;
        audioMs += 20;
        if (!speech && loud) {
          speech = { itemId: id('item'), startMs: audioMs - 20, quietMs: 0 };
          send({ type: 'input_audio_buffer.speech_started', audio_start_ms: speech.startMs, item_id: speech.itemId });
          // Server VAD cuts the model off when the caller talks over it.
          if (current) current.cancelled = true;
        } else if (speech) {
          speech.quietMs = loud ? 0 : speech.quietMs + 20;
          if (speech.quietMs >= silenceMs) {
            const { itemId, startMs } = speech;
            speech = null;
            lastInputItem = itemId;
            send({ type: 'input_audio_buffer.speech_stopped', audio_end_ms: audioMs, item_id: itemId });
            send({ type: 'input_audio_buffer.committed', item_id: itemId, previous_item_id: null });
            respond({ trigger: 'speech', index: responses, connection, functionOutputs: outputs, speechMs: audioMs - startMs });
          }
        }
      }
    };

    ws.on('message', (data) => {
      let event: { type: string; [key: string]: unknown };
      try {
        event = JSON.parse(String(data)) as typeof event;
      } catch {
        problems.push(`not JSON: ${String(data).slice(0, 80)}`);
        return;
      }
      events.push(event);
      received.push(event);
      const found = clientEventProblems(event);
      if (found.length > 0) {
        problems.push(...found);
        send({
          type: 'error',
          error: { type: 'invalid_request_error', message: found.join('; '), event_id: event.event_id ?? null },
        });
        return;
      }
      switch (event.type) {
        case 'session.update': {
          const session = event.session as { audio?: { input?: { turn_detection?: { silence_duration_ms?: number } } } };
          silenceMs = session.audio?.input?.turn_detection?.silence_duration_ms ?? silenceMs;
          send({ type: 'session.updated', session: event.session });
          return;
        }
        case 'input_audio_buffer.append':
          return hear(Buffer.from(event.audio as string, 'base64'));
        case 'conversation.item.create': {
          const item = event.item as { type: string; call_id?: string; output?: string };
          if (item.type === 'function_call_output') outputs.push({ callId: item.call_id ?? '', output: item.output ?? '' });
          send({ type: 'conversation.item.added', item: { id: id('item'), ...item } });
          return;
        }
        case 'conversation.item.truncate': {
          const itemId = event.item_id as string;
          const endMs = event.audio_end_ms as number;
          const length = itemAudioMs.get(itemId);
          if (length === undefined || endMs > length) {
            send({
              type: 'error',
              error: {
                type: 'invalid_request_error',
                message: `audio_end_ms ${endMs} is past the item's audio (${length ?? 'no such item'})`,
                event_id: event.event_id ?? null,
              },
            });
            return;
          }
          truncations.push({ item_id: itemId, audio_end_ms: endMs });
          send({ type: 'conversation.item.truncated', item_id: itemId, content_index: 0, audio_end_ms: endMs });
          return;
        }
        case 'response.cancel':
          if (current) current.cancelled = true;
          return;
        case 'response.create': {
          const response = event.response as { instructions?: string } | undefined;
          return respond({
            trigger: 'response.create',
            index: responses,
            connection,
            functionOutputs: outputs,
            instructions: response?.instructions,
          });
        }
      }
    });
  };

  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    events,
    eventsByConnection,
    problems,
    truncations,
    usages,
    extensionsOffered,
    connections: () => accepted,
    audioBytesIn: () => audioIn,
    refuse: (on) => {
      refusing = on;
    },
    dropAll: () => {
      for (const client of wss.clients) client.terminate();
    },
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
