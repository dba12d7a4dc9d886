import { unlink } from 'node:fs/promises';
import { ApiError, type ApiHandlers } from '../../shared/api';
import type { Store } from '../store/store';

/** The core's implementation of the API contract, hosted over HTTP and over Electron IPC. */
export function createApiHandlers(store: Store): ApiHandlers {
  return {
    getSettings: () => store.settings.get(),
    updateSettings: (patch) => store.settings.update(patch),
    listCalls: (query) => store.calls.list(query),
    getCall: ({ id }) => {
      const call = store.calls.detail(id);
      if (!call) throw new ApiError(404, `no call with id ${id}`, 'id');
      return call;
    },
    deleteCall: async ({ id }) => {
      const audioFiles = store.calls.delete(id);
      if (!audioFiles) throw new ApiError(404, `no call with id ${id}`, 'id');
      await Promise.all(audioFiles.map((path) => unlink(path).catch(() => undefined)));
      return { deleted: true };
    },
    listLeads: () => store.leads.list(),
    listKnowledge: () => store.knowledge.list(),
    addKnowledge: (entry) => store.knowledge.add(entry),
    deleteKnowledge: ({ id }) => {
      if (!store.knowledge.delete(id)) throw new ApiError(404, `no knowledge entry with id ${id}`, 'id');
      return { deleted: true };
    },
  };
}
