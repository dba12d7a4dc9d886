import { formatDistanceToNow } from 'date-fns';
import { NotebookPen, PhoneForwarded } from 'lucide-react';
import { memo } from 'react';
import { toast } from 'sonner';
import type { LeadSummary } from '../../../../electron/shared/apiModels';
import { leadStatuses } from '../../../../electron/shared/models';
import { TestCallBadge } from '../../components/CallBadges';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/select';
import { cn } from '../../lib/cn';
import { errorMessage } from '../../lib/errors';
import { callbackWhen, formatPhone } from '../../lib/format';
import { hrefFor } from '../../lib/route';
import { useUpdateLead } from '../../queries/leads';
import { useSettings } from '../../queries/settings';

export const leadGrid =
  'grid grid-cols-[minmax(10rem,1.1fr)_minmax(12rem,1.6fr)_minmax(9rem,1fr)_8rem_8.5rem_3rem] items-center gap-4 px-6';

const statusColors: Record<LeadSummary['status'], string> = {
  new: 'text-blue-700',
  contacted: 'text-amber-700',
  won: 'text-emerald-700',
  lost: 'text-slate-500',
};

export const LeadRow = memo(function LeadRow({ lead, onNotes }: { lead: LeadSummary; onNotes(lead: LeadSummary): void }) {
  const update = useUpdateLead().mutateAsync;
  const timeZone = useSettings().data?.timezone;
  const who = lead.name ?? formatPhone(lead.phone);
  const setStatus = (status: LeadSummary['status']) =>
    update({ id: lead.id, status }).then(
      () => toast.success(`${who} marked ${status}`),
      (e: unknown) => toast.error('Could not change the status', { description: errorMessage(e) }),
    );

  return (
    <div className={cn(leadGrid, 'h-full border-b text-sm')} data-testid="lead-row">
      <div className="min-w-0">
        <p className="flex items-center gap-2 font-medium">
          <span className="truncate">{who}</span>
          {lead.testOnly && <TestCallBadge />}
        </p>
        <p className="truncate text-xs text-muted-foreground">{lead.name ? formatPhone(lead.phone) : 'Name not given'}</p>
      </div>
      <div className="min-w-0">
        <p className="truncate">{lead.project ?? <span className="text-muted-foreground">Need not given</span>}</p>
        <p className="truncate text-xs text-muted-foreground">{lead.address ?? 'No address'}</p>
      </div>
      <div className="min-w-0">
        {lead.callbackRequested ? (
          <p className="flex items-center gap-1.5 truncate text-amber-800">
            <PhoneForwarded className="size-3.5 shrink-0" aria-hidden />
            {callbackWhen(lead, lead.callbackPhrase, timeZone)}
          </p>
        ) : (
          <p className="text-muted-foreground">No callback asked</p>
        )}
        {lead.notes && (
          <p className="truncate text-xs text-muted-foreground" title={lead.notes}>
            {lead.notes}
          </p>
        )}
      </div>
      <div className="min-w-0 text-xs text-muted-foreground">
        {lead.lastCallId && lead.lastCallAt ? (
          <a href={hrefFor('calls', lead.lastCallId)} className="hover:text-foreground hover:underline">
            {formatDistanceToNow(new Date(lead.lastCallAt), { addSuffix: true })}
          </a>
        ) : (
          '–'
        )}
        <p>
          {lead.callCount} call{lead.callCount === 1 ? '' : 's'}
        </p>
      </div>
      <Select
        aria-label={`Status for ${who}`}
        value={lead.status}
        onChange={(e) => void setStatus(e.target.value as LeadSummary['status'])}
        className={cn('font-medium', statusColors[lead.status])}
      >
        {leadStatuses.map((status) => (
          <option key={status} value={status}>
            {status[0]!.toUpperCase() + status.slice(1)}
          </option>
        ))}
      </Select>
      <Button variant="ghost" size="icon" aria-label={`Notes on ${who}`} onClick={() => onNotes(lead)}>
        <NotebookPen aria-hidden />
      </Button>
    </div>
  );
});
