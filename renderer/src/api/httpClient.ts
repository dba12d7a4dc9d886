import {
  ApiError,
  apiMethods,
  type ApiInput,
  type ApiMethod,
  type ApiOutput,
  type PickupApi,
} from '../../../electron/shared/api';
import { AppEvent } from '../../../electron/shared/models';

type Route = {
  method: 'GET' | 'PATCH' | 'POST' | 'PUT' | 'DELETE';
  path: (input: never) => string;
  body?: boolean;
  /** The answer is the audio itself, not JSON. */
  binary?: boolean;
};

const callPath = ({ id }: { id: string }) => `/api/calls/${encodeURIComponent(id)}`;
const leadPath = ({ id }: { id: string }) => `/api/leads/${encodeURIComponent(id)}`;
const knowledgePath = ({ id }: { id: string }) => `/api/knowledge/${encodeURIComponent(id)}`;

const routes: Record<ApiMethod, Route> = {
  getSettings: { method: 'GET', path: () => '/api/settings' },
  updateSettings: { method: 'PATCH', path: () => '/api/settings', body: true },
  getStatus: { method: 'GET', path: () => '/api/status' },
  listCalls: {
    method: 'GET',
    path: (q: ApiInput<'listCalls'>) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(q ?? {})) if (v !== undefined && v !== '') params.set(k, String(v));
      return `/api/calls?${params.toString()}`;
    },
  },
  getCall: { method: 'GET', path: callPath },
  getRecording: { method: 'GET', path: (input: { id: string }) => `${callPath(input)}/recording`, binary: true },
  deleteCall: { method: 'DELETE', path: callPath },
  takeOverCall: { method: 'POST', path: (input: { id: string }) => `${callPath(input)}/take-over` },
  listLeads: { method: 'GET', path: () => '/api/leads' },
  updateLead: { method: 'PATCH', path: leadPath, body: true },
  listKnowledge: { method: 'GET', path: () => '/api/knowledge' },
  addKnowledge: { method: 'POST', path: () => '/api/knowledge', body: true },
  updateKnowledge: { method: 'PUT', path: knowledgePath, body: true },
  deleteKnowledge: { method: 'DELETE', path: knowledgePath },
  askReceptionist: { method: 'POST', path: () => '/api/knowledge/ask', body: true },
  getTestCall: { method: 'GET', path: () => '/api/test-call' },
  startTestCall: { method: 'POST', path: () => '/api/test-call', body: true },
  sayInTestCall: { method: 'POST', path: () => '/api/test-call/say', body: true },
  hangUpTestCall: { method: 'DELETE', path: () => '/api/test-call' },
  getPhoneLine: { method: 'GET', path: () => '/api/phone-line' },
  listTwilioNumbers: { method: 'GET', path: () => '/api/phone-line/numbers' },
  configureTwilioNumber: { method: 'POST', path: () => '/api/phone-line/number', body: true },
  restoreTwilioNumber: { method: 'POST', path: () => '/api/phone-line/restore' },
  checkSetup: { method: 'POST', path: () => '/api/phone-line/check' },
};

const refusals = new Set([400, 404, 409]);

async function failure(response: Response): Promise<Error> {
  const payload = (await response.json().catch(() => ({}))) as { error?: string; field?: string };
  const message = payload.error ?? `HTTP ${response.status}`;
  return refusals.has(response.status)
    ? new ApiError(response.status as 400 | 404 | 409, message, payload.field)
    : new Error(message);
}

/** The API contract over HTTP + server-sent events, for the dashboard in a browser (cookie auth). */
export function createHttpClient(baseUrl = ''): PickupApi {
  const request = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const route = routes[method];
    const response = await fetch(baseUrl + route.path(input as never), {
      method: route.method,
      credentials: 'same-origin',
      headers: route.body ? { 'content-type': 'application/json' } : {},
      body: route.body ? JSON.stringify(input) : undefined,
    });
    if (!response.ok) throw await failure(response);
    const payload: unknown = route.binary
      ? {
          contentType: response.headers.get('content-type') ?? 'application/octet-stream',
          fileName: /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'recording',
          bytes: new Uint8Array(await response.arrayBuffer()),
        }
      : await response.json();
    return apiMethods[method].output.parse(payload) as ApiOutput<M>;
  };

  const methods = Object.fromEntries(
    (Object.keys(routes) as ApiMethod[]).map((m) => [m, (input: never) => request(m, input)]),
  ) as Omit<PickupApi, 'onEvent' | 'onConnection'>;

  // One event stream, shared by every listener; the browser reconnects it by itself.
  const eventListeners = new Set<(event: AppEvent) => void>();
  const connectionListeners = new Set<(connected: boolean) => void>();
  let source: EventSource | null = null;
  let connected = true;
  const setConnected = (now: boolean) => {
    if (now === connected) return;
    connected = now;
    for (const listener of connectionListeners) listener(now);
  };
  const open = () => {
    if (source) return;
    source = new EventSource(`${baseUrl}/api/events`);
    const handle = (message: MessageEvent<string>) => {
      const parsed = AppEvent.safeParse(JSON.parse(message.data));
      if (parsed.success) for (const listener of eventListeners) listener(parsed.data);
    };
    for (const type of AppEvent.options.map((o) => o.shape.type.value)) source.addEventListener(type, handle);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
  };
  const closeIfUnused = () => {
    if (eventListeners.size > 0 || connectionListeners.size > 0) return;
    source?.close();
    source = null;
  };
  const subscribe = <T>(set: Set<T>, listener: T) => {
    set.add(listener);
    open();
    return () => {
      set.delete(listener);
      closeIfUnused();
    };
  };

  return {
    ...methods,
    onEvent: (listener) => subscribe(eventListeners, listener),
    onConnection: (listener) => subscribe(connectionListeners, listener),
  };
}
