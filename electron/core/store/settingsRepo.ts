import { defaultSettings, Settings, SettingsPatch } from '../../shared/settings';
import type { Db } from './database';

interface SettingsRow {
  business_name: string;
  twilio_phone_number: string;
  forwarding_number: string;
  owner_phone: string;
  owner_name: string;
  voice_enabled: number;
  voice_mode: string;
  voice_greeting: string;
  voice_voice_id: string;
  voice_max_duration: number;
  business_hours_start: string;
  business_hours_end: string;
  business_days: string;
  timezone: string;
  record_calls: number;
  delete_recordings_from_twilio: number;
  speech_language: string;
  trade_terms: string;
  blocked_numbers: string;
  conversation_transport: string;
  relay_tts_provider: string;
  relay_voice: string;
  relay_transcription_provider: string;
  relay_interruptible: string;
  relay_interrupt_sensitivity: string;
  realtime_preferred: number;
  realtime_model: string;
  realtime_turn_detection: string;
  realtime_cost_cap_usd: number;
  ai_model: string;
  ai_turn_budget_ms: number;
  ai_temperature: number;
  ai_prices: string;
  text_back_enabled: number;
  text_back_template: string;
  setup_state: string;
}

function toRow(s: Settings): SettingsRow {
  return {
    business_name: s.businessName,
    twilio_phone_number: s.twilioPhoneNumber,
    forwarding_number: s.forwardingNumber,
    owner_phone: s.ownerPhone,
    owner_name: s.ownerName,
    voice_enabled: s.voiceEnabled ? 1 : 0,
    voice_mode: s.voiceMode,
    voice_greeting: s.voiceGreeting,
    voice_voice_id: s.voiceVoiceId,
    voice_max_duration: s.voiceMaxDuration,
    business_hours_start: s.businessHoursStart,
    business_hours_end: s.businessHoursEnd,
    business_days: JSON.stringify(s.businessDays),
    timezone: s.timezone,
    record_calls: s.recordCalls ? 1 : 0,
    delete_recordings_from_twilio: s.deleteRecordingsFromTwilio ? 1 : 0,
    speech_language: s.speechLanguage,
    trade_terms: JSON.stringify(s.tradeTerms),
    blocked_numbers: JSON.stringify(s.blockedNumbers),
    conversation_transport: s.conversationTransport,
    relay_tts_provider: s.relayTtsProvider,
    relay_voice: s.relayVoice,
    relay_transcription_provider: s.relayTranscriptionProvider,
    relay_interruptible: s.relayInterruptible,
    relay_interrupt_sensitivity: s.relayInterruptSensitivity,
    realtime_preferred: s.realtimePreferred ? 1 : 0,
    realtime_model: s.realtimeModel,
    realtime_turn_detection: s.realtimeTurnDetection,
    realtime_cost_cap_usd: s.realtimeCostCapUsd,
    ai_model: s.aiModel,
    ai_turn_budget_ms: s.aiTurnBudgetMs,
    ai_temperature: s.aiTemperature,
    ai_prices: JSON.stringify(s.aiPrices),
    text_back_enabled: s.textBackEnabled ? 1 : 0,
    text_back_template: s.textBackTemplate,
    setup_state: s.setupState,
  };
}

function fromRow(r: SettingsRow): Settings {
  return {
    businessName: r.business_name,
    twilioPhoneNumber: r.twilio_phone_number,
    forwardingNumber: r.forwarding_number,
    ownerPhone: r.owner_phone,
    ownerName: r.owner_name,
    voiceEnabled: r.voice_enabled === 1,
    voiceMode: r.voice_mode as Settings['voiceMode'],
    voiceGreeting: r.voice_greeting,
    voiceVoiceId: r.voice_voice_id,
    voiceMaxDuration: r.voice_max_duration,
    businessHoursStart: r.business_hours_start,
    businessHoursEnd: r.business_hours_end,
    businessDays: JSON.parse(r.business_days) as number[],
    timezone: r.timezone,
    recordCalls: r.record_calls === 1,
    deleteRecordingsFromTwilio: r.delete_recordings_from_twilio === 1,
    speechLanguage: r.speech_language,
    tradeTerms: JSON.parse(r.trade_terms) as string[],
    blockedNumbers: JSON.parse(r.blocked_numbers) as string[],
    conversationTransport: r.conversation_transport as Settings['conversationTransport'],
    relayTtsProvider: r.relay_tts_provider as Settings['relayTtsProvider'],
    relayVoice: r.relay_voice,
    relayTranscriptionProvider: r.relay_transcription_provider as Settings['relayTranscriptionProvider'],
    relayInterruptible: r.relay_interruptible as Settings['relayInterruptible'],
    relayInterruptSensitivity: r.relay_interrupt_sensitivity as Settings['relayInterruptSensitivity'],
    realtimePreferred: r.realtime_preferred === 1,
    realtimeModel: r.realtime_model,
    realtimeTurnDetection: r.realtime_turn_detection as Settings['realtimeTurnDetection'],
    realtimeCostCapUsd: r.realtime_cost_cap_usd,
    aiModel: r.ai_model,
    aiTurnBudgetMs: r.ai_turn_budget_ms,
    aiTemperature: r.ai_temperature,
    aiPrices: JSON.parse(r.ai_prices) as Settings['aiPrices'],
    textBackEnabled: r.text_back_enabled === 1,
    textBackTemplate: r.text_back_template,
    setupState: r.setup_state as Settings['setupState'],
  };
}

const columns = Object.keys(toRow(defaultSettings)) as (keyof SettingsRow)[];

/** The one business profile. Reads are cached: every webhook needs them and they rarely change. */
export class SettingsRepo {
  private cached: Settings | null = null;
  private readonly selectStmt;
  private readonly upsertStmt;

  constructor(db: Db) {
    this.selectStmt = db.prepare<[], SettingsRow>(`SELECT ${columns.join(', ')} FROM business_settings WHERE id = 1`);
    this.upsertStmt = db.prepare(
      `INSERT INTO business_settings (id, ${columns.join(', ')}, updated_at)
       VALUES (1, ${columns.map((c) => '@' + c).join(', ')}, @updated_at)
       ON CONFLICT(id) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = excluded.updated_at`,
    );
  }

  get(): Settings {
    if (this.cached) return this.cached;
    const row = this.selectStmt.get();
    this.cached = row ? fromRow(row) : defaultSettings;
    return this.cached;
  }

  /** Applies a validated patch and returns the whole profile. */
  update(patch: SettingsPatch): Settings {
    const next = Settings.parse({ ...this.get(), ...SettingsPatch.parse(patch) });
    this.upsertStmt.run({ ...toRow(next), updated_at: new Date().toISOString() });
    this.cached = next;
    return next;
  }
}
