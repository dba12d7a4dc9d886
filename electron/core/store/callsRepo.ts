import type Database from 'better-sqlite3';
import { newId } from './newId';
import type { CallListFilter } from '../../shared/apiModels';
import type { Call, CallDetail, Recording, Turn, TurnAi } from '../../shared/models';
import type { Db } from './database';
import { toFtsQuery, toNumberDigits } from './ftsQuery';
import { flag, fromRow, insertSql, json, maybeFlag, plain, toParams, updateSql, type ColumnMap } from './columnMap';
import type { CollectedLead } from '../domain/collectedLead';

/** Who is calling, as the receptionist judged it: a robocall or sales pitch, or a wrong number, is no lead. */
export type CallerKind = 'caller' | 'spam' | 'wrong_number';

/** Engine-side state of a call that the API does not expose. */
export interface CallRecord extends Call {
  statusSequence: number;
  callbackPhrase: string | null;
  ownerAccepted: boolean;
  silentTurns: number;
  /** Silence to the receptionist's last question puts the caller through (BrainReply.putThroughIfSilent). */
  putThroughIfSilent: boolean;
  transferAttempts: number;
  brainState: Record<string, unknown>;
  brainNotes: string[];
  finalizedAt: string | null;
  callerKind: CallerKind;
  /** Twilio's StirVerstat for the caller ID, when it sent one. */
  callerAttestation: string | null;
  /** What a caller with no number on file said about themselves, until they give one (then it is their lead's). */
  detailsBeforeLead: CollectedLead;
}

/** Fields the engine may change with `update`. */
export type CallChanges = Partial<
  Pick<
    CallRecord,
    | 'status'
    | 'duration'
    | 'transcript'
    | 'aiSummary'
    | 'callerIntent'
    | 'callerSentiment'
    | 'outcome'
    | 'callbackRequested'
    | 'callbackTime'
    | 'callbackPhrase'
    | 'callbackNumber'
    | 'transferredTo'
    | 'recordingUrl'
    | 'recordingSid'
    | 'handledBy'
    | 'ownerAccepted'
    | 'silentTurns'
    | 'putThroughIfSilent'
    | 'transferAttempts'
    | 'brainState'
    | 'brainNotes'
    | 'endedAt'
    | 'finalizedAt'
    | 'callerKind'
    | 'callerQuestions'
    | 'language'
    | 'leadId'
    | 'detailsBeforeLead'
  >
>;

/** voice_calls, column by column (lead_name and has_recording are computed by `selectCall`). */
const callColumns: ColumnMap<CallRecord> = {
  id: plain('id'),
  leadId: plain('lead_id'),
  leadName: plain('lead_name'),
  twilioCallSid: plain('twilio_call_sid'),
  from: plain('from'),
  to: plain('to'),
  direction: plain('direction'),
  status: plain('status'),
  duration: plain('duration'),
  transcript: plain('transcript'),
  aiSummary: plain('ai_summary'),
  callerIntent: plain('caller_intent'),
  callerSentiment: plain('caller_sentiment'),
  outcome: plain('outcome'),
  callbackRequested: flag('callback_requested'),
  callbackTime: plain('callback_time'),
  callbackNumber: plain('callback_number'),
  transferredTo: plain('transferred_to'),
  recordingUrl: plain('recording_url'),
  recordingSid: plain('recording_sid'),
  hasRecording: flag('has_recording'),
  handledBy: plain('handled_by'),
  isTest: flag('is_test'),
  callerQuestions: json('caller_questions'),
  language: plain('language'),
  aiInputTokens: plain('ai_input_tokens'),
  aiCachedTokens: plain('ai_cached_tokens'),
  aiOutputTokens: plain('ai_output_tokens'),
  aiMs: plain('ai_ms'),
  aiCostUsd: plain('ai_cost_usd'),
  aiFallbackTurns: plain('ai_fallback_turns'),
  startedAt: plain('started_at'),
  endedAt: plain('ended_at'),
  createdAt: plain('created_at'),
  statusSequence: plain('status_sequence'),
  callbackPhrase: plain('callback_phrase'),
  ownerAccepted: flag('owner_accepted'),
  silentTurns: plain('silent_turns'),
  putThroughIfSilent: flag('put_through_if_silent'),
  transferAttempts: plain('transfer_attempts'),
  brainState: json('brain_state'),
  brainNotes: json('brain_notes'),
  finalizedAt: plain('finalized_at'),
  callerKind: plain('caller_kind'),
  callerAttestation: plain('caller_attestation'),
  detailsBeforeLead: json('details_before_lead'),
};

