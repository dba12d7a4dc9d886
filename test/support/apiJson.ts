import { z } from 'zod';
import { apiMethods, type ApiMethod, type ApiOutput } from '../../electron/shared/api';

/**
 * An API answer's body, parsed with the contract's output schema for `method`: the test reads
 * typed values, and an answer that strays from the contract fails where it is read.
 */
export async function apiJson<M extends ApiMethod>(method: M, response: Response | Promise<Response>): Promise<ApiOutput<M>> {
  const body: unknown = await (await response).json();
  return apiMethods[method].output.parse(body) as ApiOutput<M>;
}

/** The body the app server refuses a request with: what is wrong in plain words, and the field at fault. */
const ErrorBody = z.object({ error: z.string(), field: z.string().optional() });

export async function errorJson(response: Response | Promise<Response>): Promise<z.infer<typeof ErrorBody>> {
  return ErrorBody.parse(await (await response).json());
}
