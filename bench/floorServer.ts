import Database from 'better-sqlite3';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * The floors under the benchmark's two latency targets, with no Pickup code: plain Node servers,
 * each in a process of its own like `serve` and the scripted model, hit with the same load.
 *
 * - `webhook`: what any webhook server must do per request, and no more: read the form, check
 *   an HMAC-SHA1 signature, commit two turns (indexed for full-text search) with
 *   `synchronous=FULL`, answer TwiML. Its time is reported in Server-Timing, as Pickup's is.
 * - `model`: answers a POST after `--latency` ms and reports its own time in Server-Timing, so
 *   the client can tell the time beyond it (loopback HTTP, waking two idle processes).
 *
 * Prints `{"url": ...}` when listening; SIGTERM stops it.
 */
const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'webhook' },
    latency: { type: 'string', default: '300' },
    token: { type: 'string', default: 'floor-token' },
  },
});

function webhookHandler() {
  const dir = mkdtempSync(join(tmpdir(), 'pickup-bench-floor-'));
  const db = new Database(join(dir, 'floor.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE calls (sid TEXT PRIMARY KEY, turns INTEGER NOT NULL, updated_at TEXT NOT NULL);
    CREATE TABLE turns (id INTEGER PRIMARY KEY, call_sid TEXT NOT NULL, seq INTEGER NOT NULL, text TEXT NOT NULL);
    CREATE INDEX turns_call ON turns(call_sid, seq);
    CREATE VIRTUAL TABLE turns_fts USING fts5(text, content='turns', content_rowid='id');
    CREATE TRIGGER turns_fts_insert AFTER INSERT ON turns BEGIN INSERT INTO turns_fts(rowid, text) VALUES (new.id, new.text); END;
  `);
  const upsert = db.prepare(
    'INSERT INTO calls (sid, turns, updated_at) VALUES (?, 2, ?) ON CONFLICT(sid) DO UPDATE SET turns = turns + 2, updated_at = excluded.updated_at RETURNING turns',
  );
  const insert = db.prepare('INSERT INTO turns (call_sid, seq, text) VALUES (?, ?, ?)');
  const commitTurn = db.transaction((sid: string, said: string) => {
    const { turns } = upsert.get(sid, new Date().toISOString()) as { turns: number };
    insert.run(sid, turns - 1, said);
    insert.run(sid, turns, 'Thanks. And what is the address of the property?');
  });
  process.on('exit', () => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return (url: string, body: string, signature: string | undefined): { status: number; body: string } => {
    const params = new URLSearchParams(body);
    const signed =
      url +
      [...params.keys()]
        .sort()
        .map((key) => key + params.get(key))
        .join('');
    const expected = createHmac('sha1', values.token).update(signed).digest();
    const given = Buffer.from(signature ?? '', 'base64');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 403, body: 'Forbidden' };
    commitTurn(params.get('CallSid') ?? '', params.get('SpeechResult') ?? '');
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><Response><Gather input="speech" action="/voice/gather" speechTimeout="auto"><Say>Thanks. And what is the address of the property?</Say></Gather></Response>';
    return { status: 200, body: xml };
  };
}

const handle = values.mode === 'webhook' ? webhookHandler() : null;
const latencyMs = Number(values.latency);
const server = createServer((req, res) => {
  const started = performance.now();
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    const send = (status: number, text: string, type: string) => {
      res.writeHead(status, { 'content-type': type, 'server-timing': `app;dur=${(performance.now() - started).toFixed(2)}` });
      res.end(text);
    };
    if (handle) {
      const answer = handle(`${origin}${req.url ?? '/'}`, body, req.headers['x-twilio-signature'] as string | undefined);
      send(answer.status, answer.body, 'text/xml');
    } else {
      setTimeout(() => send(200, '{"ok":true}', 'application/json'), latencyMs);
    }
  });
});
let origin = '';
server.listen(0, '127.0.0.1', () => {
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.stdout.write(`${JSON.stringify({ url: origin })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