type CallRow = Record<string, unknown>;
const toCall = (row: CallRow): CallRecord => fromRow(callColumns, row);

/** The fields a new call is inserted with; the rest take the table's defaults. */
const insertedFields = [
  'id',
  'leadId',
  'twilioCallSid',
  'from',
  'to',
  'status',
  'handledBy',
  'startedAt',
  'createdAt',
  'isTest',
  'callerAttestation',
] as const;

interface ListParams {
  before: string;
  limit: number;
  intent: string | null;
  outcome: string | null;
  callback: number | null;
  leadId: string | null;
}

/** The list's optional filters: a null parameter matches every call. */
const listFilters = `AND (@intent IS NULL OR c.caller_intent = @intent) AND (@outcome IS NULL OR c.outcome = @outcome)
  AND (@callback IS NULL OR c.callback_requested = @callback) AND (@leadId IS NULL OR c.lead_id = @leadId)`;

const selectCall = `
  SELECT c.*, l.name AS lead_name,
    EXISTS (SELECT 1 FROM recordings r WHERE r.call_id = c.id AND r.status = 'stored') AS has_recording
  FROM voice_calls c LEFT JOIN leads l ON l.id = c.lead_id`;

/** The API's view of a call: the engine's private state left out. */
export function publicCall(record: CallRecord): Call {
  const {
    statusSequence: _s,
    callbackPhrase: _p,
    ownerAccepted: _o,
    silentTurns: _t,
    putThroughIfSilent: _g,
    transferAttempts: _a,
    brainState: _b,
    brainNotes: _n,
    finalizedAt: _f,
    callerKind: _k,
    callerAttestation: _v,
    detailsBeforeLead: _d,
    ...call
  } = record;
  return call;
}

export interface NewCall {
  twilioCallSid: string;
  from: string;
  to: string;
  leadId: string | null;
  handledBy: Call['handledBy'];
  status: string;
  startedAt: string;
  /** A call from the dashboard's Test call. */
  isTest?: boolean;
  /** Twilio's StirVerstat for the caller ID, when it sent one. */
  callerAttestation?: string | null;
}

export interface NewTurn {
  speaker: Turn['speaker'];
  text: string;
  kind?: Turn['kind'];
  confidence?: number | null;
  at: string;
  /** How a brain answered this receptionist turn; its tokens, time and cost add to the call's totals. */
  ai?: TurnAi;
}

export interface AiUsageIncrement {
  inputTokens: number;
  cachedTokens: number;
  outputTokens: number;
  ms: number;
  costUsd: number;
  fallbackTurns: number;
}

/** A turn as stored: its call and place in it, the recogniser's confidence, and its AI columns flat. */
type StoredTurn = Omit<Turn, 'ai'> & { callId: string; seq: number; confidence: number | null } & {
  [K in keyof TurnAi]: TurnAi[K] | null;
};

/** call_turns, column by column. */
const turnColumns: ColumnMap<StoredTurn> = {
  callId: plain('call_id'),
  seq: plain('seq'),
  speaker: plain('speaker'),
  kind: plain('kind'),
  text: plain('text'),
  confidence: plain('confidence'),
  at: plain('at'),
  brain: plain('brain'),
  fallback: maybeFlag('brain_fallback'),
  model: plain('model'),
  inputTokens: plain('input_tokens'),
  cachedTokens: plain('cached_tokens'),
  outputTokens: plain('output_tokens'),
  ms: plain('ai_ms'),
  costUsd: plain('cost_usd'),
};

/** The AI columns of a turn no brain answered (a greeting, a fixed prompt, the caller's words). */
const noAi = {
  brain: null,
  fallback: null,
  model: null,
  inputTokens: null,
  cachedTokens: null,
  outputTokens: null,
  ms: null,
  costUsd: null,
};

