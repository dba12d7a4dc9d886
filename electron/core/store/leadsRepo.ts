import { newId } from './newId';
import type { LeadSummary, LeadUpdate } from '../../shared/apiModels';
import type { Lead } from '../../shared/models';
import type { CollectedLead } from '../domain/collectedLead';
import type { Db } from './database';

interface LeadRow {
  id: string;
  phone: string;
  name: string | null;
  address: string | null;
  project: string | null;
  urgency: Lead['urgency'];
  source: string;
  status: Lead['status'];
  notes: string | null;
  call_count: number;
  test_only: number;
  last_call_at: string | null;
  last_call_id: string | null;
  callback_requested: number | null;
  callback_time: string | null;
  callback_phrase: string | null;
  no_texts: 'opted_out' | 'cannot_receive' | null;
  created_at: string;
  updated_at: string;
}

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

function toLead(r: LeadRow): LeadSummary {
  return {
    id: r.id,
    phone: r.phone,
    name: r.name,
    address: r.address,
    project: r.project,
    urgency: r.urgency,
    source: r.source,
    status: r.status,
    notes: r.notes,
    callCount: r.call_count,
    lastCallAt: r.last_call_at,
    testOnly: r.test_only === 1,
    lastCallId: r.last_call_id,
    callbackRequested: r.callback_requested === 1,
    callbackTime: r.callback_time,
    callbackPhrase: r.callback_phrase,
    noTexts: r.no_texts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export class LeadsRepo {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO leads (id, phone, source, created_at, updated_at) VALUES (@id, @phone, 'voice', @at, @at)
         ON CONFLICT(phone) DO NOTHING`,
      ),
      byPhone: db.prepare<[string], LeadRow>(`${selectLead} WHERE l.phone = ?`),
      byId: db.prepare<[string], LeadRow>(`${selectLead} WHERE l.id = ?`),
      // A number whose every call was a robocall, a sales pitch or a wrong number is nobody to call back.
      list: db.prepare<[], LeadRow>(
        `${selectLead} WHERE NOT (EXISTS (SELECT 1 FROM voice_calls c WHERE c.lead_id = l.id)
           AND NOT EXISTS (SELECT 1 FROM voice_calls c WHERE c.lead_id = l.id AND ${genuineCall}))
         ORDER BY l.created_at DESC, l.rowid DESC`,
      ),
      update: db.prepare(
        `UPDATE leads SET status = COALESCE(@status, status), notes = CASE WHEN @setNotes THEN @notes ELSE notes END,
           updated_at = @at WHERE id = @id`,
      ),
      merge: db.prepare(
        `UPDATE leads SET name = COALESCE(@name, name), address = COALESCE(@address, address),
           project = COALESCE(@project, project), urgency = COALESCE(@urgency, urgency), updated_at = @at
         WHERE id = @id`,
      ),
    };
  }

  /** The lead for a caller's number, created on their first call (the seed's find-or-create). */
  findOrCreate(phone: string, at: string): LeadSummary {
    this.stmts.insert.run({ id: newId(), phone, at });
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
    const trimmed = notes?.trim();
    this.stmts.update.run({ id, status: status ?? null, setNotes: notes === undefined ? 0 : 1, notes: trimmed || null, at });
    return this.findById(id);
  }

  /** Adds what the receptionist learned; a field is only overwritten by a new non-empty value. */
  merge(id: string, collected: CollectedLead, at: string): void {
    const clean = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
    this.stmts.merge.run({
      id,
      name: clean(collected.name),
      address: clean(collected.address),
      project: clean(collected.project),
      urgency: collected.urgency ?? null,
      at,
    });
  }
}
