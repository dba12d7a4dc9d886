import { Loader2, PhoneCall, RotateCcw, Stethoscope } from 'lucide-react';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { TunnelStatus } from '../../../../electron/shared/phoneLine';
import { SetupCheckList } from '../../components/SetupCheckList';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card';
import { Label } from '../../components/ui/label';
import { Select } from '../../components/ui/select';
import { errorMessage } from '../../lib/errors';
import { usePhoneLine, usePhoneLineChange, useSetupCheck, useTwilioNumbers } from '../../queries/phoneLine';

const tunnelLooks: Record<TunnelStatus['state'], { label: string; className: string }> = {
  online: { label: 'Online', className: 'bg-emerald-100 text-emerald-800' },
  connecting: { label: 'Connecting', className: 'bg-sky-100 text-sky-800' },
  error: { label: 'Not connected', className: 'bg-amber-100 text-amber-900' },
  off: { label: 'Local only', className: 'bg-muted text-muted-foreground' },
};

/** `off` with a public URL given (--public-url) is not a problem: Twilio reaches Pickup without ngrok. */
const publicWithoutTunnel = { label: 'Not needed', className: 'bg-muted text-muted-foreground' };
const isLoopback = (url: string) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url);

/** The phone line: the tunnel Twilio comes through, the number pointed at Pickup, and a setup check. */
export function PhoneLineCard() {
  const lineQuery = usePhoneLine();
  const line = lineQuery.data ?? null;
  const numbersQuery = useTwilioNumbers(line?.twilioCredentialsSet ?? false);
  const numbers = numbersQuery.data ?? null;
  const [picked, setPicked] = useState('');
  const chosen = picked || line?.number?.sid || numbers?.[0]?.sid || '';
  const change = usePhoneLineChange();
  const setupCheck = useSetupCheck();
  const report = setupCheck.data;
  const busy = change.isPending
    ? change.variables === 'restore'
      ? 'restore'
      : 'configure'
    : setupCheck.isPending
      ? 'check'
      : null;

  const loadError = lineQuery.error ?? numbersQuery.error;
  useEffect(() => {
    if (loadError) toast.error('Phone line not loaded', { description: errorMessage(loadError) });
  }, [loadError]);

  const failed = (error: Error) => toast.error('That did not work', { description: errorMessage(error) });
  const configure = () =>
    change.mutate({ configure: chosen }, { onSuccess: () => toast.success('Your number now rings Pickup'), onError: failed });
  const restore = () =>
    change.mutate('restore', { onSuccess: () => toast.success('Your number is back to how it was'), onError: failed });
  const check = () => setupCheck.mutate(undefined, { onError: failed });

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
              <span className="text-sm font-medium">Link from the internet (ngrok)</span>
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
            Connect your Twilio account under Connections to choose which of your numbers rings Pickup.
          </p>
        )}
        {numbers && (
          <div className="space-y-2">
            <Label htmlFor="twilio-number">Your Twilio number</Label>
            {numbers.length === 0 ? (
              <p className="text-sm text-muted-foreground">This account has no number that takes voice calls.</p>
            ) : (
              <Select id="twilio-number" value={chosen} onChange={(e) => setPicked(e.target.value)}>
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
              <Button onClick={configure} disabled={!chosen || busy !== null}>
                {busy === 'configure' && <Loader2 className="animate-spin" aria-hidden />} Point it at Pickup
              </Button>
              {line?.number?.canRestore && (
                <Button variant="outline" onClick={restore} disabled={busy !== null}>
                  <RotateCcw aria-hidden /> Restore previous setup
                </Button>
              )}
            </div>
          </div>
        )}

        <div className="space-y-3">
          <Button variant="outline" onClick={check} disabled={busy !== null}>
            {busy === 'check' ? <Loader2 className="animate-spin" aria-hidden /> : <Stethoscope aria-hidden />} Check my setup
          </Button>
          {(report || setupCheck.isPending) && <SetupCheckList report={report} checking={setupCheck.isPending} />}
        </div>
      </CardContent>
    </Card>
  );
}
