import { Loader2, Stethoscope } from 'lucide-react';
import { useEffect } from 'react';
import { SetupCheckList } from '../../components/SetupCheckList';
import { Button } from '../../components/ui/button';
import { errorMessage } from '../../lib/errors';
import { useSetupCheck } from '../../queries/phoneLine';
import { StepButtons } from './StepButtons';

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
      {/* Idle is the moment before the check starts on arrival: the rows are laid out already. */}
      {!check.error && <SetupCheckList report={report} checking={check.isIdle || check.isPending} />}
      <p className="text-sm text-muted-foreground">
        Anything still amber can wait: Pickup answers test calls now, and Settings has every step again.
      </p>
      <StepButtons back={{ label: 'Back', onClick: onBack }} next="Finish setup" busy={finishing} onNext={onDone} />
    </div>
  );
}
