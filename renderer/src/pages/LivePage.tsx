import { ArrowRight, Headset, PhoneForwarded, PhoneIncoming, Radio, X } from 'lucide-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { toast } from 'sonner';
import type { Call } from '../../../electron/shared/models';
import { PageHeader } from '../components/AppShell';
import {
  CallbackBadge,
  CallKindBadge,
  EmergencyBadge,
  QuestionsBadge,
  SpanishBadge,
  TestCallBadge,
} from '../components/CallBadges';
import { ScreenedToday } from '../components/ScreenedToday';
import { ConfirmDialog } from '../components/ui/confirm-dialog';
import { Transcript } from '../components/Transcript';
import { Button, ButtonLink } from '../components/ui/button';
import { Card, CardContent, CardHeader } from '../components/ui/card';
import { EmptyState } from '../components/ui/states';
import { cn } from '../lib/cn';
import { errorMessage } from '../lib/errors';
import { callerLabel, elapsedSeconds, formatDuration, formatPhone, outcomeLabels } from '../lib/format';
import { hrefFor } from '../lib/route';
import { useNow } from '../lib/useNow';
import { isLive } from '../lib/liveCall';
import { pinnedFirst, urgencyOfCall } from '../lib/urgency';
import { useUrgencyByLead } from '../queries/leads';
import { dismissLiveCall, noLiveCalls, noTurns, useLiveCalls, useTakeOver } from '../queries/live';

export function LivePage() {
  const byLead = useUrgencyByLead();
  const { calls: followed } = useLiveCalls().data ?? noLiveCalls;
  // An emergency on the line comes first, and is the one shown unless the owner picks another.
  const calls = pinnedFirst(followed, (call) => urgencyOfCall(call, byLead).emergency && isLive(call));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = calls.find((c) => c.id === selectedId) ?? calls.find((c) => isLive(c)) ?? calls[0] ?? null;
  const liveCount = calls.filter((c) => isLive(c)).length;

  return (
    <>
      <PageHeader
        title="Live"
        description={
          <>
            {liveCount > 0
              ? `${liveCount} call${liveCount > 1 ? 's' : ''} on the line now.`
              : 'Calls show up here the moment Pickup answers.'}
            <ScreenedToday />
          </>
        }
      />
      <div className="min-h-0 flex-1 overflow-y-auto p-4 md:p-8">
        {!selected ? (
          <Card>
            <EmptyState icon={Radio} title="Nobody is on the line right now">
              <p>When a call comes in you will see the conversation as it happens, and can take it over.</p>
              <ButtonLink href={hrefFor('test-call')} className="mt-4">
                <Headset aria-hidden /> Make a test call
              </ButtonLink>
            </EmptyState>
          </Card>
        ) : (
          <div className={cn('grid gap-6', calls.length > 1 && 'lg:grid-cols-[260px_1fr]')}>
            {calls.length > 1 && <LiveCallPicker calls={calls} selectedId={selected.id} onSelect={setSelectedId} />}
            <LiveCallCard call={selected} emergency={urgencyOfCall(selected, byLead).emergency} />
          </div>
        )}
      </div>
    </>
  );
}

