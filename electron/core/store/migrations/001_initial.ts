import type { Migration } from './migration';

/**
 * The seed's data model in SQLite: business settings (the seed's `clients` voice fields), leads,
 * voice calls with every seed column, the knowledge base, plus what the seed lacked: one row per
 * utterance in `call_turns` and one per recording in `recordings`, each keyed so that a retried
 * Twilio callback cannot insert twice.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE business_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        business_name TEXT NOT NULL,
        twilio_phone_number TEXT NOT NULL DEFAULT '',
        forwarding_number TEXT NOT NULL DEFAULT '',
        owner_phone TEXT NOT NULL DEFAULT '',
        owner_name TEXT NOT NULL DEFAULT '',
        voice_enabled INTEGER NOT NULL DEFAULT 1,
        voice_mode TEXT NOT NULL DEFAULT 'after_hours' CHECK (voice_mode IN ('always', 'after_hours', 'overflow')),
        voice_greeting TEXT NOT NULL DEFAULT '',
        voice_voice_id TEXT NOT NULL DEFAULT 'Polly.Matthew',
        voice_max_duration INTEGER NOT NULL DEFAULT 300,
        business_hours_start TEXT NOT NULL DEFAULT '08:00',
        business_hours_end TEXT NOT NULL DEFAULT '17:00',
        business_days TEXT NOT NULL DEFAULT '[1,2,3,4,5]',
        timezone TEXT NOT NULL DEFAULT 'America/Denver',
        record_calls INTEGER NOT NULL DEFAULT 0,
        speech_language TEXT NOT NULL DEFAULT 'en-US',
        trade_terms TEXT NOT NULL DEFAULT '[]',
        blocked_numbers TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
      );

      CREATE TABLE leads (
        id TEXT PRIMARY KEY,
        phone TEXT NOT NULL UNIQUE,
        name TEXT,
        address TEXT,
        project TEXT,
        urgency TEXT CHECK (urgency IN ('emergency', 'high', 'normal', 'low')),
        source TEXT NOT NULL DEFAULT 'voice',
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'won', 'lost')),
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE voice_calls (
        id TEXT PRIMARY KEY,
        lead_id TEXT REFERENCES leads(id) ON DELETE SET NULL,
        twilio_call_sid TEXT NOT NULL UNIQUE,
        "from" TEXT NOT NULL,
        "to" TEXT NOT NULL,
        direction TEXT NOT NULL DEFAULT 'inbound',
        status TEXT NOT NULL,
        status_sequence INTEGER NOT NULL DEFAULT -1,
        duration INTEGER,
        transcript TEXT,
        ai_summary TEXT,
        caller_intent TEXT,
        caller_sentiment TEXT,
        outcome TEXT,
        callback_requested INTEGER NOT NULL DEFAULT 0,
        callback_time TEXT,
        callback_phrase TEXT,
        callback_number TEXT,
        transferred_to TEXT,
        recording_url TEXT,
        recording_sid TEXT,
        handled_by TEXT NOT NULL DEFAULT 'ai' CHECK (handled_by IN ('ai', 'owner', 'forward')),
        owner_accepted INTEGER NOT NULL DEFAULT 0,
        silent_turns INTEGER NOT NULL DEFAULT 0,
        transfer_attempts INTEGER NOT NULL DEFAULT 0,
        brain_state TEXT NOT NULL DEFAULT '{}',
        brain_notes TEXT NOT NULL DEFAULT '[]',
        finalized_at TEXT,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX voice_calls_started_at ON voice_calls(started_at DESC);
      CREATE INDEX voice_calls_lead ON voice_calls(lead_id, started_at DESC);

      CREATE TABLE call_turns (
        id INTEGER PRIMARY KEY,
        call_id TEXT NOT NULL REFERENCES voice_calls(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        speaker TEXT NOT NULL CHECK (speaker IN ('caller', 'ai')),
        kind TEXT NOT NULL DEFAULT 'speech' CHECK (kind IN ('speech', 'voicemail')),
        text TEXT NOT NULL,
        confidence REAL,
        at TEXT NOT NULL,
        UNIQUE (call_id, seq)
      );

      CREATE TABLE recordings (
        recording_sid TEXT PRIMARY KEY,
        call_id TEXT NOT NULL REFERENCES voice_calls(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        duration INTEGER,
        source TEXT NOT NULL CHECK (source IN ('call', 'voicemail')),
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'stored', 'absent')),
        local_path TEXT,
        transcription TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX recordings_call ON recordings(call_id);

      CREATE TABLE knowledge_base (
        id TEXT PRIMARY KEY,
        category TEXT NOT NULL,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
