import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Log } from '../core/host/startCore';

/** Every occurrence of each secret replaced, so that a secret quoted in an error never reaches a log. */
export function redact(text: string, secrets: string[]): string {
  return secrets.filter((s) => s.length >= 4).reduce((out, secret) => out.replaceAll(secret, '[secret]'), text);
}

export interface FileLogOptions {
  file: string;
  /** Past this size the log moves to `<file>.1` (replacing the previous one) and starts again. */
  maxBytes: number;
  /** The secrets in use now, read at every line. */
  secrets(): string[];
  echo?: (line: string) => void;
}

/** The main process's log: one line per entry, secrets removed, kept to two files at most. */
export function createFileLog(options: FileLogOptions): Log {
  mkdirSync(dirname(options.file), { recursive: true });
  return (message, details) => {
    const line = redact(
      `${new Date().toISOString()} ${message}${details ? ` ${JSON.stringify(details)}` : ''}`,
      options.secrets(),
    );
    options.echo?.(line);
    try {
      if ((statSync(options.file, { throwIfNoEntry: false })?.size ?? 0) > options.maxBytes)
        renameSync(options.file, `${options.file}.1`);
      appendFileSync(options.file, `${line}\n`, { mode: 0o600 });
    } catch {
      // A log that cannot be written must not take the receptionist down with it.
    }
  };
}