function LiveCallPicker({ calls, selectedId, onSelect }: { calls: Call[]; selectedId: string; onSelect(id: string): void }) {
  const byLead = useUrgencyByLead();
  return (
    <nav aria-label="Calls on the line">
      <ul className="space-y-2">
        {calls.map((call) => (
          <li key={call.id}>
            <button
              type="button"
              onClick={() => onSelect(call.id)}
              aria-current={call.id === selectedId ? 'true' : undefined}
              className={cn(
                'flex w-full items-center gap-3 rounded-lg border bg-card px-3 py-2.5 text-left text-sm shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                call.id === selectedId && 'border-primary',
                urgencyOfCall(call, byLead).emergency && 'border-l-4 border-l-red-700',
              )}
            >
              <span
                className={cn('size-2 rounded-full', isLive(call) ? 'animate-pulse bg-emerald-500' : 'bg-slate-300')}
                aria-hidden
              />
              <span className="truncate font-medium">{callerLabel(call)}</span>
              {urgencyOfCall(call, byLead).emergency && <EmergencyBadge />}
              <span className="ml-auto text-xs text-muted-foreground">{isLive(call) ? 'Live' : 'Ended'}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LiveCallCard({ call, emergency }: { call: Call; emergency: boolean }) {
  const turns = useLiveCalls().data?.turns[call.id] ?? noTurns;
  const client = useQueryClient();
  const takeOverCall = useTakeOver();
  const now = useNow();
  const live = isLive(call);
  const takingOver = takeOverCall.isPending;
  const duration = live ? elapsedSeconds(call.startedAt, now) : call.duration;
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const takeOver = async () => {
    try {
      await takeOverCall.mutateAsync(call.id);
      toast.success('Putting the caller through to you', { description: 'Your phone rings now; press 1 to take the call.' });
    } catch (e) {
      toast.error('Could not take over the call', { description: errorMessage(e) });
    }
  };

  return (
    <Card aria-label={`Call from ${callerLabel(call)}`} className={cn('overflow-hidden', emergency && 'border-red-700 border-2')}>
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-4 border-b bg-muted/30 py-4">
        <div className="flex items-center gap-4">
          <div
            className={cn(
              'flex size-11 items-center justify-center rounded-full',
              live ? 'bg-emerald-100 text-emerald-700' : 'bg-muted text-muted-foreground',
            )}
          >
            <PhoneIncoming className={cn('size-5', live && 'animate-pulse')} aria-hidden />
          </div>
          <div className="space-y-1">
            <div className="flex flex-wrap items-center gap-2">
              <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
                {callerLabel(call)}
              </h2>
              {emergency && <EmergencyBadge />}
              <CallKindBadge call={call} />
              {call.callbackRequested && <CallbackBadge />}
              <QuestionsBadge count={call.callerQuestions.length} />
              {call.language === 'es' && <SpanishBadge />}
              {call.isTest && <TestCallBadge />}
            </div>
            <p className="text-sm text-muted-foreground">
              {formatPhone(call.from)} ·{' '}
              <span className="tabular-nums" aria-label="Elapsed time">
                {formatDuration(duration)}
              </span>
              {!live && ` · Ended${call.outcome ? `: ${outcomeLabels[call.outcome]}` : ''}`}
            </p>
          </div>
        </div>
        {live ? (
          <Button
            variant="brand"
            onClick={() => setConfirming(true)}
            disabled={takingOver || call.handledBy !== 'ai' || call.outcome === 'transferred'}
          >
            <PhoneForwarded aria-hidden /> {takingOver ? 'Ringing you…' : 'Take over'}
          </Button>
        ) : (
          <div className="flex gap-2">
            <ButtonLink variant="outline" href={hrefFor('calls', call.id)}>
              Call details <ArrowRight aria-hidden />
            </ButtonLink>
            <Button variant="ghost" size="icon" aria-label="Dismiss" onClick={() => dismissLiveCall(client, call.id)}>
              <X aria-hidden />
            </Button>
          </div>
        )}
      </CardHeader>
      {!live && call.aiSummary && (
        <div className="border-b bg-amber-50/40 px-6 py-4 text-sm">
          <p className="mb-1 font-medium">Summary</p>
          <p data-testid="live-summary">{call.aiSummary}</p>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Take over this call?"
        description={`Your phone rings; press 1 to talk to ${callerLabel(call)}. The receptionist stops talking.`}
        confirmLabel="Ring my phone"
        busyLabel="Ringing you…"
        tone="default"
        onConfirm={takeOver}
        // The Take over button is disabled once it has acted: focus goes to the call's heading,
        // never to the page's body.
        focusAfterConfirm={heading}
      />
      {/* Focusable, so a long transcript can be scrolled from the keyboard too. */}
      <CardContent
        className="max-h-[calc(100vh-16rem)] overflow-y-auto pt-6 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring"
        role="region"
        tabIndex={0}
        aria-label="Live transcript"
      >
        {turns.length > 0 ? (
          <Transcript turns={turns} follow callerName={call.leadName ?? 'Caller'} />
        ) : (
          <p className="text-sm text-muted-foreground">Ringing…</p>
        )}
      </CardContent>
    </Card>
  );
}
