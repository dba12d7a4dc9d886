import type Database from 'better-sqlite3';
import { flag, fromRow, insertSql, plain, toParams, updateSql, type ColumnMap } from './columnMap';
import { newId } from './newId';
import type { LeadSummary, LeadUpdate } from '../../shared/apiModels';
import type { CollectedLead } from '../domain/collectedLead';
import type { Db } from './database';

/** A lead with its call count and its latest call's callback request (what the owner acts on). */
const selectLead = `
  SELECT l.*,
    (SELECT COUNT(*) FROM voice_calls c WHERE c.lead_id = l.id) AS call_count,
    (EXISTS (SELECT 1 FROM voice_calls c WHERE c.lead_id = l.id)
      AND NOT EXISTS (SELECT 1 FROM voice_calls c WHERE c.lead_id = l.id AND c.is_test = 0)) AS test_only,
    last.started_at AS last_call_at, last.id AS last_call_id, last.callback_requested,
    last.callback_time, last.callback_phrase,
    (SELECT t.state FROM text_recipients t WHERE t.phone = l.phone) AS no_texts
  FROM leads l
  LEFT JOIN voice_calls last ON last.id = (
    SELECT c.id FROM voice_calls c WHERE c.lead_id = l.id ORDER BY c.started_at DESC, c.rowid DESC LIMIT 1
  )`;

/** A call that was a caller with a job (or is not judged yet), not spam or a wrong number. */
const genuineCall = `c.caller_kind = 'caller' AND COALESCE(c.outcome, '') NOT IN ('spam', 'wrong_number')`;

/** leads, column by column, with what `selectLead` computes from the lead's calls and texts. */
const leadColumns: ColumnMap<LeadSummary> = {
  id: plain('id'),
  phone: plain('phone'),
  name: plain('name'),
  address: plain('address'),
  project: plain('project'),
  urgency: plain('urgency'),
  source: plain('source'),
  status: plain('status'),
  notes: plain('notes'),
  callCount: plain('call_count'),
  lastCallAt: plain('last_call_at'),
  testOnly: flag('test_only'),
  lastCallId: plain('last_call_id'),
  callbackRequested: flag('callback_requested'),
  callbackTime: plain('callback_time'),
  callbackPhrase: plain('callback_phrase'),
  noTexts: plain('no_texts'),
  createdAt: plain('created_at'),
  updatedAt: plain('updated_at'),
};

type LeadRow = Record<string, unknown>;
const toLead = (row: LeadRow) => fromRow(leadColumns, row);

/** The lead's own columns, which `write` may change (the rest are computed from its calls and texts). */
type LeadChanges = Partial<Pick<LeadSummary, 'name' | 'address' | 'project' | 'urgency' | 'status' | 'notes' | 'updatedAt'>>;

export class LeadsRepo {
  private readonly stmts;
  /** UPDATE statements by the set of columns they change, prepared once. */
  private readonly updateStatements = new Map<string, Database.Statement>();

  constructor(private readonly db: Db) {
    this.stmts = {
      insert: db.prepare(
        `${insertSql('leads', leadColumns, ['id', 'phone', 'source', 'createdAt', 'updatedAt'])} ON CONFLICT(phone) DO NOTHING`,
      ),
      byPhone: db.prepare<[string], LeadRow>(`${selectLead} WHERE l.phone = ?`),
      byId: db.prepare<[string], LeadRow>(`${selectLead} WHERE l.id = ?`),
      // A number whose every call was a robocall, a sales pitch or a wrong number is nobody to call back.
      list: db.prepare<[], LeadRow>(
        `${selectLead} WHERE NOT (EXISTS (SELECT 1 FROM voice_calls c WHERE c.lead_id = l.id)
           AND NOT EXISTS (SELECT 1 FROM voice_calls c WHERE c.lead_id = l.id AND ${genuineCall}))
         ORDER BY l.created_at DESC, l.rowid DESC`,
      ),
    };
  }

  /** The lead for a caller's number, created on their first call (the seed's find-or-create). */
  findOrCreate(phone: string, at: string): LeadSummary {
    this.stmts.insert.run(toParams(leadColumns, { id: newId(), phone, source: 'voice', createdAt: at, updatedAt: at }));
    const row = this.stmts.byPhone.get(phone);
    if (!row) throw new Error(`lead ${phone} vanished after insert`);
    return toLead(row);
  }

  findById(id: string): LeadSummary | null {
    const row = this.stmts.byId.get(id);
    return row ? toLead(row) : null;
  }

  list(): LeadSummary[] {
    return this.stmts.list.all().map(toLead);
  }

  /** The owner's own fields: status and notes (empty notes are cleared). */
  update({ id, status, notes }: LeadUpdate, at: string): LeadSummary | null {
    this.write(id, { status, notes: notes === undefined ? undefined : notes.trim() || null, updatedAt: at });
    return this.findById(id);
  }

  /** Adds what the receptionist learned; a field is only overwritten by a new non-empty value. */
  merge(id: string, collected: CollectedLead, at: string): void {
    const clean = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);
    this.write(id, {
      name: clean(collected.name),
      address: clean(collected.address),
      project: clean(collected.project),
      urgency: collected.urgency,
      updatedAt: at,
    });
  }

  /** Sets the fields given (an undefined one keeps its value) through the column map. */
  private write(id: string, changes: LeadChanges): void {
    const params = toParams(leadColumns, changes);
    const sql = updateSql('leads', leadColumns, Object.keys(params) as (keyof LeadChanges)[], 'id');
    let statement = this.updateStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.updateStatements.set(sql, statement);
    }
    statement.run({ ...params, id });
  }
}
