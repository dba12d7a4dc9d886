import { NumberVoiceConfig } from '../../shared/phoneLine';
import { fromRow, plain, toParams, upsertSql, type ColumnMap } from './columnMap';
import type { Db } from './database';

export interface PhoneLineRecord {
  numberSid: string;
  phoneNumber: string;
  pointedAt: string;
  /** The number's configuration before Pickup first changed it; null once restored. */
  previousConfig: NumberVoiceConfig | null;
}

/** phone_line, column by column: one row, id 1; the saved configuration is checked as it is read back. */
const phoneLineColumns: ColumnMap<PhoneLineRecord & { id: 1; updatedAt: string }> = {
  id: plain('id'),
  numberSid: plain('number_sid'),
  phoneNumber: plain('phone_number'),
  pointedAt: plain('pointed_at'),
  previousConfig: {
    name: 'previous_config',
    toSql: (config) => (config ? JSON.stringify(config) : null),
    fromSql: (raw) => (raw ? NumberVoiceConfig.parse(JSON.parse(String(raw))) : null),
  },
  updatedAt: plain('updated_at'),
};

const savedFields = ['id', 'numberSid', 'phoneNumber', 'pointedAt', 'previousConfig', 'updatedAt'] as const;

/** The one configured Twilio number (migration 004). */
export class PhoneLineRepo {
  constructor(private readonly db: Db) {}

  get(): PhoneLineRecord | null {
    const row = this.db.prepare<[], Record<string, unknown>>('SELECT * FROM phone_line WHERE id = 1').get();
    if (!row) return null;
    const { id: _id, updatedAt: _updatedAt, ...record } = fromRow(phoneLineColumns, row);
    return record;
  }

  save(record: PhoneLineRecord, at: string): void {
    this.db
      .prepare(upsertSql('phone_line', phoneLineColumns, savedFields, 'id'))
      .run(toParams(phoneLineColumns, { id: 1, ...record, updatedAt: at }));
  }

  clear(): void {
    this.db.prepare('DELETE FROM phone_line').run();
  }
}
