import { signWebhookRequest } from './signature';

export interface MessageStatusCallback {
  /** The message's `StatusCallback` URL, as Pickup gave it to Twilio. */
  url: string;
  authToken: string;
  messageSid: string;
  status: string;
  to: string;
  from: string;
  accountSid?: string;
  errorCode?: number;
}

/** Posts a message status callback signed as Twilio signs it, with the parameters Twilio sends; resolves with the HTTP status. */
export async function sendMessageStatus(callback: MessageStatusCallback): Promise<number> {
  const params: Record<string, string> = {
    MessageSid: callback.messageSid,
    SmsSid: callback.messageSid,
    MessageStatus: callback.status,
    SmsStatus: callback.status,
    To: callback.to,
    From: callback.from,
    AccountSid: callback.accountSid ?? `AC${'0'.repeat(32)}`,
    ApiVersion: '2010-04-01',
    ...(callback.errorCode === undefined ? {} : { ErrorCode: String(callback.errorCode) }),
  };
  const request = signWebhookRequest(callback.authToken, 'POST', callback.url, params);
  const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  await response.arrayBuffer();
  return response.status;
}
