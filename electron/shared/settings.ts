import { z } from 'zod';
import { toE164 } from './phone';

const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM (24-hour), e.g. 08:00');

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

export const voiceModes = ['always', 'after_hours', 'overflow'] as const;
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
  speechLanguage: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, 'must be a language tag such as en-US'),
  tradeTerms: z.array(z.string().trim().min(1).max(60)).max(100),
  blockedNumbers: z.array(e164).max(1000),
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
  speechLanguage: 'en-US',
  tradeTerms: [],
  blockedNumbers: [],
};
