import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { RecordingAudio } from '../../shared/apiModels';
import type { Store } from '../store/store';
import { confinedRecordingFile } from './recordingFile';
import { recordingFormats } from './storeRecordingAudio';

/**
 * A call's stored recording (the whole call's before a voicemail), or null while it has none or
 * its row names a file outside the recordings folder.
 */
export async function readRecordingAudio(store: Store, dataDir: string, callId: string): Promise<RecordingAudio | null> {
  const stored = store.calls.recordingPath(callId);
  const path = stored ? await confinedRecordingFile(dataDir, stored) : null;
  if (!path) return null;
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!bytes) return null;
  const format = extname(stored!).slice(1) as keyof typeof recordingFormats;
  return { contentType: recordingFormats[format] ?? 'application/octet-stream', fileName: basename(stored!), bytes };
}
