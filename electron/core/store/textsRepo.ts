import type { SentText } from '../../shared/models';
import { advancesTo, type TextStatus } from '../domain/texts';
import type { Db } from './database';
import { fromRow, insertSql, plain, toParams, updateSql, type ColumnMap } from './columnMap';
import { newId } from './newId';

/** texts, column by column. */
const textColumns: ColumnMap<SentText> = {
  id: plain('id'),
  messageSid: plain('message_sid'),
  callId: plain('call_id'),
  recipient: plain('recipient'),
  purpose: plain('purpose'),
  to: plain('to_number'),
  body: plain('body'),
  status: plain('status'),
  errorCode: plain('error_code'),
  createdAt: plain('created_at'),
  updatedAt: plain('updated_at'),
};

type TextRow = Record<string, unknown>;
const toText = (row: TextRow) => fromRow(textColumns, row);
const allFields = Object.keys(textColumns) as (keyof SentText)[];

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
      insert: db.prepare(insertSql('texts', textColumns, allFields)),
      bySid: db.prepare<[string], TextRow>(`SELECT * FROM texts WHERE message_sid = ?`),
      byId: db.prepare<[string], TextRow>(`SELECT * FROM texts WHERE id = ?`),
      latest: db.prepare<[string, string], TextRow>(
        `SELECT * FROM texts WHERE purpose = ? AND created_at >= ? ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      ),
      forCall: db.prepare<[string], TextRow>(`SELECT * FROM texts WHERE call_id = ? ORDER BY created_at, rowid`),
      setStatus: db.prepare(updateSql('texts', textColumns, ['status', 'errorCode', 'updatedAt'], 'id')),
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
    const { at, ...fields } = text;
    const id = newId();
    this.stmts.insert.run(toParams(textColumns, { id, ...fields, createdAt: at, updatedAt: at }));
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
    const text = toText(row);
    if (!advancesTo(text.status, update.status)) return { text, changed: false };
    const changes = { status: update.status, errorCode: update.errorCode ?? text.errorCode, updatedAt: update.at };
    this.stmts.setStatus.run(toParams(textColumns, { id: text.id, ...changes }));
    return { text: toText(this.stmts.byId.get(text.id)!), changed: true };
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
