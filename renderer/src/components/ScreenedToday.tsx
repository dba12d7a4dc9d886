import { PhoneOff } from 'lucide-react';
import { useScreenedToday } from '../queries/screenedToday';

/** The day's robocalls and wrong numbers in one quiet line, instead of one row each in the owner's face. */
export function ScreenedToday() {
  const line = useScreenedToday();
  if (!line) return null;
  return (
    <span className="flex items-center gap-1.5" data-testid="screened-today">
      <PhoneOff className="size-3.5 shrink-0" aria-hidden /> {line}.
    </span>
  );
}
