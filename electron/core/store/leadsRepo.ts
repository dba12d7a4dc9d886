import { randomUUID } from 'node:crypto';
import type { Lead } from '../../shared/models';
import type { CollectedLead } from '../brain/types';
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
  last_call_at: string | null;
  created_at: string;
  updated_at: string;
}

const selectLead = `
  SELECT l.*,
    (SELECT COUNT(*) FROM voice_calls c WHERE c.lead_id = l.id) AS call_count,
    (SELECT MAX(c.started_at) FROM voice_calls c WHERE c.lead_id = l.id) AS last_call_at
  FROM leads l`;

function toLead(r: LeadRow): Lead {
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
      list: db.prepare<[number], LeadRow>(`${selectLead} ORDER BY l.created_at DESC, l.rowid DESC LIMIT ?`),
      merge: db.prepare(
        `UPDATE leads SET name = COALESCE(@name, name), address = COALESCE(@address, address),
           project = COALESCE(@project, project), urgency = COALESCE(@urgency, urgency), updated_at = @at
         WHERE id = @id`,
      ),
    };
  }

  /** The lead for a caller's number, created on their first call (the seed's find-or-create). */
  findOrCreate(phone: string, at: string): Lead {
    this.stmts.insert.run({ id: randomUUID(), phone, at });
    const row = this.stmts.byPhone.get(phone);
    if (!row) throw new Error(`lead ${phone} vanished after insert`);
    return toLead(row);
  }

  findById(id: string): Lead | null {
    const row = this.stmts.byId.get(id);
    return row ? toLead(row) : null;
  }

  list(limit = 500): Lead[] {
    return this.stmts.list.all(limit).map(toLead);
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
