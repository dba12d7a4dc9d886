import { apiMethods, type ApiInput, type ApiMethod, type ApiOutput, type PickupApi } from '../../../electron/shared/api';
import { AppEvent } from '../../../electron/shared/models';

type Route = { method: 'GET' | 'PATCH' | 'POST' | 'DELETE'; path: (input: never) => string; body?: boolean };

const routes: Record<ApiMethod, Route> = {
  getSettings: { method: 'GET', path: () => '/api/settings' },
  updateSettings: { method: 'PATCH', path: () => '/api/settings', body: true },
  listCalls: {
    method: 'GET',
    path: (q: ApiInput<'listCalls'>) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(q ?? {})) if (v !== undefined && v !== '') params.set(k, String(v));
      return `/api/calls?${params.toString()}`;
    },
  },
  getCall: { method: 'GET', path: ({ id }: { id: string }) => `/api/calls/${encodeURIComponent(id)}` },
  deleteCall: { method: 'DELETE', path: ({ id }: { id: string }) => `/api/calls/${encodeURIComponent(id)}` },
  listLeads: { method: 'GET', path: () => '/api/leads' },
  listKnowledge: { method: 'GET', path: () => '/api/knowledge' },
  addKnowledge: { method: 'POST', path: () => '/api/knowledge', body: true },
  deleteKnowledge: { method: 'DELETE', path: ({ id }: { id: string }) => `/api/knowledge/${encodeURIComponent(id)}` },
};

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
    const payload: unknown = await response.json();
    if (!response.ok) throw new Error((payload as { error?: string }).error ?? `HTTP ${response.status}`);
    return apiMethods[method].output.parse(payload) as ApiOutput<M>;
  };

  const methods = Object.fromEntries(
    (Object.keys(routes) as ApiMethod[]).map((m) => [m, (input: never) => request(m, input)]),
  ) as Omit<PickupApi, 'onEvent'>;

  return {
    ...methods,
    onEvent(listener) {
      const source = new EventSource(`${baseUrl}/api/events`);
      const types = ['call.started', 'turn.added', 'call.updated', 'call.ended'];
      const handle = (message: MessageEvent<string>) => {
        const parsed = AppEvent.safeParse(JSON.parse(message.data));
        if (parsed.success) listener(parsed.data);
      };
      for (const type of types) source.addEventListener(type, handle);
      return () => source.close();
    },
  };
}
