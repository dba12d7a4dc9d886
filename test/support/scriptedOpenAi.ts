import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';

/** Timing shared by every answering step. */
interface Pace {
  /** Model time before the answer (before its first token, when streamed). */
  delayMs?: number;
  tokensPerSecond?: number;
  /**
   * A streamed answer sends its words, then waits for this before its tool call: a test can see
   * what reached the caller while the model had written no action yet.
   */
  toolCallAfter?: Promise<unknown>;
}

/** What the scripted model does with one request. */
export type ScriptedStep =
  /**
   * Answers with this object as a model would: to a request that offers tools, its `say` as the
   * message's words and the rest as one call of the first tool; otherwise all of it as the
   * message's JSON content.
   */
  | ({ reply: unknown } & Pace)
  /**
   * Answers with this exact content (malformed JSON, a wrong shape, words alone, ...) and, with
   * `toolArguments`, a call of the request's first tool with these exact arguments.
   */
  | ({ content: string; toolArguments?: string; finishReason?: 'stop' | 'length' } & Pace)
  /** Fails as OpenAI does: an error body, and any headers (`retry-after`, ...). */
  | { status: number; code?: string | null; message?: string; headers?: Record<string, string>; delayMs?: number }
  /** Never answers; the request ends when the client gives up. */
  | { stall: true };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (the raw text when it was not JSON). */
  body: unknown;
  /** `performance.now()` when it arrived and when it was answered (null until then). */
  receivedAt: number;
  answeredAt: number | null;
  /** `performance.now()` when a streamed answer's first token was written (null unstreamed or before then). */
  firstTokenAt: number | null;
  /** `performance.now()` when a streamed answer's tool call began (null without one, or before then). */
  toolCallAt: number | null;
  /** A streamed answer's tokens as written (words, then the tool call's arguments), each with its `performance.now()`. */
  tokens: { text: string; at: number }[];
  /** True when the client hung up before an answer was sent: its budget or timeout cut the request off. */
  aborted: boolean;
  /** The body the server answered with (its `usage` included), once it has. */
  response: unknown;
}

export interface ScriptedOpenAi {
  /** The base URL for the SDK (`OPENAI_BASE_URL`), ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  /** Steps used one per request, in order; when none are queued, `respond` decides. */
  enqueue(...steps: ScriptedStep[]): void;
  respond: (request: RecordedRequest) => ScriptedStep;
  close(): Promise<void>;
}

export interface ScriptedOpenAiOptions {
  /** The key the server accepts as `Authorization: Bearer <key>`. */
  apiKey?: string;
  /**
   * Model time added to every answer that sets no `delayMs` of its own: the time to the first
   * token of a streamed answer, the time before generating a whole one.
   */
  latencyMs?: number;
  /**
   * How fast answers are generated, for steps that set no rate of their own. A streamed answer
   * sends its tokens at this rate; an unstreamed one arrives once all of them would have. Unset:
   * all at once.
   */
  tokensPerSecond?: number;
  /**
   * Streams a structured reply's opening as a real model's tokenizer does (`{"`, `say`, `":"`),
   * so its first words come three tokens after its first token; unset, the first token reaches
   * into the words.
   */
  jsonPrefixTokens?: boolean;
  respond?: (request: RecordedRequest) => ScriptedStep;
}

/** Rough tokens (four characters each), close enough for usage and cost. */
const tokens = (text: string) => Math.ceil(text.length / 4);

/** The prompt as OpenAI's cache sees it, in order: the tools and schema, then each message. */
function promptParts(body: unknown): string[] {
  const {
    messages = [],
    tools = null,
    response_format = null,
  } = (body ?? {}) as {
    messages?: { role: string; content: unknown }[];
    tools?: unknown;
    response_format?: unknown;
  };
  return [
    JSON.stringify(tools),
    JSON.stringify(response_format),
    ...messages.map((m) => `${m.role}: ${typeof m.content === 'string' ? m.content : JSON.stringify(m.content)}`),
  ];
}

