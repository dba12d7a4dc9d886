import type { Call } from '../../electron/shared/models';

// Plain TypeScript on the contract alone: the renderer's tests, which must not see Node, use it too.

/** A call as the core reports it, going on now; tests override what they are about. */
export function callFixture(overrides: Partial<Call> = {}): Call {
  return {
    id: 'call-1',
    leadId: null,
    leadName: null,
    twilioCallSid: 'CA' + '0'.repeat(32),
    from: '+13035550142',
    to: '+13035550100',
    direction: 'inbound',
    status: 'in-progress',
    duration: null,
    transcript: null,
    aiSummary: null,
    callerIntent: null,
    callerSentiment: null,
    outcome: null,
    callbackRequested: false,
    callbackTime: null,
    callbackNumber: null,
    transferredTo: null,
    recordingUrl: null,
    recordingSid: null,
    hasRecording: false,
    handledBy: 'ai',
    isTest: false,
    callerQuestions: [],
    language: 'en',
    startedAt: '2026-11-25T17:00:00.000Z',
    endedAt: null,
    createdAt: '2026-11-25T17:00:00.000Z',
    ...overrides,
  };
}

/** A finished quote call, numbered so tests can order them: call n started n minutes past midnight. */
export function fakeCall(n: number, extra: Partial<Call> = {}): Call {
  const at = (second = 0) => new Date(Date.UTC(2025, 0, 1, 0, n, second)).toISOString();
  return callFixture({
    id: `c${n}`,
    twilioCallSid: `CA${n}`,
    status: 'completed',
    duration: 60,
    callerIntent: 'quote',
    outcome: 'qualified',
    startedAt: at(),
    endedAt: at(30),
    createdAt: at(),
    ...extra,
  });
}
