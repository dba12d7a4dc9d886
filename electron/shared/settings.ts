import { z } from 'zod';
import { toE164 } from './phone';
import { defaultTextBackTemplate, TextBackTemplate } from './textBack';

/** Messages for people: each says what to enter, not what the schema expected. */
const pickOne = 'Pick one of the choices in the list.';
const creativity = 'Enter a number from 0 (always the same words) to 2 (most varied).';
const costCap = 'Enter the most one call may cost in US dollars, from 0 to 50, such as 0.50. 0 means no limit.';
const price = z
  .number({ error: 'Enter a price in US dollars, such as 0.15.' })
  .min(0, 'A price cannot be below 0.')
  .max(1000, 'A price is at most 1000 dollars per million tokens.');

/** A whole number in a range; an empty box (NaN) gets the same sentence as one out of range. */
const wholeNumber = (message: string, min: number, max: number) =>
  z.number({ error: message }).int(message).min(min, message).max(max, message);

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time, such as 8:00 AM.');

const e164 = z.string().transform((value, ctx) => {
  if (value.trim() === '') return '';
  const normalised = toE164(value);
  if (!normalised) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a valid phone number. Enter it with the area code, like (303) 555-0111.`,
    });
    return z.NEVER;
  }
  return normalised;
});

const timezone = z.string().refine(isKnownTimeZone, 'Pick your time zone from the list, such as America/Denver.');

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
    input: price,
    cachedInput: price,
    output: price,
    /** Speech-to-speech models bill audio tokens apart from text (the three above are text). */
    audioInput: price.optional(),
    cachedAudioInput: price.optional(),
    audioOutput: price.optional(),
  })
  .strict();
export type ModelPrice = z.infer<typeof ModelPrice>;

/** Model names as OpenAI and OpenAI-compatible servers spell them: `gpt-4o-mini`, `llama3.1:8b`, `org/model`. */
const modelName = z
  .string()
  .trim()
  .min(1, 'Enter the name of a model, such as gpt-4o-mini.')
  .max(100, 'A model name is at most 100 characters.')
  .regex(/^[\w.:/@-]+$/, 'Enter a model name with no spaces, such as gpt-4o-mini.');

export const voiceModes = ['always', 'after_hours', 'overflow'] as const;

/**
 * How a conversation reaches the caller. `relay` streams over Twilio ConversationRelay (the
 * reply is spoken while the model is still writing it); `gather` is one webhook per turn;
 * `realtime` is speech to speech (OpenAI Realtime hears and speaks over Twilio Media Streams);
 * `auto` streams when Twilio can reach the relay: a real Twilio account (not the local signing
 * token) and an https public URL, since ConversationRelay only connects to wss:// URLs, and
 * speaks speech to speech there when an OpenAI key is set and `realtimePreferred` is on.
 */
export const conversationTransports = ['auto', 'relay', 'gather', 'realtime'] as const;
export const ConversationTransport = z.enum(conversationTransports, { error: pickOne });
export type ConversationTransport = z.infer<typeof ConversationTransport>;
export const VoiceMode = z.enum(voiceModes, { error: pickOne });
export type VoiceMode = z.infer<typeof VoiceMode>;

/**
 * The business profile and voice settings. Field names are the seed's `clients` voice fields;
 * phone numbers are stored E.164 ('' when not set).
 */
export const Settings = z.object({
  businessName: z.string().trim().min(1, 'Enter your business name.').max(120, 'Keep the business name under 120 characters.'),
  twilioPhoneNumber: e164,
  forwardingNumber: e164,
  ownerPhone: e164,
  ownerName: z.string().trim().max(80, 'Keep your name under 80 characters.'),
  voiceEnabled: z.boolean(),
  voiceMode: VoiceMode,
  voiceGreeting: z.string().trim().max(600, 'Keep the greeting under 600 characters: callers hang up on long ones.'),
  voiceVoiceId: z.string().trim().max(100, 'A voice name is at most 100 characters.'),
  voiceMaxDuration: wholeNumber('The longest call must be from 1 to 60 minutes, in whole minutes.', 60, 3600),
  businessHoursStart: hhmm,
  businessHoursEnd: hhmm,
  businessDays: z
    .array(wholeNumber('Pick days from Sunday to Saturday.', 0, 6))
    .max(7, 'A week has seven days: pick each day once.')
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  timezone,
  recordCalls: z.boolean(),
  /** Delete a recording from Twilio once its download here is verified, so it lives only on this machine. */
  deleteRecordingsFromTwilio: z.boolean(),
  speechLanguage: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, 'Pick a language, such as en-US.'),
  tradeTerms: z
    .array(z.string().trim().min(1, 'A trade word cannot be empty.').max(60, 'A trade word is at most 60 characters.'))
    .max(100, 'Keep the list to 100 trade words.'),
  blockedNumbers: z.array(e164).max(1000, 'You can block up to 1000 numbers.'),
  conversationTransport: ConversationTransport,
  /** ConversationRelay's text-to-speech provider and voice (Twilio offers ElevenLabs, Google and Amazon). */
  relayTtsProvider: z.enum(['ElevenLabs', 'Google', 'Amazon'], { error: pickOne }),
  relayVoice: z.string().trim().max(100, 'A voice name is at most 100 characters.'),
  /** ConversationRelay's speech recognition provider. */
  relayTranscriptionProvider: z.enum(['Deepgram', 'Google'], { error: pickOne }),
  /** What lets a caller cut the receptionist off mid-sentence (ConversationRelay `interruptible`). */
  relayInterruptible: z.enum(['any', 'speech', 'dtmf', 'none'], { error: pickOne }),
  relayInterruptSensitivity: z.enum(['low', 'medium', 'high'], { error: pickOne }),
  /** The owner picked "most natural voice": `auto` speaks speech to speech where it can. */
  realtimePreferred: z.boolean(),
  /** The speech-to-speech model (`gpt-realtime`, or `gpt-realtime-mini` for less). */
  realtimeModel: modelName,
  /** How the speech-to-speech model hears a turn end: by silence, or by what was said (semantic). */
  realtimeTurnDetection: z.enum(['server_vad', 'semantic_vad'], { error: pickOne }),
  /**
   * The most one speech-to-speech call may cost OpenAI, in US dollars (0: no limit). Past it the
   * receptionist says goodbye, promising a callback, and the call ends with its lead kept.
   */
  realtimeCostCapUsd: z.number({ error: costCap }).min(0, costCap).max(50, costCap),
  /** The model that answers calls when an OpenAI key is set. */
  aiModel: modelName,
  /**
   * How long a caller waits for the AI on one turn before the offline brain answers instead.
   * Twilio gives a webhook 15 s, and the fallback and the reply need some of it.
   */
  aiTurnBudgetMs: wholeNumber('Wait from 500 to 10000 milliseconds (half a second to 10 seconds).', 500, 10_000),
  aiTemperature: z.number({ error: creativity }).min(0, creativity).max(2, creativity),
  /** Prices by model name; a dated snapshot (gpt-4o-mini-2024-07-18) is priced as its model. */
  aiPrices: z.record(modelName, ModelPrice).refine((prices) => Object.keys(prices).length <= 50, 'List at most 50 model prices.'),
  /** After a real enquiry, one text to the caller: who got their message and when they will hear back. */
  textBackEnabled: z.boolean(),
  /** That text in the owner's words, with {business}, {name}, {need}, {when} and {owner}. */
  textBackTemplate: TextBackTemplate,
  /** The welcome is shown until the owner finishes it (done) or skips it. */
  setupState: z.enum(['pending', 'done', 'skipped']),
});
export type Settings = z.infer<typeof Settings>;

/** PATCH /api/settings: any subset, unknown fields refused so a typo never silently does nothing. */
export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.input<typeof SettingsPatch>;

/** OpenAI's speech-to-speech prices (US dollars per million tokens), text and audio apart. */
export const realtimePrices: Record<string, ModelPrice> = {
  'gpt-realtime': { input: 4, cachedInput: 0.4, output: 16, audioInput: 32, cachedAudioInput: 0.4, audioOutput: 64 },
  'gpt-realtime-mini': { input: 0.6, cachedInput: 0.06, output: 2.4, audioInput: 10, cachedAudioInput: 0.3, audioOutput: 20 },
};

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
  realtimePreferred: false,
  realtimeModel: 'gpt-realtime',
  realtimeTurnDetection: 'server_vad',
  realtimeCostCapUsd: 0,
  aiModel: 'gpt-4o-mini',
  aiTurnBudgetMs: 6000,
  aiTemperature: 0.3,
  aiPrices: {
    'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
    'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
    'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
    'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
    'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
    ...realtimePrices,
  },
  textBackEnabled: true,
  textBackTemplate: defaultTextBackTemplate,
  setupState: 'pending',
};