/** Characters two prompts share from the start: whole parts compared natively, then the first that differs. */
function sharedPrefixChars(a: readonly string[], b: readonly string[]): number {
  let chars = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) {
      chars += x.length + 1;
      continue;
    }
    let j = 0;
    while (j < x.length && j < y.length && x.charCodeAt(j) === y.charCodeAt(j)) j++;
    return chars + j;
  }
  return chars;
}

/** Words and JSON punctuation a few characters a token. */
const textTokens = (text: string): string[] => text.match(/\s*[^\s]{1,6}|\s+/g) ?? [];

/**
 * A streamed answer's tokens. The first one reaches into the spoken words (`{"say":"Sure,`), as
 * a real model's first content token would carry the start of the reply; the rest are words and
 * JSON punctuation a few characters at a time.
 */
export function streamTokens(content: string, jsonPrefixTokens = false): string[] {
  if (jsonPrefixTokens && /^\{"say":"/.test(content)) return ['{"', 'say', '":"', ...textTokens(content.slice(8))];
  const first = /^\s*\{\s*"say"\s*:\s*"[^\s"]*/.exec(content)?.[0] ?? '';
  return [...(first ? [first] : []), ...textTokens(content.slice(first.length))];
}

/**
 * A tool call's arguments as the model streams them: tokenized as JSON content is, so a reply
 * split into words and a tool call takes as long to write as the same reply all in JSON.
 */
export const argumentTokens = textTokens;

/** The first function a request offers the model, if any. */
function firstTool(body: unknown): string | null {
  const { tools } = (body ?? {}) as { tools?: { type?: string; function?: { name?: string } }[] };
  return tools?.find((t) => t.type === 'function')?.function?.name ?? null;
}

/** Whether a request offers the model a function of this name. */
export function offersTool(request: Pick<RecordedRequest, 'body'>, name: string): boolean {
  const { tools } = (request.body ?? {}) as { tools?: { function?: { name?: string } }[] };
  return tools?.some((t) => t.function?.name === name) ?? false;
}

/** What a step makes the model write: its words (or JSON content) and any tool call. */
function answerOf(step: Extract<ScriptedStep, { reply: unknown } | { content: string }>, body: unknown) {
  const tool = firstTool(body);
  if ('content' in step) {
    const call = step.toolArguments === undefined ? null : { name: tool ?? 'unknown', arguments: step.toolArguments };
    return { content: step.content, call };
  }
  const { say, ...actions } = (step.reply ?? {}) as { say?: unknown };
  if (tool && typeof say === 'string') return { content: say, call: { name: tool, arguments: JSON.stringify(actions) } };
  return { content: JSON.stringify(step.reply), call: null };
}

const errorTypes: Record<number, { type: string; code: string | null; message: string }> = {
  400: { type: 'invalid_request_error', code: null, message: 'Invalid request.' },
  401: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided.' },
  404: { type: 'invalid_request_error', code: 'unknown_url', message: 'Unknown request URL.' },
  429: {
    type: 'requests',
    code: 'rate_limit_exceeded',
    message: 'Rate limit reached for requests per min (RPM). Please try again shortly.',
  },
  500: { type: 'server_error', code: null, message: 'The server had an error while processing your request. Sorry about that!' },
};

/**
 * A stand-in for OpenAI's Chat Completions endpoint on 127.0.0.1, speaking its wire format (the
 * real SDK talks to it through `OPENAI_BASE_URL`): it checks the key, records every request, and
 * answers each as scripted: a reply, raw content, an HTTP error, or a stall. Usage reports prompt
 * caching as OpenAI does: the longest prefix shared with an earlier prompt, counted from 1024
 * tokens in steps of 128, so a prompt whose prefix is not stable shows no cached tokens.
 */
export async function startScriptedOpenAi(options: ScriptedOpenAiOptions = {}): Promise<ScriptedOpenAi> {
  const apiKey = options.apiKey ?? 'sk-scripted-test-key';
  const requests: RecordedRequest[] = [];
  const queue: ScriptedStep[] = [];
  const earlierPrompts: string[][] = [];
  let completions = 0;

  const cachedTokensFor = (prompt: readonly string[]) => {
    const shared = Math.floor(Math.max(0, ...earlierPrompts.map((earlier) => sharedPrefixChars(prompt, earlier))) / 4);
    return shared >= 1024 ? Math.floor(shared / 128) * 128 : 0;
  };

  const sendJson = (
    res: ServerResponse,
    recorded: RecordedRequest | null,
    status: number,
    body: object,
    headers: Record<string, string> = {},
  ) => {
    if (res.destroyed) return;
    if (recorded) {
      recorded.answeredAt = performance.now();
      recorded.response = body;
    }
    res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_scripted_${requests.length}`, ...headers });
    res.end(JSON.stringify(body));
  };

  const sendError = (
    res: ServerResponse,
    recorded: RecordedRequest | null,
    status: number,
    step: { code?: string | null; message?: string; headers?: Record<string, string> } = {},
  ) => {
    const known = errorTypes[status] ?? errorTypes[500]!;
    sendJson(
      res,
      recorded,
      status,
      {
        error: {
          message: step.message ?? known.message,
          type: known.type,
          param: null,
          code: step.code === undefined ? known.code : step.code,
        },
      },
      step.headers,
    );
  };

  const completion = (
    body: { model?: string },
    prompt: readonly string[],
    { content, call }: ReturnType<typeof answerOf>,
    finishReason: 'stop' | 'length' | 'tool_calls',
  ) => {
    const promptTokens = tokens(prompt.join('\n'));
    const completionTokens = tokens(content) + (call ? tokens(call.arguments) : 0);
    const toolCalls = call ? [{ id: `call_scripted_${completions + 1}`, type: 'function' as const, function: call }] : null;
    return {
      id: `chatcmpl-scripted-${++completions}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? 'unknown',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            // As OpenAI answers: no words alongside a tool call is null content.
            content: content || !toolCalls ? content : null,
            refusal: null,
            annotations: [],
            ...(toolCalls ? { tool_calls: toolCalls } : {}),
          },
          logprobs: null,
          finish_reason: finishReason,
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
        prompt_tokens_details: { cached_tokens: cachedTokensFor(prompt), audio_tokens: 0 },
        completion_tokens_details: {
          reasoning_tokens: 0,
          audio_tokens: 0,
          accepted_prediction_tokens: 0,
          rejected_prediction_tokens: 0,
        },
      },
      service_tier: 'default',
      system_fingerprint: 'fp_scripted',
    };
  };

  /** Server-sent events as the SDK reads them: content deltas, any tool call in pieces, the finish, then usage. */
  const sendStream = (
    res: ServerResponse,
    recorded: RecordedRequest,
    whole: ReturnType<typeof completion>,
    tokenMs: number,
    toolCallAfter: Promise<unknown> | undefined,
  ) => {
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'x-request-id': `req_scripted_${requests.length}` });
    const chunk = (delta: object, finishReason: string | null, usage: object | null = null) => {
      const choices = finishReason === 'usage' ? [] : [{ index: 0, delta, logprobs: null, finish_reason: finishReason }];
      return `data: ${JSON.stringify({ id: whole.id, object: 'chat.completion.chunk', created: whole.created, model: whole.model, choices, usage })}\n\n`;
    };
    const message = whole.choices[0]!;
    const call = message.message.tool_calls?.[0];
    const words = streamTokens(message.message.content ?? '', options.jsonPrefixTokens).map((text) => ({
      text,
      delta: { content: text },
    }));
    const pieces = call
      ? [
          {
            text: '',
            delta: {
              tool_calls: [{ index: 0, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }],
            },
          },
          ...argumentTokens(call.function.arguments).map((text) => ({
            text,
            delta: { tool_calls: [{ index: 0, function: { arguments: text } }] },
          })),
        ]
      : [];
    const tokens = [...words, ...pieces];
    let i = 0;
    let waited = !toolCallAfter;
    const next = () => {
      if (res.destroyed) return;
      if (i === words.length && !waited) {
        waited = true;
        void toolCallAfter!.then(next);
        return;
      }
      if (i < tokens.length) {
        const now = performance.now();
        if (i === 0) recorded.firstTokenAt = now;
        if (i === words.length) recorded.toolCallAt = now;
        const token = tokens[i]!;
        if (token.text) recorded.tokens.push({ text: token.text, at: now });
        res.write(chunk({ ...(i++ === 0 ? { role: 'assistant' } : {}), ...token.delta }, null));
        if (tokenMs > 0) setTimeout(next, tokenMs).unref();
        else next();
        return;
      }
      res.write(chunk({}, message.finish_reason));
      res.write(chunk({}, 'usage', whole.usage));
      recorded.answeredAt = performance.now();
      recorded.response = whole;
      res.end('data: [DONE]\n\n');
    };
    next();
  };

  const answer = (res: ServerResponse, recorded: RecordedRequest, step: ScriptedStep) => {
    if ('stall' in step) return;
    const body = recorded.body as { model?: string; stream?: boolean };
    const rate = ('status' in step ? undefined : step.tokensPerSecond) ?? options.tokensPerSecond;
    const tokenMs = rate ? 1000 / rate : 0;
    const written = 'status' in step ? { content: '', call: null } : answerOf(step, body);
    const send = () => {
      if ('status' in step) return sendError(res, recorded, step.status, step);
      const prompt = promptParts(body);
      const finishReason = ('content' in step ? step.finishReason : undefined) ?? (written.call ? 'tool_calls' : 'stop');
      const whole = completion(body, prompt, written, finishReason);
      if (body.stream === true) sendStream(res, recorded, whole, tokenMs, step.toolCallAfter);
      else sendJson(res, recorded, 200, whole, { 'openai-processing-ms': String(step.delayMs ?? options.latencyMs ?? 0) });
      earlierPrompts.push(prompt);
      // Enough to span every call in flight in a benchmark, without comparing against thousands.
      if (earlierPrompts.length > 50) earlierPrompts.shift();
    };
    const generation =
      body.stream === true
        ? 0
        : (streamTokens(written.content).length + (written.call ? argumentTokens(written.call.arguments).length : 0)) * tokenMs;
    const delay = (step.delayMs ?? options.latencyMs ?? 0) + generation;
    if (delay > 0) setTimeout(send, delay).unref();
    else send();
  };

  const scripted: ScriptedOpenAi = {
    url: '',
    requests,
    enqueue: (...steps) => queue.push(...steps),
    respond: options.respond ?? (() => ({ status: 500, message: 'Nothing scripted for this request.' })),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // Recorded as text: a test can still see what was sent.
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        receivedAt: performance.now(),
        answeredAt: null,
        firstTokenAt: null,
        toolCallAt: null,
        tokens: [],
        aborted: false,
        response: null,
      };
      requests.push(recorded);
      res.on('close', () => {
        if (!res.writableFinished) recorded.aborted = true;
      });
      if (req.headers.authorization !== `Bearer ${apiKey}`) return sendError(res, recorded, 401);
      // What a key check asks for (GET /v1/models): the list OpenAI answers, no tokens spent.
      if (req.method === 'GET' && req.url === '/v1/models') {
        return sendJson(res, recorded, 200, {
          object: 'list',
          data: ['gpt-4o-mini', 'gpt-4o', 'gpt-realtime'].map((id) => ({
            id,
            object: 'model',
            created: 1721172741,
            owned_by: 'system',
          })),
        });
      }
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return sendError(res, recorded, 404);
      const { model, messages } = (typeof body === 'object' && body !== null ? body : {}) as {
        model?: unknown;
        messages?: unknown;
      };
      if (typeof model !== 'string' || !Array.isArray(messages)) {
        return sendError(res, recorded, 400, { message: "'model' and 'messages' are required." });
      }
      answer(res, recorded, queue.shift() ?? scripted.respond(recorded));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  scripted.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v1`;
  return scripted;
}
