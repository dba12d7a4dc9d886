import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';

/** Where the core keeps every downloaded recording. */
export const recordingsDir = (dataDir: string) => join(dataDir, 'recordings');

const realOrNull = (path: string) => realpath(path).catch(() => null);

/**
 * The real file a stored recording path names, or null when there is none or it lies outside
 * `<dataDir>/recordings/`. Resolved with realpath first, so neither `..` nor a symlink can lead
 * out: a tampered database row can never make the core read or delete any other file.
 */
export async function confinedRecordingFile(dataDir: string, storedPath: string): Promise<string | null> {
  const [dir, file] = await Promise.all([realOrNull(recordingsDir(dataDir)), realOrNull(storedPath)]);
  if (!dir || !file) return null;
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? file : null;
}
