import { createServer, type Server } from 'node:http';

export interface SentMessage {
  accountSid: string;
  to: string;
  from: string;
  body: string;
}

export interface FakeTwilioRest {
  url: string;
  messages: SentMessage[];
  close(): Promise<void>;
}

/**
 * A stand-in for Twilio's Messages endpoint on 127.0.0.1, for tests of the owner's text: it
 * checks what Twilio checks (Basic auth with the account's SID and token, the account in the
 * path, To/From/Body present) and answers as Twilio does.
 */
export async function startFakeTwilioRest(accountSid: string, authToken: string): Promise<FakeTwilioRest> {
  const messages: SentMessage[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const reply = (status: number, body: object) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== expectedAuth) return reply(401, { code: 20003, message: 'Authenticate', status: 401 });
      const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match || match[1] !== accountSid)
        return reply(404, { code: 20404, message: 'Not found', status: 404 });
      const form = new URLSearchParams(raw);
      const [to, from, body] = [form.get('To'), form.get('From'), form.get('Body')];
      if (!to || !from || !body)
        return reply(400, { code: 21604, message: "A 'To', 'From' and 'Body' are required", status: 400 });
      messages.push({ accountSid, to, from, body });
      reply(201, {
        sid: `SM${messages.length.toString().padStart(32, '0')}`,
        account_sid: accountSid,
        to,
        from,
        body,
        status: 'queued',
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
