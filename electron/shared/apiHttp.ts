import { z } from 'zod';
import { apiMethods, type ApiMethod, type HttpRoute } from './api';

/** The `:name` parts of a route's path. */
export const pathParams = (path: string): string[] => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);

const takesInput = (method: ApiMethod) => !(apiMethods[method].input instanceof z.ZodVoid);
const inQuery = (route: HttpRoute) => route.method === 'GET' || route.method === 'DELETE';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The HTTP request that calls `method` with `input`: path parameters from the input, the rest in
 * the query string (GET, DELETE) or as a JSON body (the other verbs).
 */
export function httpRequestFor(method: ApiMethod, input: unknown): { verb: HttpRoute['method']; url: string; body?: string } {
  const route: HttpRoute = apiMethods[method].http;
  const params = pathParams(route.path);
  const values = isRecord(input) ? input : {};
  const url = route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(values[name] ?? '')));
  if (!takesInput(method)) return { verb: route.method, url };
  const rest = Object.fromEntries(Object.entries(values).filter(([key]) => !params.includes(key)));
  if (!inQuery(route)) return { verb: route.method, url, body: JSON.stringify(rest) };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(rest)) if (value !== undefined && value !== '') query.set(key, String(value));
  return { verb: route.method, url: query.size > 0 ? `${url}?${query}` : url };
}

/** The reverse, on the server: the method's input from the matched route's parts, before validation. */
export function inputFromHttp(method: ApiMethod, request: { params: unknown; query: unknown; body: unknown }): unknown {
  if (!takesInput(method)) return undefined;
  const fromRequest = inQuery(apiMethods[method].http) ? request.query : (request.body ?? {});
  const params = isRecord(request.params) ? request.params : {};
  // A body that is not an object goes to validation as it is, to be refused in plain words.
  return Object.keys(params).length > 0 && isRecord(fromRequest) ? { ...fromRequest, ...params } : fromRequest;
}
