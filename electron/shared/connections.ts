import { z } from 'zod';
import { TunnelStatus } from './phoneLine';

/** Where a connected account's credentials come from: pasted in the app, or the environment (which wins). */
export const ConnectionSource = z.enum(['app', 'env']).nullable();
export type ConnectionSource = z.infer<typeof ConnectionSource>;

export const TwilioConnection = z.object({
  connected: z.boolean(),
  source: ConnectionSource,
  /** Safe to show: the account SID is an identifier, not a secret. */
  accountSid: z.string().nullable(),
});
export type TwilioConnection = z.infer<typeof TwilioConnection>;

export const OpenAiConnection = z.object({
  connected: z.boolean(),
  source: ConnectionSource,
});
export type OpenAiConnection = z.infer<typeof OpenAiConnection>;

export const NgrokConnection = z.object({
  connected: z.boolean(),
  source: ConnectionSource,
  /** The reserved domain, when one was given. */
  domain: z.string().nullable(),
  tunnel: TunnelStatus,
});
export type NgrokConnection = z.infer<typeof NgrokConnection>;

/** Where the pasted secrets are kept, so the owner knows how well they are protected. */
export const SecretProtection = z.object({
  /** keychain: the operating system's keystore; encrypted-file: the desktop's safeStorage; file: readable by this user only. */
  kind: z.enum(['keychain', 'encrypted-file', 'file']),
  osProtected: z.boolean(),
  description: z.string(),
});
export type SecretProtection = z.infer<typeof SecretProtection>;

/** `GET /api/connections` (contract: connected accounts). Never a secret. */
export const Connections = z.object({
  twilio: TwilioConnection,
  openai: OpenAiConnection,
  ngrok: NgrokConnection,
  secrets: SecretProtection,
});
export type Connections = z.infer<typeof Connections>;

export const connectionNames = ['twilio', 'openai', 'ngrok'] as const;
export const ConnectionName = z.enum(connectionNames, {
  error: 'That is not an account Pickup connects: use twilio, openai or ngrok.',
});
export type ConnectionName = z.infer<typeof ConnectionName>;

/** A pasted value: surrounding spaces (a copy from a web page) are dropped; one inside it is a mistake. */
const pasted = (what: string, pattern: RegExp, hint: string) =>
  z
    .string({ error: `Paste your ${what}.` })
    .trim()
    .min(1, `Paste your ${what}.`)
    .max(300, `That is too long to be a ${what}: ${hint}`)
    .regex(pattern, `That does not look like a ${what}: ${hint}`);

export const ConnectTwilio = z.object({
  accountSid: pasted(
    'Twilio Account SID',
    /^AC[0-9a-fA-F]{32}$/,
    'it starts with AC and has 34 characters. Copy it from the Twilio Console, Account Info.',
  ),
  authToken: pasted(
    'Twilio Auth Token',
    /^[0-9a-fA-F]{32}$/,
    'it has 32 letters and digits. Copy it from the Twilio Console, Account Info (click Show first).',
  ),
});
export type ConnectTwilio = z.infer<typeof ConnectTwilio>;

export const ConnectOpenAi = z.object({
  apiKey: pasted(
    'OpenAI API key',
    /^sk-[A-Za-z0-9_-]{16,}$/,
    'it starts with sk- and has no spaces. Create one at platform.openai.com, API keys.',
  ),
});
export type ConnectOpenAi = z.infer<typeof ConnectOpenAi>;

export const ConnectNgrok = z.object({
  authtoken: pasted(
    'ngrok authtoken',
    /^[A-Za-z0-9_-]{20,}$/,
    'it is one long word of letters, digits and _. Copy it from dashboard.ngrok.com, Your Authtoken.',
  ),
  // An empty field means no reserved domain: ngrok then gives a new address on each start.
  domain: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .string()
      .trim()
      .toLowerCase()
      .max(253)
      .regex(
        /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/,
        'That does not look like a domain: copy it from dashboard.ngrok.com, Domains (for example summit-roofing.ngrok.app).',
      )
      .optional(),
  ),
});
export type ConnectNgrok = z.infer<typeof ConnectNgrok>;
