import { describe, expect, it } from 'vitest';
import { toneWav } from '../../../test/support/toneWav';
import { truncationReason } from './verifyDownload';

describe('truncationReason', () => {
  const wav = toneWav(0.5);

  it('accepts a whole WAV, with or without a Content-Length', () => {
    expect(truncationReason(wav, String(wav.byteLength), 'wav')).toBeNull();
    expect(truncationReason(wav, null, 'wav')).toBeNull();
  });

  it('refuses a body shorter than the server announced, or than the WAV header says', () => {
    expect(truncationReason(wav.subarray(0, 1000), String(wav.byteLength), 'wav')).toMatch(/truncated: 1000 of/);
    expect(truncationReason(wav.subarray(0, 1000), null, 'wav')).toMatch(/WAV is truncated/);
    expect(truncationReason(new Uint8Array(0), null, 'wav')).toMatch(/empty/);
    expect(truncationReason(new TextEncoder().encode('<html>error</html>'), null, 'wav')).toMatch(/not a WAV/);
  });
});
