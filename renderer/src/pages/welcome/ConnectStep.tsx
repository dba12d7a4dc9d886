import * as RadioGroup from '@radix-ui/react-radio-group';
import { CheckCircle2, Loader2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import { errorMessage } from '../../lib/errors';
import { formatPhone } from '../../lib/format';
import { useConnections } from '../../queries/connections';
import { usePhoneLine, usePhoneLineChange, useTwilioNumbers } from '../../queries/phoneLine';
import { NgrokAccountForm, OpenAiAccountForm, TwilioAccountForm } from '../connections/AccountForms';
import { StepButtons } from './StepButtons';

/** Twilio's default friendly name is the number itself, formatted: not worth a second line. */
function isJustTheNumber(friendlyName: string, phoneNumber: string): boolean {
  const digits = friendlyName.replace(/\D/g, '');
  return digits.length >= 7 && phoneNumber.replace(/\D/g, '').endsWith(digits);
}

const isLoopback = (url: string) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url);

/** Picks one of the account's numbers and points it at Pickup (keeping what was there, to restore). */
function NumberPicker({ reachable }: { reachable: boolean }) {
  const line = usePhoneLine().data;
  const numbers = useTwilioNumbers(true);
  const change = usePhoneLineChange();
  const [picked, setPicked] = useState('');
  const chosen = picked || line?.number?.sid || numbers.data?.[0]?.sid || '';
  if (numbers.isPending) return <p className="text-sm text-muted-foreground">Looking up your Twilio numbers…</p>;
  if (numbers.error)
    return <p className="text-sm text-destructive">Your numbers could not be listed: {errorMessage(numbers.error)}</p>;
  if (numbers.data.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        This Twilio account has no phone number that takes calls yet: buy one in the Twilio Console (Phone Numbers, Buy a number),
        then come back here.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <RadioGroup.Root value={chosen} onValueChange={setPicked} aria-label="Your Twilio number" className="grid gap-2">
        {numbers.data.map((number) => (
          <RadioGroup.Item
            key={number.sid}
            value={number.sid}
            className={cn(
              'flex items-center justify-between gap-3 rounded-lg border p-3 text-left focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
              chosen === number.sid ? 'border-primary ring-1 ring-primary' : 'hover:bg-muted/40',
            )}
          >
            <span>
              <span className="block font-medium">{formatPhone(number.phoneNumber)}</span>
              {!isJustTheNumber(number.friendlyName, number.phoneNumber) && (
                <span className="block text-sm text-muted-foreground">{number.friendlyName}</span>
              )}
            </span>
            {number.pointsAtPickup && (
              <span className="flex items-center gap-1 text-sm text-emerald-800">
                <CheckCircle2 className="size-4" aria-hidden /> Rings Pickup
              </span>
            )}
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
      {!reachable && (
        <p className="text-sm text-muted-foreground">
          Connect ngrok first: Twilio needs an address to send this number's calls to.
        </p>
      )}
      <Button onClick={() => change.mutate({ configure: chosen })} disabled={!reachable || !chosen || change.isPending}>
        {change.isPending && <Loader2 className="animate-spin" aria-hidden />}
        Use this number for Pickup
      </Button>
      {change.isSuccess && (
        <p role="status" className="text-sm text-emerald-800">
          Your number now rings Pickup. Its old settings are kept: Settings, Phone line puts them back.
        </p>
      )}
      {change.error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {errorMessage(change.error)}
        </p>
      )}
    </div>
  );
}

/** The welcome's fourth step: the accounts that put Pickup on the owner's real number. */
export function ConnectStep({ onDone, onBack }: { onDone(): void; onBack(): void }) {
  const connections = useConnections().data;
  const line = usePhoneLine().data;
  if (!connections || !line) return <p className="text-sm text-muted-foreground">Loading…</p>;
  const publicAddress = !isLoopback(line.publicUrl);
  const tunnelOnline = connections.ngrok.tunnel.state === 'online';
  // With a public address of its own (--public-url), Pickup needs no tunnel.
  const reachable = tunnelOnline || (publicAddress && connections.ngrok.tunnel.state === 'off');
  return (
    <div className="space-y-6">
      <section className="space-y-3" aria-labelledby="welcome-twilio">
        <h3 id="welcome-twilio" className="font-semibold">
          1. Your Twilio account
        </h3>
        <TwilioAccountForm state={connections.twilio} accountSid={connections.twilio.accountSid} />
      </section>
      <section className="space-y-3" aria-labelledby="welcome-ngrok">
        <h3 id="welcome-ngrok" className="font-semibold">
          2. A way for Twilio to reach this computer
        </h3>
        {publicAddress && !connections.ngrok.connected ? (
          <p className="text-sm text-muted-foreground">Not needed: Pickup already has a public address ({line.publicUrl}).</p>
        ) : (
          <>
            <NgrokAccountForm state={connections.ngrok} domain={connections.ngrok.domain} />
            {connections.ngrok.connected && !tunnelOnline && (
              <p className="text-sm text-muted-foreground" role="status">
                {connections.ngrok.tunnel.reason ?? 'Opening the tunnel…'}
              </p>
            )}
          </>
        )}
      </section>
      <section className="space-y-3" aria-labelledby="welcome-number">
        <h3 id="welcome-number" className="font-semibold">
          3. Your number
        </h3>
        {connections.twilio.connected ? (
          <NumberPicker reachable={reachable} />
        ) : (
          <p className="text-sm text-muted-foreground">Connect Twilio above to see your numbers.</p>
        )}
      </section>
      <section className="space-y-3" aria-labelledby="welcome-openai">
        <h3 id="welcome-openai" className="font-semibold">
          4. A more natural receptionist (optional)
        </h3>
        <OpenAiAccountForm state={connections.openai} />
      </section>
      <StepButtons back={{ label: 'Back', onClick: onBack }} next="Continue" onNext={onDone} />
    </div>
  );
}