function toTurn(row: Record<string, unknown>): Turn {
  const stored = fromRow(turnColumns, row);
  const turn: Turn = { speaker: stored.speaker, text: stored.text, at: stored.at, kind: stored.kind };
  if (stored.brain === null) return turn;
  return {
    ...turn,
    ai: {
      brain: stored.brain,
      fallback: stored.fallback === true,
      model: stored.model,
      inputTokens: stored.inputTokens ?? 0,
      cachedTokens: stored.cachedTokens ?? 0,
      outputTokens: stored.outputTokens ?? 0,
      ms: stored.ms ?? 0,
      costUsd: stored.costUsd,
    },
  };
}

export interface NewRecording {
  recordingSid: string;
  callId: string;
  url: string;
  duration: number | null;
  source: Recording['source'];
  status: Recording['status'];
  at: string;
}

export interface PendingRecording {
  recordingSid: string;
  callId: string;
  url: string;
  duration: number | null;
}

/** A recording as stored: the API's view, the call it belongs to, and where its audio is kept. */
export interface RecordingRecord extends Recording {
  callId: string;
  localPath: string | null;
}

/** recordings, column by column. */
const recordingColumns: ColumnMap<RecordingRecord> = {
  recordingSid: plain('recording_sid'),
  callId: plain('call_id'),
  url: plain('url'),
  duration: plain('duration'),
  source: plain('source'),
  status: plain('status'),
  localPath: plain('local_path'),
  transcription: plain('transcription'),
  createdAt: plain('created_at'),
};

type RecordingRow = Record<string, unknown>;
const toRecording = (row: RecordingRow) => fromRow(recordingColumns, row);

const terminalStatuses = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);
export const isTerminalStatus = (status: string): boolean => terminalStatuses.has(status);

export class CallsRepo {
  private readonly stmts;
  /** `update` statements by the set of columns they change: prepared once, reused per webhook. */
  private readonly updateStatements = new Map<string, Database.Statement>();

