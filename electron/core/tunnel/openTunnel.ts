import ngrok from '@ngrok/ngrok';

export interface Tunnel {
  url: string;
  close(): Promise<void>;
}

/** Forwards the public listener (and only it) through ngrok; `domain` keeps the URL across restarts. */
export async function openTunnel(args: { port: number; authtoken: string; domain?: string }): Promise<Tunnel> {
  const listener = await ngrok.forward({
    addr: `127.0.0.1:${args.port}`,
    authtoken: args.authtoken,
    ...(args.domain ? { domain: args.domain } : {}),
  });
  const url = listener.url();
  if (!url) throw new Error('ngrok opened a tunnel without a URL');
  return { url, close: () => listener.close() };
}
