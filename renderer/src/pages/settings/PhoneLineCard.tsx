import { CheckCircle2, CircleAlert, Loader2, PhoneCall, RotateCcw, Stethoscope } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { PhoneLine, SetupReport, TwilioNumber, TunnelStatus } from '../../../../electron/shared/phoneLine';
import { api } from '../../api/client';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card';
import { Label } from '../../components/ui/label';
import { Select } from '../../components/ui/select';
import { errorMessage } from '../../lib/errors';

const tunnelLooks: Record<TunnelStatus['state'], { label: string; className: string }> = {
  online: { label: 'Online', className: 'bg-emerald-100 text-emerald-800' },
  connecting: { label: 'Connecting', className: 'bg-sky-100 text-sky-800' },
  error: { label: 'Not connected', className: 'bg-amber-100 text-amber-900' },
  off: { label: 'Local only', className: 'bg-muted text-muted-foreground' },
};

/** `off` with a public URL given (--public-url) is not a problem: Twilio reaches Pickup without ngrok. */
const publicWithoutTunnel = { label: 'Not needed', className: 'bg-muted text-muted-foreground' };
const isLoopback = (url: string) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url);

const linkNames: Record<SetupReport['checks'][number]['link'], string> = {
  credentials: 'Twilio account',
  number: 'Phone number',
  tunnel: 'Reachable from the internet',
  signature: 'Signed requests accepted',
};

/** The phone line: the tunnel Twilio comes through, the number pointed at Pickup, and a setup check. */
export function PhoneLineCard() {
  const [line, setLine] = useState<PhoneLine | null>(null);
  const [numbers, setNumbers] = useState<TwilioNumber[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState<'configure' | 'restore' | 'check' | null>(null);
  const [report, setReport] = useState<SetupReport | null>(null);

  const load = useCallback(async () => {
    try {
      const next = await api.getPhoneLine();
      setLine(next);
      if (next.twilioCredentialsSet) {
        const list = await api.listTwilioNumbers();
        setNumbers(list);
        setChosen((current) => current || next.number?.sid || list[0]?.sid || '');
      }
    } catch (error) {
      toast.error('Phone line not loaded', { description: errorMessage(error) });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (what: 'configure' | 'restore' | 'check', action: () => Promise<void>) => {
    setBusy(what);
    try {
      await action();
    } catch (error) {
      toast.error('That did not work', { description: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  };

  const configure = () =>
    run('configure', async () => {
      setLine(await api.configureTwilioNumber({ sid: chosen }));
      toast.success('Your number now rings Pickup');
    });
  const restore = () =>
    run('restore', async () => {
      setLine(await api.restoreTwilioNumber());
      toast.success('Your number is back to how it was');
    });
  const check = () => run('check', async () => setReport(await api.checkSetup()));

  const tunnel = line?.tunnel;
  const look =
    !tunnel || !line
      ? null
      : tunnel.state === 'off' && !isLoopback(line.publicUrl)
        ? publicWithoutTunnel
        : tunnelLooks[tunnel.state];
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <PhoneCall className="h-5 w-5" aria-hidden /> Phone line
        </CardTitle>
        <CardDescription>How Twilio reaches Pickup, and which of your numbers rings it.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        {line && tunnel && look ? (
          <div className="space-y-2 rounded-lg border p-4" aria-label="Tunnel">
            <div className="flex items-center justify-between gap-3">
              <span className="text-sm font-medium">ngrok tunnel</span>
              <Badge variant="custom" className={look.className}>
                {tunnel.state === 'connecting' && <Loader2 className="animate-spin" aria-hidden />}
                {look.label}
              </Badge>
            </div>
            <p className="font-mono text-xs break-all text-muted-foreground">{line.publicUrl}</p>
            {tunnel.reason && <p className="text-sm text-muted-foreground">{tunnel.reason}</p>}
            {tunnel.quotaWarning && (
              <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{tunnel.quotaWarning}</p>
            )}
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">Checking the phone line…</p>
        )}

        {line && !line.twilioCredentialsSet && (
          <p className="text-sm text-muted-foreground">
            Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN to choose your number here.
          </p>
        )}
        {numbers && (
          <div className="space-y-2">
            <Label htmlFor="twilio-number">Your Twilio number</Label>
            {numbers.length === 0 ? (
              <p className="text-sm text-muted-foreground">This account has no number that takes voice calls.</p>
            ) : (
              <Select id="twilio-number" value={chosen} onChange={(e) => setChosen(e.target.value)}>
                {numbers.map((n) => (
                  <option key={n.sid} value={n.sid}>
                    {n.friendlyName}
                    {n.pointsAtPickup ? ' (rings Pickup)' : ''}
                  </option>
                ))}
              </Select>
            )}
            {line?.number && (
              <p className="text-sm text-muted-foreground">
                {line.number.phoneNumber} points at <span className="font-mono break-all">{line.number.pointedAt}</span>, and
                follows it when it changes.
              </p>
            )}
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => void configure()} disabled={!chosen || busy !== null}>
                {busy === 'configure' && <Loader2 className="animate-spin" aria-hidden />} Point it at Pickup
              </Button>
              {line?.number?.canRestore && (
                <Button variant="outline" onClick={() => void restore()} disabled={busy !== null}>
                  <RotateCcw aria-hidden /> Restore previous setup
                </Button>
              )}
            </div>
          </div>
        )}

        <div className="space-y-3">
          <Button variant="outline" onClick={() => void check()} disabled={busy !== null}>
            {busy === 'check' ? <Loader2 className="animate-spin" aria-hidden /> : <Stethoscope aria-hidden />} Check my setup
          </Button>
          {report && (
            <ul className="space-y-3" aria-label="Setup check">
              {report.checks.map((c) => {
                const Icon = c.ok ? CheckCircle2 : CircleAlert;
                return (
                  <li key={c.link} className="flex gap-3">
                    <Icon
                      className={c.ok ? 'mt-0.5 size-4 shrink-0 text-emerald-600' : 'mt-0.5 size-4 shrink-0 text-amber-600'}
                      aria-hidden
                    />
                    <div className="text-sm">
                      <p className="font-medium">{linkNames[c.link]}</p>
                      <p className="text-muted-foreground">{c.detail}</p>
                      {c.fix && <p className="text-amber-800">{c.fix}</p>}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