  constructor(private readonly db: Db) {
    this.stmts = {
      insert: db.prepare(`${insertSql('voice_calls', callColumns, insertedFields)} ON CONFLICT(twilio_call_sid) DO NOTHING`),
      bySid: db.prepare<[string], CallRow>(`${selectCall} WHERE c.twilio_call_sid = ?`),
      byId: db.prepare<[string], CallRow>(`${selectCall} WHERE c.id = ?`),
      turns: db.prepare<[string], Record<string, unknown>>('SELECT * FROM call_turns WHERE call_id = ? ORDER BY seq'),
      previousCall: db.prepare<[string, string], { started_at: string; ai_summary: string | null }>(
        `SELECT started_at, ai_summary FROM voice_calls WHERE lead_id = ? AND id != ?
         ORDER BY started_at DESC, rowid DESC LIMIT 1`,
      ),
      addAiUsage: db.prepare(
        `UPDATE voice_calls SET ai_input_tokens = ai_input_tokens + @inputTokens, ai_cached_tokens = ai_cached_tokens + @cachedTokens,
           ai_output_tokens = ai_output_tokens + @outputTokens, ai_ms = ai_ms + @ms, ai_cost_usd = ai_cost_usd + @costUsd,
           ai_fallback_turns = ai_fallback_turns + @fallbackTurns
         WHERE id = @callId`,
      ),
      nextSeq: db.prepare<[string], { next: number }>(
        'SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM call_turns WHERE call_id = ?',
      ),
      insertTurn: db.prepare(insertSql('call_turns', turnColumns, Object.keys(turnColumns) as (keyof StoredTurn)[])),
      recordings: db.prepare<[string], RecordingRow>('SELECT * FROM recordings WHERE call_id = ? ORDER BY created_at'),
      insertRecording: db.prepare(
        `${insertSql('recordings', recordingColumns, ['recordingSid', 'callId', 'url', 'duration', 'source', 'status', 'createdAt'])}
         ON CONFLICT(recording_sid) DO NOTHING`,
      ),
      recordingBySid: db.prepare<[string], RecordingRow>('SELECT * FROM recordings WHERE recording_sid = ?'),
      setTranscription: db.prepare(
        'UPDATE recordings SET transcription = @text WHERE recording_sid = @recordingSid AND transcription IS NULL',
      ),
      storedRecordingPath: db.prepare<[string], { local_path: string }>(
        `SELECT local_path FROM recordings WHERE call_id = ? AND status = 'stored' AND local_path IS NOT NULL
         ORDER BY source = 'call' DESC, created_at LIMIT 1`,
      ),
      pendingRecordings: db.prepare<[], PendingRecording>(
        `SELECT recording_sid AS recordingSid, call_id AS callId, url, duration FROM recordings
         WHERE status = 'pending' ORDER BY created_at`,
      ),
      allRecordingPaths: db.prepare<[string], { local_path: string }>(
        'SELECT local_path FROM recordings WHERE call_id = ? AND local_path IS NOT NULL',
      ),
      markRecordingStored: db.prepare(
        `UPDATE recordings SET status = 'stored', local_path = @path, duration = COALESCE(@duration, duration)
         WHERE recording_sid = @recordingSid`,
      ),
      delete: db.prepare('DELETE FROM voice_calls WHERE id = ?'),
      gatherReply: db.prepare<[string, number], { twiml: string }>(
        'SELECT twiml FROM gather_replies WHERE call_id = ? AND turn = ?',
      ),
      lastGatherTurn: db.prepare<[string], { turn: number | null }>(
        'SELECT MAX(turn) AS turn FROM gather_replies WHERE call_id = ?',
      ),
      saveGatherReply: db.prepare(
        'INSERT INTO gather_replies (call_id, turn, twiml) VALUES (@callId, @turn, @twiml) ON CONFLICT DO NOTHING',
      ),
      unfinalized: db.prepare<[string], { id: string }>(
        'SELECT id FROM voice_calls WHERE finalized_at IS NULL AND started_at < ? ORDER BY started_at',
      ),
      latest: db.prepare<ListParams, CallRow>(
        `${selectCall} WHERE c.started_at < @before ${listFilters} ORDER BY c.started_at DESC, c.rowid DESC LIMIT @limit`,
      ),
      // Full-text hits newest first (FTS5 walks its index backwards by rowid, and rowids grow with
      // time), so a search stops after the first page instead of ranking every match.
      turnHits: db.prepare<{ query: string }, { id: string }>(
        `SELECT t.call_id AS id FROM call_turns_fts f JOIN call_turns t ON t.id = f.rowid
         WHERE call_turns_fts MATCH @query ORDER BY f.rowid DESC`,
      ),
      summaryHits: db.prepare<{ query: string }, { id: string }>(
        `SELECT c.id FROM call_summaries_fts f JOIN voice_calls c ON c.rowid = f.rowid
         WHERE call_summaries_fts MATCH @query ORDER BY f.rowid DESC`,
      ),
      // A number's digits anywhere in the caller ID, walked newest first on the started_at index.
      numberHits: db.prepare<ListParams & { digits: string }, CallRow>(
        `${selectCall} WHERE c.started_at < @before ${listFilters} AND instr(c."from", @digits) > 0
         ORDER BY c.started_at DESC, c.rowid DESC LIMIT @limit`,
      ),
      listedById: db.prepare<ListParams & { id: string }, CallRow>(
        `${selectCall} WHERE c.id = @id AND c.started_at < @before ${listFilters}`,
      ),
    };
  }

  /** Creates the call for a CallSid, or returns the one already there (a retried webhook). */
  create(input: NewCall): { call: CallRecord; created: boolean } {
    const id = newId();
    const result = this.stmts.insert.run(
      toParams(callColumns, {
        id,
        leadId: input.leadId,
        twilioCallSid: input.twilioCallSid,
        from: input.from,
        to: input.to,
        status: input.status,
        handledBy: input.handledBy,
        startedAt: input.startedAt,
        createdAt: input.startedAt,
        isTest: input.isTest ?? false,
        callerAttestation: input.callerAttestation ?? null,
      }),
    );
    const row = this.stmts.bySid.get(input.twilioCallSid);
    if (!row) throw new Error(`call ${input.twilioCallSid} vanished after insert`);
    return { call: toCall(row), created: result.changes === 1 };
  }

  findBySid(callSid: string): CallRecord | null {
    const row = this.stmts.bySid.get(callSid);
    return row ? toCall(row) : null;
  }

  findById(id: string): CallRecord | null {
    const row = this.stmts.byId.get(id);
    return row ? toCall(row) : null;
  }

  detail(id: string): CallDetail | null {
    const call = this.findById(id);
    if (!call) return null;
    return {
      ...publicCall(call),
      turns: this.turns(id),
      brainNotes: call.brainNotes,
      recordings: this.stmts.recordings.all(id).map((row) => {
        const { callId: _callId, localPath: _localPath, ...recording } = toRecording(row);
        return recording;
      }),
    };
  }

