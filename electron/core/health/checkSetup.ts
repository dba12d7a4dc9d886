import type { NumberVoiceConfig, SetupCheck, SetupReport, TunnelStatus } from '../../shared/phoneLine';
import { webhookPaths } from '../calls/webhookPaths';
import { signWebhookRequest } from '../twilio/simulator/signature';
import { pointsAt } from '../twilio/numberConfig';

export interface SetupCheckDeps {
  publicUrl: string;
  authToken: string;
  /** Webhooks are signed with Pickup's own token: Twilio's real calls would be refused. */
  localSigning: boolean;
  tunnel: TunnelStatus;
  verifyCredentials: () => Promise<{ ok: boolean; detail: string }>;
  configuredNumber: { phoneNumber: string } | null;
  currentConfig: () => Promise<NumberVoiceConfig | null>;
  fetch: typeof fetch;
  /** The test text to the owner (see testText); left out where texts cannot be sent. */
  testText?: () => Promise<SetupCheck>;
}

const isLocal = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/** A status callback for a call Pickup never saw: answered with empty TwiML, nothing stored. */
const probeParams = { CallSid: `CA${'0'.repeat(32)}`, CallStatus: 'completed', From: '+15005550006', To: '+15005550006' };

async function post(deps: SetupCheckDeps, signed: boolean): Promise<number | string> {
  const url = `${deps.publicUrl.replace(/\/+$/, '')}${webhookPaths.status}`;
  const request = signWebhookRequest(deps.authToken, 'POST', url, probeParams);
  try {
    const response = await deps.fetch(request.url, {
      method: 'POST',
      headers: signed ? request.headers : { 'content-type': 'application/x-www-form-urlencoded' },
      body: request.body,
      signal: AbortSignal.timeout(10_000),
    });
    return response.status;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * "Check my setup": each link from a caller to Pickup, in order, with what to do about a broken
 * one. The tunnel and signature checks go out and back in through the public URL, as Twilio does.
 */
export async function checkSetup(deps: SetupCheckDeps): Promise<SetupReport> {
  const checks: SetupCheck[] = [];
  const credentials = await deps.verifyCredentials();
  checks.push({
    link: 'credentials',
    ok: credentials.ok && !deps.localSigning,
    detail: deps.localSigning ? 'no Twilio auth token: only simulated calls are accepted' : credentials.detail,
    fix:
      credentials.ok && !deps.localSigning
        ? null
        : 'Copy your Account SID and Auth Token from console.twilio.com into Pickup (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN), then restart it.',
  });

  const config = credentials.ok ? await deps.currentConfig().catch(() => null) : null;
  const numberOk = config !== null && pointsAt(config, deps.publicUrl);
  checks.push({
    link: 'number',
    ok: numberOk,
    detail: !deps.configuredNumber
      ? 'no Twilio number is set up for Pickup'
      : numberOk
        ? `${deps.configuredNumber.phoneNumber} sends its calls to ${deps.publicUrl}`
        : `${deps.configuredNumber.phoneNumber} does not send its calls to ${deps.publicUrl}`,
    fix: numberOk
      ? null
      : 'Pick your number and point it at Pickup: "Use this number for Pickup" in the welcome, or "Point it at Pickup" under Settings, Phone line.',
  });

  if (isLocal(deps.publicUrl)) {
    checks.push({
      link: 'tunnel',
      ok: false,
      detail: deps.tunnel.reason ?? `Pickup is only reachable on this computer (${deps.publicUrl})`,
      fix:
        deps.tunnel.state === 'error'
          ? 'Check the ngrok authtoken and domain, and the internet connection; Pickup keeps retrying.'
          : 'Add your ngrok authtoken (free at dashboard.ngrok.com) so Twilio can reach Pickup.',
    });
  } else {
    // Unsigned, it must come back refused by Pickup's own signature check: proof it came through.
    const status = await post(deps, false);
    checks.push({
      link: 'tunnel',
      ok: status === 403,
      detail:
        status === 403
          ? `${deps.publicUrl} reaches Pickup from the internet`
          : `${deps.publicUrl} did not reach Pickup (${status})`,
      fix: status === 403 ? null : 'Restart Pickup; if it persists, check the ngrok dashboard for this endpoint.',
    });
  }

  const signed = await post(deps, true);
  const unreachable = typeof signed === 'string';
  checks.push({
    link: 'signature',
    ok: signed === 200,
    detail:
      signed === 200
        ? 'a request signed as Twilio signs it is accepted at the public URL'
        : unreachable
          ? `could not be checked: the public URL did not answer (${signed})`
          : `a signed request was refused (${signed})`,
    fix:
      signed === 200
        ? null
        : unreachable
          ? 'Fix the tunnel first, then check again.'
          : 'The auth token or public URL Pickup checks signatures against is not the one Twilio uses: set TWILIO_AUTH_TOKEN and --public-url exactly as Twilio sees them.',
  });
  if (deps.testText) checks.push(await deps.testText());
  return { ok: checks.every((c) => c.ok), checks };
}
