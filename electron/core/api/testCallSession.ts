import { ApiError } from '../../shared/api';
import type { TestCall } from '../../shared/apiModels';
import { formatPhoneForDisplay, toE164 } from '../../shared/phone';
import type { Store } from '../store/store';
import { SimulatedCall, type CallEvent, type CallState } from '../twilio/simulator/simulatedCall';

export interface TestCallDeps {
  store: Store;
  /** The public listener's base URL: the test call reaches the same webhooks Twilio does. */
  publicUrl: () => string;
  /**
   * The public listener on this computer: the test call goes there directly, signed for the
   * public URL as Twilio signs, so it works before the tunnel is up and costs no tunnel traffic.
   */
  localUrl: () => string;
  /** The token webhooks are checked against now (the owner may connect Twilio mid-session): signed as Twilio would. */
  authToken: () => string;
  /** The business's number, which the test call rings. */
  businessNumber: () => string;
}

/** A fictional number (555-01xx) so a test call never looks like, or merges with, a real caller. */
export const defaultTestCallerNumber = '+13035550199';

const stateOf: Record<CallState, TestCall['state']> = {
  'not-started': 'connecting',
  gathering: 'listening',
  recording: 'recording',
  ended: 'ended',
};

function noteFor(event: CallEvent): string | null {
  if (event.type !== 'dial') return null;
  const number = formatPhoneForDisplay(event.number);
  if (event.status === 'completed') return `Rang ${number}: you answered and took the call`;
  return `Rang ${number}: ${event.status === 'busy' ? 'busy' : 'no answer'}`;
}

export type TestCallSession = ReturnType<typeof createTestCallSession>;

/**
 * The dashboard's test call: one simulated caller at a time, played against the core's own
 * public webhooks. Every step waits for the one before it, as a caller cannot talk over a reply.
 */
export function createTestCallSession(deps: TestCallDeps) {
  let current: { call: SimulatedCall; notes: string[]; owner: { answers: boolean } } | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const serially = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  };

  const snapshot = (): TestCall | null => {
    if (!current) return null;
    const { call, notes } = current;
    return {
      callSid: call.callSid,
      callId: deps.store.calls.findBySid(call.callSid)?.id ?? null,
      from: call.from,
      state: stateOf[call.state],
      notes: [...notes],
    };
  };

  const active = () => (current && current.call.state !== 'ended' ? current : null);

  return {
    current: snapshot,

    /** Whether a live call with this CallSid is the test call (so it can be redirected here). */
    owns: (callSid: string) => active()?.call.callSid === callSid,

    start: (from?: string) =>
      serially(async () => {
        const caller = from ? toE164(from) : defaultTestCallerNumber;
        if (!caller) throw new ApiError(400, `from: "${from}" is not a valid phone number`, 'from');
        await active()?.call.hangup();
        const notes: string[] = [];
        const owner = { answers: false };
        const call = new SimulatedCall({
          publicUrl: deps.publicUrl(),
          deliverTo: deps.localUrl(),
          authToken: deps.authToken(),
          from: caller,
          to: deps.businessNumber() || undefined,
          // The owner's phone stays silent, except once the owner chose to take the call over.
          dialedParty: () => (owner.answers ? { answer: 'answer', pressDigits: '1', talkSeconds: 20 } : { answer: 'no-answer' }),
          onEvent: (event) => {
            const note = noteFor(event);
            if (note) notes.push(note);
          },
        });
        current = { call, notes, owner };
        await call.start();
        return snapshot()!;
      }),

    /** The caller speaks: an answer at the receptionist's prompt, or the message at the tone. */
    say: (text: string) =>
      serially(async () => {
        const session = active();
        if (!session) throw new ApiError(409, 'there is no test call in progress: start one first');
        try {
          if (session.call.state === 'recording')
            await session.call.leaveVoicemail(text, Math.max(3, Math.ceil(text.length / 15)));
          else await session.call.say(text);
        } catch (error) {
          // The simulator refuses what a caller could not do at this point of the call.
          throw new ApiError(409, error instanceof Error ? error.message : String(error));
        }
        return snapshot()!;
      }),

    hangUp: () =>
      serially(async () => {
        await active()?.call.hangup();
        return snapshot();
      }),

    /** Twilio's live call update for the test call: the owner answers the transfer that follows. */
    redirect: (url: string) =>
      serially(async () => {
        const session = active();
        if (!session) throw new ApiError(409, 'the test call has already ended');
        session.owner.answers = true;
        await session.call.redirect(url);
      }),
  };
}
