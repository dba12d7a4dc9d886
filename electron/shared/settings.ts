import { z } from 'zod';
import { toE164 } from './phone';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM (24-hour), e.g. 08:00');

const e164 = z.string().transform((value, ctx) => {
  if (value.trim() === '') return '';
  const normalised = toE164(value);
  if (!normalised) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a valid phone number` });
    return z.NEVER;
  }
  return normalised;
});

const timezone = z.string().refine(isKnownTimeZone, 'must be an IANA time zone, e.g. America/Denver');

function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

/**
 * What a model costs, in US dollars per million tokens, as on OpenAI's pricing page. Cached input
 * is the discounted rate for prompt tokens that hit OpenAI's prompt cache.
 */
export const ModelPrice = z
  .object({
    input: z.number().min(0).max(1000),
    cachedInput: z.number().min(0).max(1000),
    output: z.number().min(0).max(1000),
  })
  .strict();
export type ModelPrice = z.infer<typeof ModelPrice>;

/** Model names as OpenAI and OpenAI-compatible servers spell them: `gpt-4o-mini`, `llama3.1:8b`, `org/model`. */
const modelName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\w.:/@-]+$/, 'must be a model name such as gpt-4o-mini');

export const voiceModes = ['always', 'after_hours', 'overflow'] as const;

/**
 * How a conversation reaches the caller. `relay` streams over Twilio ConversationRelay (the
 * reply is spoken while the model is still writing it); `gather` is one webhook per turn; `auto`
 * streams when Twilio can reach the relay: a real Twilio account (not the local signing token)
 * and an https public URL, since ConversationRelay only connects to wss:// URLs.
 */
export const conversationTransports = ['auto', 'relay', 'gather'] as const;
export const ConversationTransport = z.enum(conversationTransports);
export type ConversationTransport = z.infer<typeof ConversationTransport>;
export const VoiceMode = z.enum(voiceModes);
export type VoiceMode = z.infer<typeof VoiceMode>;

/**
 * The business profile and voice settings. Field names are the seed's `clients` voice fields;
 * phone numbers are stored E.164 ('' when not set).
 */
export const Settings = z.object({
  businessName: z.string().trim().min(1).max(120),
  twilioPhoneNumber: e164,
  forwardingNumber: e164,
  ownerPhone: e164,
  ownerName: z.string().trim().max(80),
  voiceEnabled: z.boolean(),
  voiceMode: VoiceMode,
  voiceGreeting: z.string().trim().max(600),
  voiceVoiceId: z.string().trim().max(100),
  voiceMaxDuration: z.number().int().min(60).max(3600),
  businessHoursStart: hhmm,
  businessHoursEnd: hhmm,
  businessDays: z
    .array(z.number().int().min(0).max(6))
    .max(7)
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  timezone,
  recordCalls: z.boolean(),
  /** Delete a recording from Twilio once its download here is verified, so it lives only on this machine. */
  deleteRecordingsFromTwilio: z.boolean(),
  speechLanguage: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, 'must be a language tag such as en-US'),
  tradeTerms: z.array(z.string().trim().min(1).max(60)).max(100),
  blockedNumbers: z.array(e164).max(1000),
  conversationTransport: ConversationTransport,
  /** ConversationRelay's text-to-speech provider and voice (Twilio offers ElevenLabs, Google and Amazon). */
  relayTtsProvider: z.enum(['ElevenLabs', 'Google', 'Amazon']),
  relayVoice: z.string().trim().max(100),
  /** ConversationRelay's speech recognition provider. */
  relayTranscriptionProvider: z.enum(['Deepgram', 'Google']),
  /** What lets a caller cut the receptionist off mid-sentence (ConversationRelay `interruptible`). */
  relayInterruptible: z.enum(['any', 'speech', 'dtmf', 'none']),
  relayInterruptSensitivity: z.enum(['low', 'medium', 'high']),
  /** The model that answers calls when an OpenAI key is set. */
  aiModel: modelName,
  /**
   * How long a caller waits for the AI on one turn before the offline brain answers instead.
   * Twilio gives a webhook 15 s, and the fallback and the reply need some of it.
   */
  aiTurnBudgetMs: z.number().int().min(500).max(10_000),
  aiTemperature: z.number().min(0).max(2),
  /** Prices by model name; a dated snapshot (gpt-4o-mini-2024-07-18) is priced as its model. */
  aiPrices: z.record(modelName, ModelPrice).refine((prices) => Object.keys(prices).length <= 50, 'must list at most 50 models'),
});
export type Settings = z.infer<typeof Settings>;

/** PATCH /api/settings: any subset, unknown fields refused so a typo never silently does nothing. */
export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.input<typeof SettingsPatch>;

export const defaultSettings: Settings = {
  businessName: 'My Contracting Business',
  twilioPhoneNumber: '',
  forwardingNumber: '',
  ownerPhone: '',
  ownerName: '',
  voiceEnabled: true,
  voiceMode: 'after_hours',
  voiceGreeting: '',
  voiceVoiceId: 'Polly.Matthew',
  voiceMaxDuration: 300,
  businessHoursStart: '08:00',
  businessHoursEnd: '17:00',
  businessDays: [1, 2, 3, 4, 5],
  timezone: 'America/Denver',
  recordCalls: false,
  deleteRecordingsFromTwilio: false,
  speechLanguage: 'en-US',
  tradeTerms: [],
  blockedNumbers: [],
  conversationTransport: 'auto',
  relayTtsProvider: 'ElevenLabs',
  relayVoice: '',
  relayTranscriptionProvider: 'Deepgram',
  relayInterruptible: 'any',
  relayInterruptSensitivity: 'medium',
  aiModel: 'gpt-4o-mini',
  aiTurnBudgetMs: 6000,
  aiTemperature: 0.3,
  aiPrices: {
    'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
    'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
    'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
    'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
    'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
  },
};
