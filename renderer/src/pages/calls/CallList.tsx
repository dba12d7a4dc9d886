import { useVirtualizer } from '@tanstack/react-virtual';
import { PhoneCall, SearchX } from 'lucide-react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Skeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { hasFilters } from '../../lib/callFilters';
import { errorMessage } from '../../lib/errors';
import { urgencyOfCall } from '../../lib/urgency';
import { CallRow } from './CallRow';
import { useShownCalls } from './useShownCalls';

const rowHeight = 92;
/** Ask for the next page while this many loaded rows are still below the view. */
const prefetchRows = 20;

/**
 * The call history, virtualised: only the rows in view (and a few either side) are in the DOM,
 * so ten thousand calls scroll like ten. Pages load as the end comes near.
 */
export function CallList({ selectedId }: { selectedId: string | null }) {
  const {
    items,
    filters,
    emergencyOnly,
    byLead,
    isPending,
    isPlaceholderData,
    error,
    hasNextPage: hasMore,
    isFetchingNextPage,
    fetchNextPage,
    refetch,
  } = useShownCalls();
  const loading = isPending || isPlaceholderData;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length + (hasMore ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !isFetchingNextPage && !loading && lastIndex >= items.length - prefetchRows) void fetchNextPage();
  }, [lastIndex, items.length, hasMore, isFetchingNextPage, loading, fetchNextPage]);

  // Up and down arrows move between calls, as in a mail client.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = Number((document.activeElement as HTMLElement | null)?.dataset.index ?? -1);
    const next = Math.min(items.length - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    event.preventDefault();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
  };

  if (error && items.length === 0) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && items.length === 0) {
    return (
      <div className="space-y-px" aria-label="Loading calls" role="status">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="space-y-2 border-b px-4 py-4">
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-3 w-5/6" />
            <Skeleton className="h-3 w-1/4" />
          </div>
        ))}
      </div>
    );
  }
  if (items.length === 0) {
    return hasFilters(filters) || emergencyOnly ? (
      <EmptyState icon={SearchX} title="No calls match that search.">
        Try other words, or clear the filters.
      </EmptyState>
    ) : (
      <EmptyState icon={PhoneCall} title="No calls yet">
        When Pickup answers a call, it shows up here. Make a test call to see how it sounds.
      </EmptyState>
    );
  }

  return (
    <div ref={scroller} className="h-full overflow-y-auto" onKeyDown={onKeyDown} data-testid="call-list">
      <ul aria-label="Calls" aria-busy={loading} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualItems.map((row) => {
          const call = items[row.index];
          return (
            <li
              key={call?.id ?? 'more'}
              className="absolute top-0 left-0 w-full"
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
            >
              {call ? (
                <CallRow
                  call={call}
                  index={row.index}
                  selected={call.id === selectedId}
                  emergency={urgencyOfCall(call, byLead).emergency}
                />
              ) : (
                <div className="flex h-full items-center justify-center text-sm text-muted-foreground" role="status">
                  Loading more calls…
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
