/** The public listener's routes (contract §2, with streaming mode's `relayComplete`), plus `screen`, the owner's leg of a `<Dial>`. */
export const webhookPaths = {
  voice: '/api/webhooks/twilio/voice',
  gather: '/api/webhooks/twilio/voice/gather',
  /** The rest of a Gather turn's reply, after its first sentences or a filler (`?turn=N&part=K`). */
  gatherMore: '/api/webhooks/twilio/voice/gather-more',
  /** A Gather's `partialResultCallback`: the caller's words so far, to start the reply on. */
  gatherPartial: '/api/webhooks/twilio/voice/gather-partial',
  transfer: '/api/webhooks/twilio/voice/transfer',
  dialComplete: '/api/webhooks/twilio/voice/dial-complete',
  recording: '/api/webhooks/twilio/voice/recording',
  transcription: '/api/webhooks/twilio/voice/transcription',
  status: '/api/webhooks/twilio/voice/status',
  screen: '/api/webhooks/twilio/voice/screen',
  /** The `<Connect action>` of a ConversationRelay session. */
  relayComplete: '/api/webhooks/twilio/voice/relay-complete',
  /** The `<Connect action>` of a speech-to-speech Media Stream. */
  mediaComplete: '/api/webhooks/twilio/voice/media-complete',
  /** A text's delivery (the `StatusCallback` of each message Pickup sends). */
  messageStatus: '/api/webhooks/twilio/message-status',
} as const;

export type WebhookRoute = keyof typeof webhookPaths;

/** Builds absolute callback URLs on the public URL Twilio uses (and signs against). */
export type UrlFor = (path: string, query?: Record<string, string>) => string;

/** A WebSocket URL Twilio connects to (and signs): the public URL with a ws(s) scheme, then `path`. */
export function socketUrlOn(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '').replace(/^http/, 'ws')}${path}`;
}
