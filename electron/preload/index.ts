import { contextBridge, ipcRenderer } from 'electron';
import type { ApiMethod } from '../shared/api';
import type { PickupBridge } from '../shared/apiResult';
import { apiMethodNames } from '../shared/apiMethodNames';
import type { AppEvent } from '../shared/models';
import { channels, desktopMethodNames } from '../shared/bridgeContract';

// Each method passes exactly one argument on and hands back only the main process's ApiResult
// (the page turns refusals back into ApiErrors): it never sees ipcRenderer, the IPC event or any
// channel but these.
const bridge = (channel: string, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, (input?: unknown) => ipcRenderer.invoke(channel, name, input)]));

function listen<T>(channel: string, listener: (payload: T) => void): () => void {
  const handler = (_event: unknown, payload: T) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

const api = {
  ...(bridge(channels.api, apiMethodNames) as { [M in ApiMethod]: PickupBridge[M] }),
  onEvent: (listener: (event: AppEvent) => void) => listen(channels.event, listener),
  onConnection: (listener: (connected: boolean) => void) => listen(channels.connection, listener),
} satisfies PickupBridge;

contextBridge.exposeInMainWorld('pickup', api);
contextBridge.exposeInMainWorld('pickupDesktop', bridge(channels.desktop, desktopMethodNames));
