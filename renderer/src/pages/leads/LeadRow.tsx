import { formatDistanceToNow } from 'date-fns';
import { NotebookPen, PhoneForwarded } from 'lucide-react';
import { memo } from 'react';
import { toast } from 'sonner';
import type { LeadSummary } from '../../../../electron/shared/apiModels';
import { emergencyOf } from '../../../../electron/shared/emergency';
import { EmergencyBadge, TestCallBadge } from '../../components/CallBadges';
import { LeadStatusMenu, statusLabels } from './LeadStatusMenu';
import { NoTextsBadge } from './NoTextsBadge';
import { Button } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import { errorMessage } from '../../lib/errors';
import { callbackWhen, formatPhone } from '../../lib/format';
import { hrefFor } from '../../lib/route';
import { useUpdateLead } from '../../queries/leads';
import { useSettings } from '../../queries/settings';

/** A table row from 1280 px; a card below, where six columns would cut every word. */
export const leadGrid =
  'xl:grid xl:grid-cols-[minmax(9rem,1fr)_minmax(12rem,1.6fr)_minmax(9rem,1fr)_7rem_8.5rem_5.5rem] xl:items-center xl:gap-4 xl:px-6';

export const LeadRow = memo(function LeadRow({ lead, onNotes }: { lead: LeadSummary; onNotes(lead: LeadSummary): void }) {
  const update = useUpdateLead().mutateAsync;
  const timeZone = useSettings().data?.timezone;
  const { emergency } = emergencyOf(lead);
  const who = lead.name ?? formatPhone(lead.phone);
  const setStatus = (status: LeadSummary['status']) =>
    update({ id: lead.id, status }).then(
      () => toast.success(`${who} marked ${statusLabels[status].toLowerCase()}`),
      (e: unknown) => toast.error('Could not change the status', { description: errorMessage(e) }),
    );

  return (
    <div
      className={cn(
        leadGrid,
        'grid grid-cols-[1fr_auto] gap-x-3 gap-y-2 border-b px-4 py-3 text-sm',
        emergency && 'border-l-4 border-l-red-700 bg-red-50/60',
      )}
      data-testid="lead-row"
    >
      <div className="col-span-2 min-w-0 xl:col-span-1">
        <p className="flex flex-wrap items-center gap-2 font-medium">
          <span className="break-words">{who}</span>
          {emergency && <EmergencyBadge />}
          {lead.testOnly && <TestCallBadge />}
          <NoTextsBadge noTexts={lead.noTexts} />
        </p>
        <p className="text-xs text-muted-foreground">{lead.name ? formatPhone(lead.phone) : 'Name not given'}</p>
      </div>
      <div className="col-span-2 min-w-0 xl:col-span-1">
        <p className="line-clamp-2 break-words">
          {lead.project ?? <span className="text-muted-foreground">Need not given</span>}
        </p>
        <p className="line-clamp-1 text-xs break-words text-muted-foreground">{lead.address ?? 'No address'}</p>
      </div>
      <div className="col-span-2 min-w-0 xl:col-span-1">
        {lead.callbackRequested ? (
          <p className="flex items-center gap-1.5 text-amber-800">
            <PhoneForwarded className="size-3.5 shrink-0" aria-hidden />
            {callbackWhen(lead, lead.callbackPhrase, timeZone)}
          </p>
        ) : (
          <p className="text-muted-foreground">No callback asked</p>
        )}
        {lead.notes && (
          <p className="line-clamp-1 text-xs break-words text-muted-foreground" title={lead.notes}>
            {lead.notes}
          </p>
        )}
      </div>
      <div className="col-span-2 flex gap-2 text-xs text-muted-foreground xl:col-span-1 xl:block">
        {lead.lastCallId && lead.lastCallAt ? (
          <a href={hrefFor('calls', lead.lastCallId)} className="underline-offset-2 hover:text-foreground hover:underline">
            {formatDistanceToNow(new Date(lead.lastCallAt), { addSuffix: true })}
          </a>
        ) : (
          '–'
        )}
        <p>
          {lead.callCount} call{lead.callCount === 1 ? '' : 's'}
        </p>
      </div>
      <LeadStatusMenu who={who} status={lead.status} onChoose={(status) => void setStatus(status)} />
      {/* Named in words: a pen icon alone did not say that the notes are here. */}
      <Button variant="ghost" size="sm" aria-label={`Notes on ${who}`} onClick={() => onNotes(lead)}>
        <NotebookPen aria-hidden /> Notes
      </Button>
    </div>
  );
});
