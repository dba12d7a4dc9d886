import { CheckCircle2, CircleAlert, Loader2, Stethoscope } from 'lucide-react';
import { useEffect } from 'react';
import type { SetupReport } from '../../../../electron/shared/phoneLine';
import { Button } from '../../components/ui/button';
import { errorMessage } from '../../lib/errors';
import { useSetupCheck } from '../../queries/phoneLine';
import { StepButtons } from './StepButtons';

const linkNames: Record<SetupReport['checks'][number]['link'], string> = {
  credentials: 'Your Twilio account',
  number: 'Your number rings Pickup',
  tunnel: 'Twilio can reach this computer',
  signature: 'Calls from Twilio are accepted',
  text: 'Texts reach your phone',
};

/** The welcome's last step: every link from a caller to Pickup, green, or with what to do about it. */
export function CheckStep({ onDone, onBack, finishing }: { onDone(): void; onBack(): void; finishing: boolean }) {
  const check = useSetupCheck();
  const { mutate } = check;
  useEffect(() => mutate(), [mutate]);
  const report = check.data;
  return (
    <div className="space-y-4">
      <Button variant="outline" onClick={() => mutate()} disabled={check.isPending}>
        {check.isPending ? <Loader2 className="animate-spin" aria-hidden /> : <Stethoscope aria-hidden />}
        Check my setup again
      </Button>
      {check.error && <p className="text-sm text-destructive">{errorMessage(check.error)}</p>}
      {report && (
        <ul className="space-y-2" aria-label="Setup check">
          {report.checks.map((item) => (
            <li key={item.link} className="flex items-start gap-2 rounded-lg border p-3">
              {item.ok ? (
                <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-emerald-700" aria-label="working" />
              ) : (
                <CircleAlert className="mt-0.5 size-4 shrink-0 text-amber-700" aria-label="needs attention" />
              )}
              <span className="text-sm">
                <span className="block font-medium">{linkNames[item.link]}</span>
                <span className="block text-muted-foreground">{item.ok ? item.detail : (item.fix ?? item.detail)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-muted-foreground">
        Anything still amber can wait: Pickup answers test calls now, and Settings has every step again.
      </p>
      <StepButtons back={{ label: 'Back', onClick: onBack }} next="Finish setup" busy={finishing} onNext={onDone} />
    </div>
  );
}
