import { randomBytes } from 'node:crypto';

/** A Twilio-style SID: a two-letter prefix (CA, AC, RE, TR) and 32 hex digits. */
export function newSid(prefix: string): string {
  return prefix + randomBytes(16).toString('hex');
}

export function recordingUrl(accountSid: string, recordingSid: string): string {
  return `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings/${recordingSid}`;
}

export function transcriptionUrl(accountSid: string, transcriptionSid: string): string {
  return `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Transcriptions/${transcriptionSid}`;
}

/** Twilio's status-callback Timestamp format (RFC 2822), e.g. "Tue, 10 Dec 2019 16:56:22 +0000". */
export function rfc2822(epochMs: number): string {
  return new Date(epochMs).toUTCString().replace('GMT', '+0000');
}
