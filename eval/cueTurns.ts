import { callerJudgements, type CallerJudgement, type CallerModel } from '../electron/core/brain/offline/callerModel';
import { readState } from '../electron/core/brain/offline/conversationState';
import { createOfflineBrain } from '../electron/core/brain/offline/offlineBrain';
import { playBrainOnly } from './brainOnly';
import type { Script } from './corpusSchema';

/** A tune script with, per judgement, the caller turn that gave it away (null: the call is not of that kind). */
export interface LabelledCall {
  id: string;
  turns: string[];
  cue: Record<CallerJudgement, number | null>;
}

/** Monday 15 June 2026, noon in Denver. */
const labelledAt = '2026-06-15T18:00:00.000Z';

/** A model that never says anything, so the brain plays on its rules alone. */
export const silentModel: CallerModel = {
  trainedOn: { part: 'tune', scripts: 1 },
  vocabulary: [],
  heads: Object.fromEntries(
    callerJudgements.map((judgement) => [judgement, { bias: -100, weights: [] as number[] }]),
  ) as CallerModel['heads'],
};

const truthOf: Record<CallerJudgement, (script: Script) => boolean> = {
  emergency: (script) => script.truth.emergency,
  askedForPerson: (script) => script.truth.askedForPerson,
  spam: (script) => script.truth.spam,
  wrongNumber: (script) => script.truth.wrongNumber,
};

/**
 * Which turn gave each judgement away, as the rules heard it: the ground truth says whether a call
 * is an emergency, not where, and the rules are right on every tune script (the eval's table), so
 * the turn where they first took it as one marks it. A call of a kind the rules never took for one
 * is marked at its last turn, where the whole call has been said.
 */
export async function labelCall(script: Script): Promise<LabelledCall> {
  if (script.part !== 'tune')
    throw new Error(`${script.id} is in the ${script.part} part: the model learns from the tune part only`);
  const heard: Record<CallerJudgement, number | null> = { emergency: null, askedForPerson: null, spam: null, wrongNumber: null };
  const mark = (judgement: CallerJudgement, turn: number, now: boolean) => {
    if (now && heard[judgement] === null) heard[judgement] = turn;
  };
  // A script without a time of its own is labelled at a fixed one, so training gives the same model any day.
  const timed = { ...script, at: script.at ?? labelledAt };
  await playBrainOnly(timed, createOfflineBrain({ callerModel: silentModel }), (turn, reply) => {
    const state = readState(reply.state);
    mark('emergency', turn, state.signals.emergency || state.emergencyPending);
    mark('askedForPerson', turn, state.signals.askedForPerson || state.transferPending);
    mark('spam', turn, state.callerKind === 'spam');
    mark('wrongNumber', turn, state.callerKind === 'wrong_number');
  });
  const last = script.callerTurns.length - 1;
  const cue = Object.fromEntries(
    callerJudgements.map((judgement) => [judgement, truthOf[judgement](script) ? (heard[judgement] ?? last) : null]),
  ) as LabelledCall['cue'];
  return { id: script.id, turns: script.callerTurns, cue };
}
