import type { z } from 'zod';
import { ApiError } from '../shared/api';
import { okResult, refusedResult, type ApiResult } from '../shared/apiResult';
import { describeZodError } from '../shared/validationError';
import { isTrustedSender, type SenderFrame } from './securityPolicy';

type Log = (message: string, details?: Record<string, unknown>) => void;

/** The parts of Electron's `ipcMain` and its invoke event that the bridge uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: SenderFrame | null }, ...args: unknown[]) => unknown): void;
}

/** Methods by name, each with the zod schema its one argument must pass. */
export type MethodSchemas = Record<string, { input: z.ZodType }>;
export type MethodHandlers<M extends MethodSchemas> = { [K in keyof M]: (input: z.infer<M[K]['input']>) => unknown };

/**
 * Answers `channel` for pages from Pickup's own origins only, with an ApiResult: Electron would
 * keep only the message of a thrown ApiError, so refusals are answered as data with their status
 * and field. Any other failure is logged here and reaches the page only as a thrown plain
 * "could not", so that paths and internals stay in the main process.
 */
export function handleFromTrustedPages(
  ipcMain: IpcMainLike,
  channel: string,
  trustedOrigins: ReadonlySet<string>,
  handler: (...args: unknown[]) => unknown,
  log: Log,
): void {
  ipcMain.handle(channel, async (event, ...args): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event.senderFrame, trustedOrigins)) {
      log('refused IPC from a page that is not Pickup', { channel, url: event.senderFrame?.url ?? null });
      throw new Error('refused: this page may not talk to Pickup');
    }
    try {
      return okResult(await handler(...args));
    } catch (error) {
      if (error instanceof ApiError) return refusedResult(error);
      log('an IPC request failed', { channel, method: typeof args[0] === 'string' ? args[0] : null, error: String(error) });
      throw new Error('Pickup could not do that; the details are in its log');
    }
  });
}

/**
 * Calls `handlers()[method](input)` after checking that `method` is one of `methods` and that
 * `input` passes that method's schema. `handlers` is read per call: the core behind it can be
 * restarted.
 */
export function createInvoker<M extends MethodSchemas>(methods: M, handlers: () => MethodHandlers<M>) {
  return async (method: unknown, input: unknown): Promise<unknown> => {
    if (typeof method !== 'string' || !Object.hasOwn(methods, method))
      throw new ApiError(400, `unknown method ${String(method)}`);
    const name = method as keyof M;
    const parsed = methods[name]!.input.safeParse(input);
    if (!parsed.success) {
      const { message, field } = describeZodError(parsed.error);
      throw new ApiError(400, message, field);
    }
    return handlers()[name](parsed.data as z.infer<M[keyof M]['input']>);
  };
}
