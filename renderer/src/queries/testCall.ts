import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { PickupApi } from '../../../electron/shared/api';
import type { TestCall } from '../../../electron/shared/apiModels';
import type { AppEvent } from '../../../electron/shared/models';
import { errorMessage } from '../lib/errors';
import { useApi } from './apiContext';
import { keys } from './keys';
import { trackLiveCall } from './live';

type Step = { kind: 'start'; from?: string } | { kind: 'say'; text: string } | { kind: 'hang-up' };
/** What the dashboard is waiting for the call to do. */
export type TestCallBusy = 'starting' | 'speaking' | 'hanging-up' | null;

const busyFor: Record<Step['kind'], NonNullable<TestCallBusy>> = { start: 'starting', say: 'speaking', 'hang-up': 'hanging-up' };
const stepKey = [...keys.testCall, 'step'] as const;

function runStep(api: PickupApi, step: Step): Promise<TestCall | null> {
  if (step.kind === 'start') return api.startTestCall({ from: step.from });
  if (step.kind === 'say') return api.sayInTestCall({ text: step.text });
  return api.hangUpTestCall();
}

/**
 * Whether a live event means the test call has moved on without the dashboard asking (taken over
 * from the Live page, or ended by the receptionist), so the session must be fetched again.
 */
export function movesTestCallOn(session: TestCall | null | undefined, event: AppEvent): boolean {
  if (!session || event.type === 'turn.added' || event.call.id !== session.callId) return false;
  return event.type === 'call.ended' || event.call.outcome === 'transferred';
}

export function refreshTestCallAfter(client: QueryClient, event: AppEvent): void {
  // A step under way brings the session with its answer.
  if (client.isMutating({ mutationKey: stepKey }) > 0) return;
  if (movesTestCallOn(client.getQueryData<TestCall | null>(keys.testCall), event)) {
    void client.invalidateQueries({ queryKey: keys.testCall });
  }
}

/** The test call session, and the steps the owner takes in it; the call's turns come from the live cache. */
export function useTestCall() {
  const api = useApi();
  const client = useQueryClient();
  const session = useQuery({ queryKey: keys.testCall, queryFn: () => api.getTestCall() });
  const step = useMutation({
    mutationKey: stepKey,
    mutationFn: (next: Step) => runStep(api, next),
    onSuccess: async (answer) => {
      client.setQueryData(keys.testCall, answer);
      if (answer?.callId) await trackLiveCall(client, api, answer.callId);
    },
  });
  const busy: TestCallBusy = step.isPending ? busyFor[step.variables.kind] : session.isPending ? 'starting' : null;
  const failure = step.error ?? session.error;
  return {
    session: session.data ?? null,
    busy,
    error: failure ? errorMessage(failure) : null,
    start: (from?: string) => step.mutate({ kind: 'start', from }),
    say: (text: string) => step.mutateAsync({ kind: 'say', text }).catch(() => undefined),
    hangUp: () => step.mutate({ kind: 'hang-up' }),
  };
}
