import {
  ApiError,
  apiMethods,
  type ApiInput,
  type ApiMethod,
  type ApiOutput,
  type PickupApi,
} from '../../../electron/shared/api';
import { httpRequestFor } from '../../../electron/shared/apiHttp';
import { AppEvent } from '../../../electron/shared/models';

const refusals = new Set([400, 404, 409, 502]);

async function failure(response: Response): Promise<Error> {
  const payload = (await response.json().catch(() => ({}))) as { error?: string; field?: string };
  const message = payload.error ?? `HTTP ${response.status}`;
  return refusals.has(response.status)
    ? new ApiError(response.status as 400 | 404 | 409 | 502, message, payload.field)
    : new Error(message);
}

/** The API contract over HTTP + server-sent events, for the dashboard in a browser (cookie auth). */
export function createHttpClient(baseUrl = ''): PickupApi {
  const request = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const { verb, url, body } = httpRequestFor(method, input);
    const response = await fetch(baseUrl + url, {
      method: verb,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body,
    });
    if (!response.ok) throw await failure(response);
    const payload: unknown =
      'binary' in apiMethods[method].http
        ? {
            contentType: response.headers.get('content-type') ?? 'application/octet-stream',
            fileName: /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'recording',
            bytes: new Uint8Array(await response.arrayBuffer()),
          }
        : await response.json();
    return apiMethods[method].output.parse(payload) as ApiOutput<M>;
  };

  const methods = Object.fromEntries(
    (Object.keys(apiMethods) as ApiMethod[]).map((m) => [m, (input: never) => request(m, input)]),
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
    // Typed as a plain Event, as both the browser's and Node's EventSource declare their listeners.
    const handle = (message: Event) => {
      if (!('data' in message) || typeof message.data !== 'string') return;
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
