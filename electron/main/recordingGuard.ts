import { realpathSync } from 'node:fs';
import { ApiError, type ApiHandlers } from '../shared/api';
import { isInside } from './appProtocol';

export interface RecordingFiles {
  /** `<dataDir>/recordings`, where the core downloads every recording. */
  dir: string;
  /** The file the store names for a call's recording. */
  pathOf(callId: string): string | null;
}

const realOrNull = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
};

/**
 * The handlers, with `getRecording` answering only for files inside the recordings folder: a
 * store row that names any other file (a tampered database, a path through a link) is treated as
 * no recording at all, so the renderer can never be handed an arbitrary file's bytes.
 */
export function confineRecordings(handlers: ApiHandlers, files: RecordingFiles): ApiHandlers {
  return {
    ...handlers,
    getRecording: async (input) => {
      const path = files.pathOf(input.id);
      const real = path ? realOrNull(path) : null;
      const dir = realOrNull(files.dir);
      if (real && (!dir || !isInside(dir, real))) throw new ApiError(404, 'id: this call has no stored recording', 'id');
      return handlers.getRecording(input);
    },
  };
}
