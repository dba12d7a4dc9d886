import { z } from 'zod';

/** How a Twilio number routes voice calls: the fields Pickup sets, and the two that override them. */
export const NumberVoiceConfig = z.object({
  voiceUrl: z.string(),
  voiceMethod: z.string(),
  voiceFallbackUrl: z.string(),
  voiceFallbackMethod: z.string(),
  statusCallback: z.string(),
  statusCallbackMethod: z.string(),
  voiceApplicationSid: z.string(),
  trunkSid: z.string(),
});
export type NumberVoiceConfig = z.infer<typeof NumberVoiceConfig>;

/** One of the account's numbers that can take voice calls. */
export const TwilioNumber = z.object({
  sid: z.string(),
  phoneNumber: z.string(),
  friendlyName: z.string(),
  voiceUrl: z.string(),
  /** Its voice URL is this Pickup's, with nothing overriding it. */
  pointsAtPickup: z.boolean(),
});
export type TwilioNumber = z.infer<typeof TwilioNumber>;

export const tunnelStates = ['off', 'connecting', 'online', 'error'] as const;

/** The ngrok tunnel: off (and why), connecting, online at a URL, or failed with the reason. */
export const TunnelStatus = z.object({
  state: z.enum(tunnelStates),
  url: z.string().nullable(),
  /** Why it is off or failing, in the owner's words. */
  reason: z.string().nullable(),
  /** Failed attempts in a row; the next one waits longer. */
  attempts: z.number().int(),
  /** A warning before a plan limit is reached (requests this month). */
  quotaWarning: z.string().nullable(),
});
export type TunnelStatus = z.infer<typeof TunnelStatus>;

/** The number Pickup configured, and whether what was there before can be put back. */
export const ConfiguredNumber = z.object({
  sid: z.string(),
  phoneNumber: z.string(),
  /** The base URL the number was last pointed at. */
  pointedAt: z.string(),
  canRestore: z.boolean(),
});
export type ConfiguredNumber = z.infer<typeof ConfiguredNumber>;

export const PhoneLine = z.object({
  publicUrl: z.string(),
  tunnel: TunnelStatus,
  twilioCredentialsSet: z.boolean(),
  number: ConfiguredNumber.nullable(),
});
export type PhoneLine = z.infer<typeof PhoneLine>;

export const ChooseNumber = z
  .object({ sid: z.string().regex(/^PN[0-9a-fA-F]{32}$/, 'must be a Twilio number SID (PN...)') })
  .strict();

/** One link of the chain from a caller to Pickup, and what to do when it is broken. */
export const SetupCheck = z.object({
  /** `text`: a test text to the owner's phone, and how far it got. */
  link: z.enum(['credentials', 'number', 'tunnel', 'signature', 'text']),
  ok: z.boolean(),
  detail: z.string(),
  fix: z.string().nullable(),
});
export type SetupCheck = z.infer<typeof SetupCheck>;
export const SetupReport = z.object({ ok: z.boolean(), checks: z.array(SetupCheck) });
export type SetupReport = z.infer<typeof SetupReport>;
