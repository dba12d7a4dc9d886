import type { Call } from '../../electron/shared/models';

/** A call as the core reports it, for tests of what the shell makes of calls. */
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
