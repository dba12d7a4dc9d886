import { ApiError, apiMethods, type ApiInput, type ApiMethod, type ApiOutput, type PickupApi } from './api';

/**
 * What a method's call hands back over Electron IPC. Electron keeps only the message of an
 * error thrown in the main process, so a refusal travels as data, with its status and field, and
 * becomes an ApiError again on the page's side.
 */
export type ApiResult<T> =
  { ok: true; value: T } | { ok: false; error: { status: ApiError['status']; field?: string; message: string } };

export const okResult = <T>(value: T): ApiResult<T> => ({ ok: true, value });

export const refusedResult = (error: ApiError): ApiResult<never> => ({
  ok: false,
  error: { status: error.status, message: error.message, ...(error.field ? { field: error.field } : {}) },
});

export function unwrapApiResult<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error.status, result.error.message, result.error.field);
}

/** `window.pickup` as the preload exposes it: each method answers with an ApiResult. */
export type PickupBridge = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>> } & Pick<
  PickupApi,
  'onEvent' | 'onConnection'
>;

/** The preload's bridge as the API the dashboard uses, refusals thrown as ApiErrors. */
export function apiFromBridge(bridge: PickupBridge): PickupApi {
  const call = async (method: ApiMethod, input: unknown) =>
    unwrapApiResult(await (bridge[method] as (input: unknown) => Promise<ApiResult<unknown>>)(input));
  const methods = Object.fromEntries(
    (Object.keys(apiMethods) as ApiMethod[]).map((method) => [method, (input: unknown) => call(method, input)]),
  );
  return { ...methods, onEvent: bridge.onEvent, onConnection: bridge.onConnection } as PickupApi;
}
