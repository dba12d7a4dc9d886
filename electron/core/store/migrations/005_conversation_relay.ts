import type { Migration } from './migration';

/**
 * The streaming conversation transport (Twilio ConversationRelay) and its voice settings. Rows
 * written before it get `auto`, which keeps a local or http-only install on the Gather loop it
 * already used.
 */
export const migration005: Migration = {
  version: 5,
  name: 'conversation_relay',
  up: (db) => {
    db.exec(`
      ALTER TABLE business_settings ADD COLUMN conversation_transport TEXT NOT NULL DEFAULT 'auto';
      ALTER TABLE business_settings ADD COLUMN relay_tts_provider TEXT NOT NULL DEFAULT 'ElevenLabs';
      ALTER TABLE business_settings ADD COLUMN relay_voice TEXT NOT NULL DEFAULT '';
      ALTER TABLE business_settings ADD COLUMN relay_transcription_provider TEXT NOT NULL DEFAULT 'Deepgram';
      ALTER TABLE business_settings ADD COLUMN relay_interruptible TEXT NOT NULL DEFAULT 'any';
      ALTER TABLE business_settings ADD COLUMN relay_interrupt_sensitivity TEXT NOT NULL DEFAULT 'medium';
    `);
  },
};
