import { formatDistanceToNow } from 'date-fns';
import { Clock, Radio, Voicemail } from 'lucide-react';
import { memo } from 'react';
import type { Call } from '../../../../electron/shared/models';
import { CallbackBadge, EmergencyBadge, IntentBadge, TestCallBadge } from '../../components/CallBadges';
import { cn } from '../../lib/cn';
import { callerLabel, formatDuration, outcomeLabels } from '../../lib/format';
import { hrefFor } from '../../lib/route';
import { isLive } from '../../lib/liveCall';

/** One call in the history list: who, why, how it ended, how long, and the summary's first line. */
export const CallRow = memo(function CallRow({
  call,
  selected,
  index,
  emergency,
}: {
  call: Call;
  selected: boolean;
  index: number;
  emergency: boolean;
}) {
  const live = isLive(call);
  return (
    <a
      href={hrefFor('calls', call.id)}
      data-index={index}
      aria-current={selected ? 'true' : undefined}
      className={cn(
        'flex h-full flex-col justify-center gap-1 border-b px-4 text-left outline-none transition-colors',
        'hover:bg-muted/60 focus-visible:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset',
        selected && 'bg-muted',
        emergency && 'border-l-4 border-l-red-700 bg-red-50/60',
      )}
    >
      <div className="flex items-center gap-2">
        {live ? (
          <Radio className="size-4 shrink-0 animate-pulse text-emerald-600" aria-label="Live" />
        ) : call.outcome === 'voicemail' ? (
          <Voicemail className="size-4 shrink-0 text-muted-foreground" aria-label="Voicemail" />
        ) : null}
        <span className="truncate font-medium">{callerLabel(call)}</span>
        {emergency && <EmergencyBadge />}
        {/* On a phone the name needs the room; the summary line says what the call was about. */}
        <span className="hidden sm:contents">
          <IntentBadge intent={call.callerIntent} />
        </span>
        {call.callbackRequested && <CallbackBadge />}
        {call.isTest && <TestCallBadge />}
        <span className="ml-auto flex shrink-0 items-center gap-1 text-xs text-muted-foreground tabular-nums">
          <Clock className="size-3" aria-hidden />
          {formatDuration(call.duration)}
        </span>
      </div>
      <p className="truncate text-sm text-muted-foreground">{call.aiSummary ?? (live ? 'On the line now…' : 'No summary')}</p>
      <p className="text-xs text-muted-foreground">
        {formatDistanceToNow(new Date(call.startedAt), { addSuffix: true })}
        {call.outcome && ` · ${outcomeLabels[call.outcome]}`}
      </p>
    </a>
  );
});
