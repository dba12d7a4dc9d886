/**
 * Why downloaded audio cannot be trusted, or null when it is whole: the body must be as long as
 * the server said, and a WAV as long as its own RIFF header says (a dropped connection after the
 * headers leaves a short file that would otherwise be stored as the recording).
 */
export function truncationReason(audio: Uint8Array, contentLength: string | null, format: 'wav' | 'mp3'): string | null {
  if (audio.byteLength === 0) return 'the download is empty';
  if (contentLength !== null && Number(contentLength) !== audio.byteLength) {
    return `the download is truncated: ${audio.byteLength} of ${contentLength} bytes`;
  }
  if (format === 'wav') {
    const view = new DataView(audio.buffer, audio.byteOffset, audio.byteLength);
    const riff = audio.byteLength >= 12 && String.fromCharCode(...audio.subarray(0, 4)) === 'RIFF';
    if (!riff) return 'the download is not a WAV file';
    const declared = view.getUint32(4, true) + 8;
    if (declared !== audio.byteLength) return `the WAV is truncated: ${audio.byteLength} of ${declared} bytes`;
  }
  return null;
}
