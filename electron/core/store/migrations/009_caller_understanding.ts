import type { Migration } from './migration';

/**
 * What the receptionist understood about a call: who was calling (a robocall or wrong number is
 * no lead), the questions it could not answer, the language the caller spoke, and Twilio's caller
 * ID attestation (StirVerstat) for the brain. Each answered Gather keeps the TwiML it got, so a
 * replayed Gather (Twilio's retry, a captured request) gets the same answer and changes nothing.
 * Calls stored before are ordinary callers in English with no open questions.
 */
export const migration009: Migration = {
  version: 9,
  name: 'caller_understanding',
  up: (db) => {
    db.exec(`
      ALTER TABLE voice_calls ADD COLUMN caller_kind TEXT NOT NULL DEFAULT 'caller'
        CHECK (caller_kind IN ('caller', 'spam', 'wrong_number'));
      ALTER TABLE voice_calls ADD COLUMN caller_questions TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE voice_calls ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es'));
      ALTER TABLE voice_calls ADD COLUMN caller_attestation TEXT;
      CREATE TABLE gather_replies (
        call_id TEXT NOT NULL REFERENCES voice_calls(id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        twiml TEXT NOT NULL,
        PRIMARY KEY (call_id, turn)
      );
    `);
  },
};
