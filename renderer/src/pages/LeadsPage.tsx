import * as Tabs from '@radix-ui/react-tabs';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Download, SearchX, Users } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import type { LeadSummary } from '../../../electron/shared/apiModels';
import { emergencyOf } from '../../../electron/shared/emergency';
import { leadStatuses } from '../../../electron/shared/models';
import { PageHeader } from '../components/AppShell';
import { Button } from '../components/ui/button';
import { SearchInput } from '../components/ui/search-input';
import { Skeleton } from '../components/ui/skeleton';
import { EmptyState, ErrorState } from '../components/ui/states';
import { cn } from '../lib/cn';
import { leadsToCsv } from '../lib/leadsCsv';
import { errorMessage } from '../lib/errors';
import { useLeads } from '../queries/leads';
import { LeadNotesDialog } from './leads/LeadNotesDialog';
import { leadGrid, LeadRow } from './leads/LeadRow';
import { statusLabels } from './leads/LeadStatusMenu';
import { pinnedFirst } from '../lib/urgency';
import { useSettings } from '../queries/settings';

type StatusFilter = LeadSummary['status'] | 'all';
const noLeads: LeadSummary[] = [];
const statusFilters: StatusFilter[] = ['all', ...leadStatuses];

function matches(lead: LeadSummary, words: string): boolean {
  if (!words) return true;
  const haystack = [lead.name, lead.phone, lead.project, lead.address, lead.notes].join(' ').toLowerCase();
  return words.split(/\s+/).every((w) => haystack.includes(w));
}

function downloadCsv(leads: LeadSummary[], timeZone: string | undefined) {
  const url = URL.createObjectURL(new Blob([leadsToCsv(leads, timeZone)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `pickup-leads-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function LeadsPage() {
  const { data: leads = noLeads, isPending, error, refetch } = useLeads();
  const timeZone = useSettings().data?.timezone;
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [search, setSearch] = useState('');
  const [notesFor, setNotesFor] = useState<LeadSummary | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const counts = useMemo(() => {
    const byStatus: Record<StatusFilter, number> = { all: leads.length, new: 0, contacted: 0, won: 0, lost: 0 };
    for (const lead of leads) byStatus[lead.status]++;
    return byStatus;
  }, [leads]);
  const words = search.trim().toLowerCase();
  const shown = useMemo(
    // A new emergency stays on top until the owner has called back.
    () =>
      pinnedFirst(
        leads.filter((l) => (filter === 'all' || l.status === filter) && matches(l, words)),
        (l) => emergencyOf(l).pinned,
      ),
    [leads, filter, words],
  );

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 8,
  });

  const list = (
    <>
      <div
        className={cn(
          leadGrid,
          'hidden border-b bg-muted/40 py-2 text-xs font-medium tracking-wide text-muted-foreground uppercase xl:grid',
        )}
        aria-hidden
      >
        <span>Caller</span>
        <span>Needs</span>
        <span>Callback</span>
        <span>Last call</span>
        <span>Status</span>
        <span />
      </div>
      {error && leads.length === 0 ? (
        <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
      ) : isPending ? (
        <div role="status" aria-label="Loading leads" className="space-y-3 p-6">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      ) : shown.length === 0 ? (
        leads.length === 0 ? (
          <EmptyState icon={Users} title="No leads yet">
            Every caller becomes a lead, with what the receptionist learned about them.
          </EmptyState>
        ) : (
          <EmptyState icon={SearchX} title="No leads match">
            Try another status or search.
          </EmptyState>
        )
      ) : (
        <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto">
          <ul aria-label="Leads" className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => (
              <li
                key={shown[row.index]!.id}
                ref={virtualizer.measureElement}
                data-index={row.index}
                className="absolute top-0 left-0 w-full"
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <LeadRow lead={shown[row.index]!} onNotes={setNotesFor} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        title="Leads"
        description="Everyone who called, what they need, and where you are with them."
        actions={
          <Button variant="outline" onClick={() => downloadCsv(shown, timeZone)} disabled={shown.length === 0}>
            <Download aria-hidden /> Export CSV
          </Button>
        }
      />
      <Tabs.Root value={filter} onValueChange={(value) => setFilter(value as StatusFilter)} className="contents">
        <div className="flex flex-wrap items-center gap-3 border-b bg-card px-4 py-3 md:px-8">
          <Tabs.List aria-label="Lead status" className="inline-flex max-w-full flex-wrap rounded-lg bg-muted p-1">
            {statusFilters.map((status) => (
              <Tabs.Trigger
                key={status}
                value={status}
                className={cn(
                  'rounded-md px-3 py-1 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none',
                  'data-[state=active]:bg-card data-[state=active]:text-foreground data-[state=active]:shadow-sm',
                )}
              >
                {status === 'all' ? 'All' : statusLabels[status]}{' '}
                <span className="ml-1 text-xs tabular-nums">{counts[status].toLocaleString()}</span>
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <SearchInput
            aria-label="Search leads"
            placeholder="Name, number, need, address"
            className="w-full sm:ml-auto sm:w-72"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>

        {statusFilters.map((status) => (
          <Tabs.Content key={status} value={status} className="flex min-h-0 flex-1 flex-col bg-card focus-visible:outline-none">
            {status === filter && list}
          </Tabs.Content>
        ))}
      </Tabs.Root>
      <LeadNotesDialog lead={notesFor} onClose={() => setNotesFor(null)} />
    </>
  );
}
