import { Check } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { cn } from '../../lib/cn';

/**
 * A card's save, which says "Saved" once nothing is left to save. It is never `disabled`: a
 * disabled button loses the keyboard focus to the page's body the moment the save starts, so it
 * is only marked `aria-disabled` and ignores presses while there is nothing to do.
 */
export function SaveButton({
  label,
  saving,
  dirty,
  onClick,
}: {
  label: string;
  saving: boolean;
  dirty: boolean;
  onClick(): void;
}) {
  const saved = !dirty && !saving;
  const idle = saved || saving;
  return (
    <Button
      variant={saved ? 'outline' : 'default'}
      aria-disabled={idle || undefined}
      onClick={idle ? undefined : onClick}
      className={cn('w-full', idle && 'cursor-default opacity-70', saved && 'hover:bg-card hover:text-foreground')}
    >
      {saved ? (
        <>
          <Check aria-hidden /> Saved
        </>
      ) : saving ? (
        'Saving...'
      ) : (
        label
      )}
    </Button>
  );
}
