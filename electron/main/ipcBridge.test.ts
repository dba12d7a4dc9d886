import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, apiMethods, type ApiHandlers } from '../shared/api';
import { startTestCore, type TestCore } from '../../test/support/testCore';
import { apiFromBridge, unwrapApiResult, type ApiResult, type PickupBridge } from '../shared/apiResult';
import { invokeLikeElectron } from '../../test/support/electronIpcFake';
import { createInvoker, handleFromTrustedPages, type IpcMainLike } from './ipcBridge';
import { appOrigin, type SenderFrame } from './securityPolicy';

let core: TestCore;
const logs: string[] = [];
const channels = new Map<string, (event: { senderFrame: SenderFrame | null }, ...args: unknown[]) => unknown>();
const ipcMain: IpcMainLike = { handle: (channel, listener) => channels.set(channel, listener) };
let handlers: ApiHandlers;

const page: SenderFrame = { url: `${appOrigin}/index.html#/settings`, parent: null };
/** As the page's API sees it: through Electron's serialisation, refusals turned back into ApiErrors. */
const invoke = async (frame: SenderFrame | null, method: unknown, input?: unknown) =>
  unwrapApiResult(
    (await invokeLikeElectron(
      'pickup:api',
      channels.get('pickup:api')!,
      { senderFrame: frame },
      method,
      input,
    )) as ApiResult<unknown>,
  );

beforeAll(async () => {
  core = await startTestCore();
  handlers = core.handlers;
  handleFromTrustedPages(
    ipcMain,
    'pickup:api',
    new Set([appOrigin]),
    createInvoker(apiMethods, () => handlers),
    (message, details) => logs.push(`${message} ${JSON.stringify(details)}`),
  );
});
afterAll(() => core?.stop());

describe('the API over IPC, against the real core', () => {
  it("answers the app's own page with the core's data", async () => {
    await expect(invoke(page, 'getSettings')).resolves.toMatchObject({ businessName: 'Summit Roofing' });
    await expect(invoke(page, 'updateSettings', { ownerName: 'Mike R.' })).resolves.toMatchObject({ ownerName: 'Mike R.' });
    expect(core.store.settings.get().ownerName).toBe('Mike R.');
  });

  it('refuses a page from anywhere else, and the core is never called', async () => {
    const evil: SenderFrame = { url: 'https://evil.example/', parent: null };
    await expect(invoke(evil, 'updateSettings', { ownerName: 'Mallory' })).rejects.toThrow(/refused/);
    await expect(invoke(null, 'updateSettings', { ownerName: 'Mallory' })).rejects.toThrow(/refused/);
    await expect(invoke({ url: page.url, parent: page }, 'updateSettings', { ownerName: 'Mallory' })).rejects.toThrow(/refused/);
    expect(core.store.settings.get().ownerName).not.toBe('Mallory');
    expect(logs.some((l) => l.includes('evil.example'))).toBe(true);
  });

  it("validates every payload with the contract's schema before the core sees it", async () => {
    const refusal = await invoke(page, 'updateSettings', { forwardingNumber: '12' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ status: 400, field: 'forwardingNumber' });
    await expect(invoke(page, 'updateSettings', { isAdmin: true })).rejects.toThrow(/isAdmin: unknown field/);
    await expect(invoke(page, 'getCall', { id: '' })).rejects.toMatchObject({ status: 400, field: 'id' });
    expect(core.store.settings.get().forwardingNumber).toBe('+13035550111');
  });

  it('refuses names that are not methods of the contract, inherited ones included', async () => {
    for (const method of ['toString', '__proto__', 'constructor', 'dropTables', 42]) {
      await expect(invoke(page, method)).rejects.toMatchObject({ status: 400 });
    }
  });

  it("keeps a failure's internals in the main process log", async () => {
    handlers = {
      ...core.handlers,
      listLeads: () => {
        throw new Error('SQLITE_CORRUPT in /home/mike/.config/Pickup/pickup.db');
      },
    };
    try {
      const error = (await invoke(page, 'listLeads').catch((e: unknown) => e)) as Error;
      expect(error.message).toBe(
        "Error invoking remote method 'pickup:api': Error: Pickup could not do that; the details are in its log",
      );
      expect(logs.at(-1)).toContain('SQLITE_CORRUPT');
    } finally {
      handlers = core.handlers;
    }
  });

  it("gives the page's API an ApiError with status and field, as the preload bridges it", async () => {
    const bridged = Object.fromEntries(
      Object.keys(apiMethods).map((method) => [
        method,
        (input: unknown) => invokeLikeElectron('pickup:api', channels.get('pickup:api')!, { senderFrame: page }, method, input),
      ]),
    ) as unknown as PickupBridge;
    const api = apiFromBridge({ ...bridged, onEvent: () => () => {}, onConnection: () => () => {} });
    await expect(api.getSettings()).resolves.toMatchObject({ businessName: 'Summit Roofing' });
    const refusal = await api.updateSettings({ forwardingNumber: '12' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ status: 400, field: 'forwardingNumber' });
  });
});
