import { ChevronDown } from 'lucide-react';
import type { LeadSummary } from '../../../../electron/shared/apiModels';
import { leadStatuses } from '../../../../electron/shared/models';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from '../../components/ui/dropdown-menu';
import { fieldClasses } from '../../components/ui/input';
import { cn } from '../../lib/cn';

type Status = LeadSummary['status'];

export const statusLabels: Record<Status, string> = {
  new: 'New',
  contacted: 'Contacted',
  won: 'Won',
  lost: 'Lost',
};

const statusColors: Record<Status, string> = {
  new: 'text-blue-700',
  contacted: 'text-amber-800',
  won: 'text-emerald-800',
  lost: 'text-slate-600',
};

const isStatus = (value: string): value is Status => (leadStatuses as readonly string[]).includes(value);

/**
 * A lead's status as a menu, not a native <select>: a closed <select> saves on every arrow-key step,
 * so New to Won was two saves and two toasts. Here arrows only move; Enter or a click chooses once.
 */
export function LeadStatusMenu({ who, status, onChoose }: { who: string; status: Status; onChoose(status: Status): void }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={`Status for ${who}, ${statusLabels[status]}`}
        className={cn(
          fieldClasses,
          'flex h-9 items-center justify-between gap-2 py-1 text-left font-medium',
          statusColors[status],
        )}
      >
        {statusLabels[status]}
        <ChevronDown className="size-4 text-muted-foreground" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align="start"
        // Opens on the current status, as a select does, so one arrow step is one status away.
        onOpenAutoFocus={(event) => {
          const checked = (event.currentTarget as HTMLElement).querySelector<HTMLElement>('[data-state="checked"]');
          if (!checked) return;
          event.preventDefault();
          checked.focus({ preventScroll: true });
        }}
      >
        <DropdownMenuRadioGroup
          value={status}
          onValueChange={(value) => {
            if (isStatus(value) && value !== status) onChoose(value);
          }}
        >
          {leadStatuses.map((s) => (
            <DropdownMenuRadioItem key={s} value={s}>
              {statusLabels[s]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