  turns(callId: string): Turn[] {
    return this.stmts.turns.all(callId).map(toTurn);
  }

  /** The caller's latest call other than `callId`, for a returning caller's receptionist to know about. */
  previousCall(leadId: string, callId: string): { startedAt: string; summary: string | null } | null {
    const row = this.stmts.previousCall.get(leadId, callId);
    return row ? { startedAt: row.started_at, summary: row.ai_summary } : null;
  }

  /** Adds a model request's tokens and cost (a turn's, or the summary's) to the call's totals. */
  addAiUsage(callId: string, usage: AiUsageIncrement): void {
    this.stmts.addAiUsage.run({ callId, ...usage });
  }

  list(query: CallListFilter): Call[] {
    const params: ListParams = {
      before: query.before ?? '9999-12-31T23:59:59.999Z',
      limit: query.limit,
      intent: query.intent ?? null,
      outcome: query.outcome ?? null,
      callback: query.callbackRequested === undefined ? null : Number(query.callbackRequested),
      leadId: query.leadId ?? null,
    };
    const fts = query.search ? toFtsQuery(query.search) : null;
    const digits = query.search ? toNumberDigits(query.search) : null;
    const calls = fts ? this.search(fts, digits, params) : query.search ? [] : this.stmts.latest.all(params).map(toCall);
    return calls.map(publicCall);
  }

