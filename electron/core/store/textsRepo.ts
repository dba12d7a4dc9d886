import type { SentText } from '../../shared/models';
import { advancesTo, type TextStatus } from '../domain/texts';
import type { Db } from './database';
import { newId } from './newId';

interface TextRow {
  id: string;
  message_sid: string | null;
  call_id: string | null;
  recipient: SentText['recipient'];
  purpose: string;
  to_number: string;
  body: string;
  status: TextStatus;
  error_code: number | null;
  created_at: string;
  updated_at: string;
}

const toText = (r: TextRow): SentText => ({
  id: r.id,
  messageSid: r.message_sid,
  callId: r.call_id,
  recipient: r.recipient,
  purpose: r.purpose,
  to: r.to_number,
  body: r.body,
  status: r.status,
  errorCode: r.error_code,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type RecipientState = 'opted_out' | 'cannot_receive';

export interface NewText {
  callId: string | null;
  recipient: SentText['recipient'];
  purpose: string;
  to: string;
  body: string;
  messageSid: string | null;
  status: TextStatus;
  errorCode: number | null;
  at: string;
}

/** Every text Pickup sent and how far it got, and the numbers never to text again. */
export class TextsRepo {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO texts (id, message_sid, call_id, recipient, purpose, to_number, body, status, error_code, created_at, updated_at)
         VALUES (@id, @messageSid, @callId, @recipient, @purpose, @to, @body, @status, @errorCode, @at, @at)`,
      ),
      bySid: db.prepare<[string], TextRow>(`SELECT * FROM texts WHERE message_sid = ?`),
      byId: db.prepare<[string], TextRow>(`SELECT * FROM texts WHERE id = ?`),
      latest: db.prepare<[string, string], TextRow>(
        `SELECT * FROM texts WHERE purpose = ? AND created_at >= ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      ),
      forCall: db.prepare<[string], TextRow>(`SELECT * FROM texts WHERE call_id = ? ORDER BY created_at, rowid`),
      setStatus: db.prepare(
        `UPDATE texts SET status = @status, error_code = COALESCE(@errorCode, error_code), updated_at = @at WHERE id = @id`,
      ),
      callerTextedSince: db.prepare<[string, string], { n: number }>(
        `SELECT COUNT(*) AS n FROM texts WHERE to_number = ? AND recipient = 'caller' AND created_at >= ?
           AND status NOT IN ('failed', 'undelivered')`,
      ),
      recipient: db.prepare<[string], { state: RecipientState }>(`SELECT state FROM text_recipients WHERE phone = ?`),
      // Opting out outranks a carrier's "cannot receive": it is the person's own choice.
      mark: db.prepare(
        `INSERT INTO text_recipients (phone, state, error_code, at) VALUES (@phone, @state, @errorCode, @at)
         ON CONFLICT(phone) DO UPDATE SET state = excluded.state, error_code = excluded.error_code, at = excluded.at
         WHERE text_recipients.state <> 'opted_out'`,
      ),
    };
  }

  record(text: NewText): SentText {
    const id = newId();
    this.stmts.insert.run({ id, ...text });
    return toText(this.stmts.byId.get(id)!);
  }

  byId(id: string): SentText | null {
    const row = this.stmts.byId.get(id);
    return row ? toText(row) : null;
  }

  findBySid(messageSid: string): SentText | null {
    const row = this.stmts.bySid.get(messageSid);
    return row ? toText(row) : null;
  }

  /** The newest text sent for `purpose` since a moment, if any. */
  latest(purpose: string, sinceIso: string): SentText | null {
    const row = this.stmts.latest.get(purpose, sinceIso);
    return row ? toText(row) : null;
  }

  forCall(callId: string): SentText[] {
    return this.stmts.forCall.all(callId).map(toText);
  }

  /**
   * A status callback's news: null for a MessageSid Pickup never sent; `changed` only when the
   * status moved forward (a replay or a late, older status changes nothing).
   */
  applyStatus(update: { messageSid: string; status: TextStatus; errorCode: number | null; at: string }): {
    text: SentText;
    changed: boolean;
  } | null {
    const row = this.stmts.bySid.get(update.messageSid);
    if (!row) return null;
    if (!advancesTo(row.status, update.status)) return { text: toText(row), changed: false };
    this.stmts.setStatus.run({ id: row.id, status: update.status, errorCode: update.errorCode, at: update.at });
    return { text: toText(this.stmts.byId.get(row.id)!), changed: true };
  }

  callerTextedSince(phone: string, sinceIso: string): boolean {
    return (this.stmts.callerTextedSince.get(phone, sinceIso)?.n ?? 0) > 0;
  }

  recipientState(phone: string): RecipientState | null {
    return this.stmts.recipient.get(phone)?.state ?? null;
  }

  markRecipient(phone: string, state: RecipientState, errorCode: number, at: string): void {
    this.stmts.mark.run({ phone, state, errorCode, at });
  }
}
