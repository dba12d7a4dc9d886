import { realtimePrices } from '../../../shared/settings';
import type { Migration } from './migration';

/**
 * Speech to speech (OpenAI Realtime over Twilio Media Streams): whether `auto` prefers it, its
 * model and how it hears a turn end; the transport's CHECK-free text column takes `realtime`
 * as it is. The realtime models' prices join a price table kept before, unless the owner
 * already priced them.
 */
export const migration010: Migration = {
  version: 10,
  name: 'speech_to_speech',
  up: (db) => {
    db.exec(`
      ALTER TABLE business_settings ADD COLUMN realtime_preferred INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE business_settings ADD COLUMN realtime_model TEXT NOT NULL DEFAULT 'gpt-realtime';
      ALTER TABLE business_settings ADD COLUMN realtime_turn_detection TEXT NOT NULL DEFAULT 'server_vad';
    `);
    const add = db.prepare(
      `UPDATE business_settings SET ai_prices = json_set(ai_prices, '$."' || @model || '"', json(@price))
       WHERE json_extract(ai_prices, '$."' || @model || '"') IS NULL`,
    );
    for (const [model, price] of Object.entries(realtimePrices)) add.run({ model, price: JSON.stringify(price) });
  },
};
