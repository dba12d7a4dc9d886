import { ArrowLeft, Clock, FileText, Loader2, MousePointerClick, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { emergencyOf } from '../../../../electron/shared/emergency';
import {
  CallbackBadge,
  CallKindBadge,
  EmergencyBadge,
  QuestionsBadge,
  SpanishBadge,
  TestCallBadge,
} from '../../components/CallBadges';
import { LeadFacts } from '../../components/LeadFacts';
import { RecordingPlayer } from '../../components/RecordingPlayer';
import { Transcript } from '../../components/Transcript';
import { Button } from '../../components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '../../components/ui/card';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Skeleton } from '../../components/ui/skeleton';
import { EmptyState, ErrorState } from '../../components/ui/states';
import { formatAiCost } from '../../lib/aiCost';
import { errorMessage } from '../../lib/errors';
import { callerLabel, formatDuration, formatPhone, outcomeLabels } from '../../lib/format';
import { navigate } from '../../lib/route';
import { canBlock } from '../../lib/blockedNumbers';
import { isLive } from '../../lib/liveCall';
import { useCallDetail, useDeleteCall } from '../../queries/callDetail';
import { useCoreStatus, useFormatTime } from '../../queries/settings';
import { BlockCaller } from './BlockCaller';
import { CallerQuestions } from './CallerQuestions';
import { TextStatus } from './TextStatus';

export function CallDetailPanel({ callId }: { callId: string | null }) {
  const { data: call, error, refetch } = useCallDetail(callId);
  const deleteCall = useDeleteCall();
  const [confirming, setConfirming] = useState(false);
  const formatTime = useFormatTime();
  const canDownload = useCoreStatus().data?.twilioCredentialsSet ?? false;

  if (!callId) {
    return (
      <EmptyState icon={MousePointerClick} title="Pick a call" className="h-full">
        Its transcript, summary and recording show here.
      </EmptyState>
    );
  }
  if (error && !call) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!call) {
    return (
      <div className="space-y-4 p-4 md:p-8" role="status" aria-label="Loading call">
        <Skeleton className="h-7 w-1/3" />
        <Skeleton className="h-4 w-1/2" />
        <Skeleton className="h-28 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
    );
  }

  const confirmDelete = async () => {
    try {
      await deleteCall.mutateAsync(call.id);
      toast.success('Call deleted', { description: 'Its transcript and recording are gone from this computer.' });
      navigate('calls');
    } catch (e) {
      toast.error('Could not delete the call', { description: errorMessage(e) });
      throw e;
    }
  };
  const pendingRecording = !call.hasRecording && call.recordings.some((r) => r.status === 'pending');
  const aiCost = formatAiCost(call.aiCostUsd);
  const downloadName = `call-${formatTime(call.startedAt, 'yyyy-MM-dd-HHmm')}-${call.from.replace(/\D/g, '')}`;

  return (
    <article aria-label="Call detail" className="space-y-5 p-4 md:p-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1.5">
          <Button variant="link" className="h-auto p-0 text-muted-foreground xl:hidden" onClick={() => navigate('calls')}>
            <ArrowLeft aria-hidden /> All calls
          </Button>
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-2xl font-semibold tracking-tight">{callerLabel(call)}</h2>
            {emergencyOf(call.lead).emergency && <EmergencyBadge />}
            <CallKindBadge call={call} />
            {call.callbackRequested && <CallbackBadge />}
            <QuestionsBadge count={call.callerQuestions.length} />
            {call.language === 'es' && <SpanishBadge />}
            {call.isTest && <TestCallBadge />}
            {isLive(call) && (
              <span className="rounded-md bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">Live</span>
            )}
          </div>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
            <span>{formatPhone(call.from)}</span>
            <span>{formatTime(call.startedAt, 'EEE, MMM d, yyyy · h:mm a')}</span>
            <span className="flex items-center gap-1 tabular-nums">
              <Clock className="size-3.5" aria-hidden /> {formatDuration(call.duration)}
            </span>
            {call.outcome && <span>{outcomeLabels[call.outcome]}</span>}
            {aiCost && <span title="Estimated from the AI prices in Settings">AI cost: {aiCost}</span>}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {!call.isTest && canBlock(call.from) && <BlockCaller number={call.from} />}
          <Button variant="outline" onClick={() => setConfirming(true)} className="text-destructive hover:text-destructive">
            <Trash2 aria-hidden /> Delete
          </Button>
        </div>
      </header>

      <CallerQuestions questions={call.callerQuestions} />
      <TextStatus texts={call.texts} />

      {(call.hasRecording || pendingRecording) && (
        <Card>
          <CardHeader className="pb-3">
            <CardTitle className="text-base">Recording</CardTitle>
          </CardHeader>
          <CardContent>
            {call.hasRecording ? (
              <RecordingPlayer callId={call.id} downloadName={downloadName} />
            ) : (
              <p className="flex items-center gap-2 text-sm text-muted-foreground">
                {canDownload ? (
                  <>
                    <Loader2 className="size-4 animate-spin" aria-hidden /> The recording is on its way from Twilio.
                  </>
                ) : (
                  'Twilio recorded this call. It downloads here once your Twilio account is set (see Settings).'
                )}
              </p>
            )}
          </CardContent>
        </Card>
      )}

      <div className="grid gap-5 2xl:grid-cols-2">
        <Card>
          <CardHeader className="pb-3">
            <CardTitle className="flex items-center gap-2 text-base">
              <FileText className="size-4" aria-hidden /> Summary
            </CardTitle>
          </CardHeader>
          <CardContent>
            <p data-testid="summary" className="text-sm leading-relaxed">
              {call.aiSummary ?? (isLive(call) ? 'The summary is written when the call ends.' : 'No summary for this call.')}
            </p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader className="pb-3">
            <CardTitle className="text-base">Caller</CardTitle>
          </CardHeader>
          <CardContent>
            <LeadFacts lead={call.lead} call={call} />
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader className="pb-3">
          <CardTitle className="text-base">Transcript</CardTitle>
        </CardHeader>
        <CardContent>
          {call.turns.length > 0 ? (
            <Transcript turns={call.turns} callerName={call.lead?.name ?? 'Caller'} follow={isLive(call)} />
          ) : (
            <p className="text-sm text-muted-foreground">Nobody spoke on this call.</p>
          )}
        </CardContent>
      </Card>

      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete this call?"
        description={`The call from ${callerLabel(call)}, its transcript and its recording are removed from this computer. This cannot be undone.`}
        confirmLabel="Delete call"
        onConfirm={confirmDelete}
      />
    </article>
  );
}
