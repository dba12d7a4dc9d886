import { formatDistanceToNow } from 'date-fns';
import { Clock, Radio, Voicemail } from 'lucide-react';
import { memo } from 'react';
import type { Call } from '../../../../electron/shared/models';
import {
  CallbackBadge,
  CallKindBadge,
  EmergencyBadge,
  QuestionsBadge,
  SpanishBadge,
  TestCallBadge,
} from '../../components/CallBadges';
import { cn } from '../../lib/cn';
import { callerLabel, formatDuration, outcomeLabels } from '../../lib/format';
import { hrefFor } from '../../lib/route';
import { isLive } from '../../lib/liveCall';
import { isScreenedOut } from '../../lib/screened';

/**
 * One call in the history list: who, why, how it ended, how long, and the summary's first line.
 * A robocall or wrong number is greyed: it was dealt with, nothing for the owner to do.
 */
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
  const screened = isScreenedOut(call);
  return (
    <a
      href={hrefFor('calls', call.id)}
      data-index={index}
      aria-current={selected ? 'true' : undefined}
      className={cn(
        'flex h-full flex-col justify-center gap-1 border-b px-4 text-left outline-none transition-colors',
        'hover:bg-muted/60 focus-visible:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset',
        selected && 'bg-muted',
        screened && !selected && 'bg-slate-50 text-muted-foreground',
        emergency && 'border-l-4 border-l-red-700 bg-red-50/60',
      )}
    >
      <div className="flex items-center gap-2">
        {live ? (
          <Radio className="size-4 shrink-0 animate-pulse text-emerald-600" aria-label="Live" />
        ) : call.outcome === 'voicemail' ? (
          <Voicemail className="size-4 shrink-0 text-muted-foreground" aria-label="Voicemail" />
        ) : null}
        <span data-testid="call-row-caller" className={cn('truncate', !screened && 'font-medium')}>
          {callerLabel(call)}
        </span>
        {/* Only what calls for action shares the caller's line: with every badge there, the number was cut to "(303) 5…". */}
        {emergency && <EmergencyBadge />}
        {call.callbackRequested && <CallbackBadge />}
        <span className="ml-auto flex shrink-0 items-center gap-1 text-xs text-muted-foreground tabular-nums">
          <Clock className="size-3" aria-hidden />
          {formatDuration(call.duration)}
        </span>
      </div>
      <p className="truncate text-sm text-muted-foreground">{call.aiSummary ?? (live ? 'On the line now…' : 'No summary')}</p>
      <div className="flex min-w-0 items-center gap-2 text-xs text-muted-foreground">
        <span className="truncate">
          {formatDistanceToNow(new Date(call.startedAt), { addSuffix: true })}
          {call.outcome && ` · ${outcomeLabels[call.outcome]}`}
        </span>
        {/* On a phone the summary line says what the call was about. */}
        <span className="hidden sm:contents">
          <CallKindBadge call={call} />
        </span>
        {call.isTest && <TestCallBadge />}
        <QuestionsBadge count={call.callerQuestions.length} />
        {call.language === 'es' && <SpanishBadge />}
      </div>
    </a>
  );
});
