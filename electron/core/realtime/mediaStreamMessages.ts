import { z } from 'zod';

/**
 * Twilio Media Streams' messages on a bidirectional `<Connect><Stream>` (Twilio's "WebSocket
 * messages" reference): what Twilio sends, and the three Pickup may send back. Only the fields
 * Pickup reads are checked; Twilio may add others.
 */
const sequenced = { sequenceNumber: z.string().optional(), streamSid: z.string().optional() };

export const ConnectedMessage = z.object({ event: z.literal('connected'), protocol: z.string().optional() });
export const StartMessage = z.object({
  event: z.literal('start'),
  ...sequenced,
  start: z.object({
    streamSid: z.string().min(1).max(64),
    callSid: z.string().min(1).max(64),
    accountSid: z.string().max(64).optional(),
    customParameters: z.record(z.string(), z.string()).optional(),
    mediaFormat: z.object({ encoding: z.string(), sampleRate: z.number(), channels: z.number() }).optional(),
  }),
});
export type StartMessage = z.infer<typeof StartMessage>;
export const MediaMessage = z.object({
  event: z.literal('media'),
  ...sequenced,
  media: z.object({ payload: z.string().max(8000), track: z.string().optional(), timestamp: z.string().optional() }),
});
export const MarkMessage = z.object({ event: z.literal('mark'), ...sequenced, mark: z.object({ name: z.string().max(200) }) });
export const DtmfMessage = z.object({ event: z.literal('dtmf'), ...sequenced, dtmf: z.object({ digit: z.string().max(2) }) });
export const StopMessage = z.object({ event: z.literal('stop'), ...sequenced });

export const StreamInbound = z.discriminatedUnion('event', [
  ConnectedMessage,
  StartMessage,
  MediaMessage,
  MarkMessage,
  DtmfMessage,
  StopMessage,
]);
export type StreamInbound = z.infer<typeof StreamInbound>;

export const StreamOutbound = z.discriminatedUnion('event', [
  z.object({ event: z.literal('media'), streamSid: z.string(), media: z.object({ payload: z.string() }) }),
  z.object({ event: z.literal('mark'), streamSid: z.string(), mark: z.object({ name: z.string() }) }),
  z.object({ event: z.literal('clear'), streamSid: z.string() }),
]);
export type StreamOutbound = z.infer<typeof StreamOutbound>;

/** A Media Streams message, or null for anything that is not one (logged by the socket, never thrown). */
export function parseStreamInbound(raw: string): StreamInbound | null {
  try {
    const parsed = StreamInbound.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
