import { contextBridge, ipcRenderer } from 'electron';
import type { ApiMethod, PickupApi } from '../shared/api';
import { apiMethodNames } from '../shared/apiMethodNames';
import type { AppEvent } from '../shared/models';

const invoke = (method: ApiMethod) => (input: unknown) => ipcRenderer.invoke('pickup:api', method, input);

const methods = Object.fromEntries(apiMethodNames.map((m) => [m, invoke(m)]));

const api = {
  ...(methods as Omit<PickupApi, 'onEvent'>),
  onEvent(listener: (event: AppEvent) => void) {
    const handler = (_event: unknown, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on('pickup:event', handler);
    return () => {
      ipcRenderer.removeListener('pickup:event', handler);
    };
  },
} satisfies PickupApi;

contextBridge.exposeInMainWorld('pickup', api);
