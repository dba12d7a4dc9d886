import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLog, redact } from './fileLog';

const logFile = () => join(mkdtempSync(join(tmpdir(), 'pickup-log-')), 'logs', 'main.log');

describe('the main log', () => {
  it('never writes a secret, wherever it appears', () => {
    const file = logFile();
    const log = createFileLog({ file, maxBytes: 1_000_000, secrets: () => ['sk-live-abc123', 'twilio-token-xyz'] });
    log('OpenAI refused the key sk-live-abc123', { error: 'Bearer sk-live-abc123 / twilio-token-xyz' });
    const written = readFileSync(file, 'utf8');
    expect(written).not.toContain('sk-live-abc123');
    expect(written).not.toContain('twilio-token-xyz');
    expect(written).toContain('OpenAI refused the key [secret]');
  });

  it('keeps to two files when it grows', () => {
    const file = logFile();
    const log = createFileLog({ file, maxBytes: 200, secrets: () => [] });
    log('first');
    log('second');
    expect(existsSync(`${file}.1`)).toBe(false);
    expect(readFileSync(file, 'utf8')).toMatch(/first[\s\S]*second/);
    for (let i = 0; i < 20; i++) log(`line ${i} ${'x'.repeat(40)}`);
    expect(existsSync(`${file}.1`)).toBe(true);
    expect(readFileSync(file, 'utf8').length).toBeLessThan(400);
    expect(readFileSync(file, 'utf8')).toContain('line 19');
  });

  it('does not mistake a short value for a secret', () => {
    expect(redact('a b c', ['', 'b'])).toBe('a b c');
  });
});
