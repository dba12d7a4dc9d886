import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Store } from '../store/store';

/** What Twilio serves a recording as, by the extension asked for; the file keeps that extension. */
export const recordingFormats = { wav: 'audio/wav', mp3: 'audio/mpeg' } as const;
export type RecordingFormat = keyof typeof recordingFormats;

const recordingSidPattern = /^RE[0-9a-f]{32}$/;

export interface StoredRecording {
  path: string;
  bytes: number;
}

/**
 * The one way audio enters Pickup's data dir: a recording Twilio told us about (its row exists)
 * is written to `<dataDir>/recordings/<RecordingSid>.<format>` and marked stored. The file is
 * written beside its final name and renamed, so a crash never leaves half a recording marked stored.
 */
export async function storeRecordingAudio(
  deps: { store: Store; dataDir: string },
  recording: { recordingSid: string; audio: Uint8Array; format: RecordingFormat; duration?: number | null },
): Promise<StoredRecording> {
  const { recordingSid, audio, format } = recording;
  // The SID becomes a file name: only Twilio's own shape may, so no path can be smuggled in.
  if (!recordingSidPattern.test(recordingSid)) throw new Error(`"${recordingSid}" is not a Twilio RecordingSid`);
  if (!deps.store.calls.recording(recordingSid)) throw new Error(`no recording ${recordingSid} is known`);
  if (audio.byteLength === 0) throw new Error(`recording ${recordingSid} is empty`);

  const dir = join(deps.dataDir, 'recordings');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `${recordingSid}.${format}`);
  const partial = `${path}.partial`;
  await writeFile(partial, audio, { mode: 0o600 });
  await rename(partial, path);
  deps.store.calls.markRecordingStored(recordingSid, path, recording.duration ?? null);
  return { path, bytes: audio.byteLength };
}