  /**
   * The newest `limit` calls whose turns or summary match, or whose caller's number holds the
   * searched digits (a summary may never mention the number), taking hits newest first from each.
   */
  private search(query: string, digits: string | null, params: ListParams): CallRecord[] {
    const found = new Map<string, CallRecord>();
    if (digits) {
      for (const row of this.stmts.numberHits.iterate({ ...params, digits })) {
        const call = toCall(row);
        found.set(call.id, call);
      }
    }
    const filteredOut = new Set<string>();
    for (const hits of [this.stmts.turnHits, this.stmts.summaryHits]) {
      const taken = new Set<string>();
      for (const { id } of hits.iterate({ query })) {
        if (taken.size >= params.limit) break;
        if (taken.has(id) || filteredOut.has(id)) continue;
        if (!found.has(id)) {
          const listed = this.stmts.listedById.get({ ...params, id });
          if (!listed) {
            filteredOut.add(id);
            continue;
          }
          found.set(id, toCall(listed));
        }
        taken.add(id);
      }
    }
    return [...found.values()]
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id))
      .slice(0, params.limit);
  }

  update(id: string, changes: CallChanges): void {
    this.write(id, changes);
  }

  private write(id: string, changes: Partial<CallRecord>): void {
    const params = toParams(callColumns, changes);
    const fields = Object.keys(params) as (keyof CallRecord)[];
    if (fields.length === 0) return;
    const sql = updateSql('voice_calls', callColumns, fields, 'id');
    let statement = this.updateStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.updateStatements.set(sql, statement);
    }
    statement.run({ ...params, id });
  }

  /**
   * Appends turns (and applies call changes) in one transaction, so a crash never leaves a caller
   * turn without its reply or a reply without the state it changed.
   */
  appendTurns(callId: string, turns: NewTurn[], changes: CallChanges = {}): Turn[] {
    return this.db.transaction(() => {
      let seq = this.stmts.nextSeq.get(callId)?.next ?? 1;
      const added: Turn[] = [];
      for (const turn of turns) {
        const kind = turn.kind ?? 'speech';
        const { ai } = turn;
        this.stmts.insertTurn.run(
          toParams(turnColumns, {
            callId,
            seq: seq++,
            speaker: turn.speaker,
            kind,
            text: turn.text,
            confidence: turn.confidence ?? null,
            at: turn.at,
            ...(ai ?? noAi),
          }),
        );
        if (ai) this.addAiUsage(callId, { ...ai, costUsd: ai.costUsd ?? 0, fallbackTurns: Number(ai.fallback) });
        added.push({ speaker: turn.speaker, text: turn.text, at: turn.at, kind, ...(ai ? { ai } : {}) });
      }
      this.update(callId, changes);
      return added;
    })();
  }

  /**
   * Applies a status callback. Twilio may retry or reorder them: an older SequenceNumber is
   * ignored, and a terminal status (completed, busy, ...) never goes back to a live one.
   */
  applyStatus(
    callId: string,
    update: { status: string; sequence: number | null; duration: number | null; at: string },
  ): { applied: boolean; ended: boolean } {
    return this.db.transaction(() => {
      const call = this.findById(callId);
      if (!call) return { applied: false, ended: false };
      if (update.sequence !== null && update.sequence <= call.statusSequence) return { applied: false, ended: false };
      const wasTerminal = isTerminalStatus(call.status);
      if (wasTerminal && !isTerminalStatus(update.status)) return { applied: false, ended: false };
      const ended = isTerminalStatus(update.status) && !wasTerminal;
      this.write(callId, {
        status: wasTerminal ? call.status : update.status,
        statusSequence: update.sequence ?? call.statusSequence,
        duration: update.duration ?? call.duration,
        endedAt: ended ? (call.endedAt ?? update.at) : call.endedAt,
      });
      return { applied: true, ended };
    })();
  }

  /** Records a recording once per RecordingSid; returns whether it was new. */
  addRecording(recording: NewRecording): boolean {
    return this.db.transaction(() => {
      const { at, ...fields } = recording;
      const inserted = this.stmts.insertRecording.run(toParams(recordingColumns, { ...fields, createdAt: at })).changes === 1;
      if (inserted) this.update(recording.callId, { recordingSid: recording.recordingSid, recordingUrl: recording.url });
      return inserted;
    })();
  }

  recording(recordingSid: string): RecordingRecord | null {
    const row = this.stmts.recordingBySid.get(recordingSid);
    return row ? toRecording(row) : null;
  }

  /** Stores a voicemail's transcription once; returns whether this was the first time. */
  setTranscription(recordingSid: string, text: string): boolean {
    return this.stmts.setTranscription.run({ recordingSid, text }).changes === 1;
  }

  markRecordingStored(recordingSid: string, path: string, duration: number | null): void {
    this.stmts.markRecordingStored.run({ recordingSid, path, duration });
  }

  /** Recordings Twilio announced whose audio is not stored yet, oldest first. */
  pendingRecordings(): PendingRecording[] {
    return this.stmts.pendingRecordings.all();
  }

  recordingPath(callId: string): string | null {
    return this.stmts.storedRecordingPath.get(callId)?.local_path ?? null;
  }

  /** The TwiML a Gather turn of the call was answered with, or null when that turn was never answered. */
  gatherReply(callId: string, turn: number): string | null {
    return this.stmts.gatherReply.get(callId, turn)?.twiml ?? null;
  }

  /** The last Gather turn of the call that was answered (0 before the first). */
  lastGatherTurn(callId: string): number {
    return this.stmts.lastGatherTurn.get(callId)?.turn ?? 0;
  }

  /** Keeps the TwiML a Gather turn was answered with; the first answer stands. */
  saveGatherReply(callId: string, turn: number, twiml: string): void {
    this.stmts.saveGatherReply.run({ callId, turn, twiml });
  }

  /** Calls that started before `iso` and were never wrapped up (no status callback came). */
  unfinalizedBefore(iso: string): string[] {
    return this.stmts.unfinalized.all(iso).map((r) => r.id);
  }

  /** How much Twilio sent since `iso`: calls, the callers' turns and recordings (each one webhook). */
  activitySince(iso: string): { calls: number; callerTurns: number; recordings: number } {
    return this.db
      .prepare<[string, string, string], { calls: number; callerTurns: number; recordings: number }>(
        `SELECT (SELECT COUNT(*) FROM voice_calls WHERE started_at >= ?) AS calls,
                (SELECT COUNT(*) FROM call_turns WHERE speaker = 'caller' AND at >= ?) AS callerTurns,
                (SELECT COUNT(*) FROM recordings WHERE created_at >= ?) AS recordings`,
      )
      .get(iso, iso, iso)!;
  }

  /** Deletes a call with its turns and recordings; returns the audio files to remove. */
  delete(callId: string): string[] | null {
    return this.db.transaction(() => {
      const paths = this.stmts.allRecordingPaths.all(callId).map((r) => r.local_path);
      return this.stmts.delete.run(callId).changes === 1 ? paths : null;
    })();
  }
}
