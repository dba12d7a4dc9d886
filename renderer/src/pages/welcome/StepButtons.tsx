import { Loader2 } from 'lucide-react';
import { Button } from '../../components/ui/button';

/** The row under each step: a way back (or out) on the left, the way on (a submit button) on the right. */
export function StepButtons({
  back,
  next = 'Continue',
  busy = false,
  onNext,
}: {
  back?: { label: string; onClick(): void };
  next?: string;
  busy?: boolean;
  /** Without it, the button submits the step's form. */
  onNext?: () => void;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 pt-2">
      {back ? (
        <Button variant="ghost" onClick={back.onClick}>
          {back.label}
        </Button>
      ) : (
        <span />
      )}
      <Button type={onNext ? 'button' : 'submit'} onClick={onNext} disabled={busy}>
        {busy && <Loader2 className="animate-spin" aria-hidden />}
        {busy ? 'Saving…' : next}
      </Button>
    </div>
  );
}
