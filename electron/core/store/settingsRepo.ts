import { defaultSettings, Settings, SettingsPatch } from '../../shared/settings';
import { flag, fromRow, json, plain, toParams, type ColumnMap } from './columnMap';
import type { Db } from './database';

/** The business profile is one row, one column per setting. */
const settingsColumns: ColumnMap<Settings> = {
  businessName: plain('business_name'),
  twilioPhoneNumber: plain('twilio_phone_number'),
  forwardingNumber: plain('forwarding_number'),
  ownerPhone: plain('owner_phone'),
  ownerName: plain('owner_name'),
  voiceEnabled: flag('voice_enabled'),
  voiceMode: plain('voice_mode'),
  voiceGreeting: plain('voice_greeting'),
  voiceVoiceId: plain('voice_voice_id'),
  voiceMaxDuration: plain('voice_max_duration'),
  businessHoursStart: plain('business_hours_start'),
  businessHoursEnd: plain('business_hours_end'),
  businessDays: json('business_days'),
  timezone: plain('timezone'),
  recordCalls: flag('record_calls'),
  deleteRecordingsFromTwilio: flag('delete_recordings_from_twilio'),
  speechLanguage: plain('speech_language'),
  tradeTerms: json('trade_terms'),
  blockedNumbers: json('blocked_numbers'),
  conversationTransport: plain('conversation_transport'),
  relayTtsProvider: plain('relay_tts_provider'),
  relayVoice: plain('relay_voice'),
  relayTranscriptionProvider: plain('relay_transcription_provider'),
  relayInterruptible: plain('relay_interruptible'),
  relayInterruptSensitivity: plain('relay_interrupt_sensitivity'),
  realtimePreferred: flag('realtime_preferred'),
  realtimeModel: plain('realtime_model'),
  realtimeTurnDetection: plain('realtime_turn_detection'),
  realtimeCostCapUsd: plain('realtime_cost_cap_usd'),
  aiModel: plain('ai_model'),
  aiTurnBudgetMs: plain('ai_turn_budget_ms'),
  aiTemperature: plain('ai_temperature'),
  aiPrices: json('ai_prices'),
  textBackEnabled: flag('text_back_enabled'),
  textBackTemplate: plain('text_back_template'),
  setupState: plain('setup_state'),
};

const fields = Object.keys(settingsColumns) as (keyof Settings & string)[];
const columns = fields.map((field) => settingsColumns[field].name);

/** The one business profile. Reads are cached: every webhook needs them and they rarely change. */
export class SettingsRepo {
  private cached: Settings | null = null;
  private readonly selectStmt;
  private readonly upsertStmt;

  constructor(db: Db) {
    this.selectStmt = db.prepare<[], Record<string, unknown>>(`SELECT ${columns.join(', ')} FROM business_settings WHERE id = 1`);
    this.upsertStmt = db.prepare(
      `INSERT INTO business_settings (id, ${columns.join(', ')}, updated_at)
       VALUES (1, ${fields.map((field) => '@' + field).join(', ')}, @updatedAt)
       ON CONFLICT(id) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = excluded.updated_at`,
    );
  }

  get(): Settings {
    if (this.cached) return this.cached;
    const row = this.selectStmt.get();
    this.cached = row ? fromRow(settingsColumns, row) : defaultSettings;
    return this.cached;
  }

  /** Applies a validated patch and returns the whole profile. */
  update(patch: SettingsPatch): Settings {
    const next = Settings.parse({ ...this.get(), ...SettingsPatch.parse(patch) });
    this.upsertStmt.run({ ...toParams(settingsColumns, next), updatedAt: new Date().toISOString() });
    this.cached = next;
    return next;
  }
}
