import { describe, expect, it } from 'vitest';
import { usesRelay } from './transport';

describe('usesRelay', () => {
  it('follows an explicit setting', () => {
    expect(usesRelay('relay', { publicUrl: 'http://127.0.0.1:3100', localSigning: true })).toBe(true);
    expect(usesRelay('gather', { publicUrl: 'https://x.ngrok.app', localSigning: false })).toBe(false);
  });

  it('streams on auto only with a real account behind an https URL', () => {
    expect(usesRelay('auto', { publicUrl: 'https://x.ngrok.app', localSigning: false })).toBe(true);
    expect(usesRelay('auto', { publicUrl: 'http://127.0.0.1:3100', localSigning: false })).toBe(false);
    expect(usesRelay('auto', { publicUrl: 'https://x.ngrok.app', localSigning: true })).toBe(false);
  });
});
