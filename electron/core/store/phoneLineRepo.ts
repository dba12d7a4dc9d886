import { NumberVoiceConfig } from '../../shared/phoneLine';
import type { Db } from './database';

export interface PhoneLineRecord {
  numberSid: string;
  phoneNumber: string;
  pointedAt: string;
  /** The number's configuration before Pickup first changed it; null once restored. */
  previousConfig: NumberVoiceConfig | null;
}

interface PhoneLineRow {
  number_sid: string;
  phone_number: string;
  pointed_at: string;
  previous_config: string | null;
}

/** The one configured Twilio number (migration 004). */
export class PhoneLineRepo {
  constructor(private readonly db: Db) {}

  get(): PhoneLineRecord | null {
    const row = this.db.prepare<[], PhoneLineRow>('SELECT * FROM phone_line WHERE id = 1').get();
    if (!row) return null;
    return {
      numberSid: row.number_sid,
      phoneNumber: row.phone_number,
      pointedAt: row.pointed_at,
      previousConfig: row.previous_config ? NumberVoiceConfig.parse(JSON.parse(row.previous_config)) : null,
    };
  }

  save(record: PhoneLineRecord, at: string): void {
    this.db
      .prepare(
        `INSERT INTO phone_line (id, number_sid, phone_number, pointed_at, previous_config, updated_at)
         VALUES (1, @numberSid, @phoneNumber, @pointedAt, @previousConfig, @at)
         ON CONFLICT(id) DO UPDATE SET number_sid = excluded.number_sid, phone_number = excluded.phone_number,
           pointed_at = excluded.pointed_at, previous_config = excluded.previous_config, updated_at = excluded.updated_at`,
      )
      .run({ ...record, previousConfig: record.previousConfig ? JSON.stringify(record.previousConfig) : null, at });
  }

  clear(): void {
    this.db.prepare('DELETE FROM phone_line').run();
  }
}
