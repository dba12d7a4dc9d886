import {
  callerHeads,
  callerJudgements,
  intentCues,
  readyCallerModel,
  type CallerJudgement,
  type TrainedCallerModel,
} from '../electron/core/brain/offline/callerModel';
import { classifyIntent, type IntentSignals } from '../electron/core/brain/offline/classifyIntent';
import { readState } from '../electron/core/brain/offline/conversationState';
import { createOfflineBrain } from '../electron/core/brain/offline/offlineBrain';
import { playBrainOnly } from './brainOnly';
import type { CallerIntent } from '../electron/shared/models';
import type { Script } from './corpusSchema';

/**
 * A tune script with, per judgement, the caller turn that gave it away; 'whole' when the call is of
 * that kind but the rules never took it for one, so no turn is known; null when it is not.
 */
export interface LabelledCall {
  id: string;
  turns: string[];
  cue: Record<CallerJudgement, number | 'whole' | null>;
  /**
   * What the intent heads learn from: the authors' intent, the turns the brain heard before the call
   * ended, and the rules' reading of them (intentCues); null for pitches and misdials, whose intent
   * nobody scores.
   */
  intent: { truth: CallerIntent; heard: string[]; cues: string[] } | null;
}

/**
 * A model that never says anything (no judgement raised; every intent as likely, one in six, below
 * intentBar), so the brain plays on its rules alone.
 */
export const silentModel = readyCallerModel({
  trainedOn: { part: 'tune', scripts: 1 },
  vocabulary: [],
  heads: Object.fromEntries(
    callerHeads.map((head) => [head, { bias: -100, weights: [] as number[] }]),
  ) as TrainedCallerModel['heads'],
});

const truthOf: Record<CallerJudgement, (script: Script) => boolean> = {
  emergency: (script) => script.truth.emergency,
  // A seller asking for the owner, or a misdial asking for their friend, is not to be put through:
  // the person head learns who is (the scorer, too, counts them only as kept from the owner or not).
  askedForPerson: (script) => script.truth.askedForPerson && !script.truth.spam && !script.truth.wrongNumber,
  spam: (script) => script.truth.spam,
  wrongNumber: (script) => script.truth.wrongNumber,
};

/**
 * Which turn gave each judgement away, as the rules heard it: the ground truth says whether a call
 * is an emergency, not where, so the turn where the rules first took it as one marks it. A call of
 * a kind the rules never took for one is marked 'whole': guessing its last turn would teach the
 * model that a last answer ("anytime", a street) is what made it urgent.
 */
export async function labelCall(script: Script): Promise<LabelledCall> {
  if (script.part !== 'tune')
    throw new Error(`${script.id} is in the ${script.part} part: the model learns from the tune part only`);
  const heard: Record<CallerJudgement, number | null> = { emergency: null, askedForPerson: null, spam: null, wrongNumber: null };
  const mark = (judgement: CallerJudgement, turn: number, now: boolean) => {
    if (now && heard[judgement] === null) heard[judgement] = turn;
  };
  let signals: IntentSignals | null = null;
  let lastTurn = 0;
  // playBrainOnly plays a script without a time of its own at a fixed one, so training gives the same model any day.
  await playBrainOnly(script, createOfflineBrain({ callerModel: silentModel }), (turn, reply) => {
    const state = readState(reply.state);
    signals = state.signals;
    lastTurn = turn;
    mark('emergency', turn, state.signals.emergency || state.emergencyPending);
    mark('askedForPerson', turn, state.signals.askedForPerson || state.transferPending);
    mark('spam', turn, state.callerKind === 'spam');
    mark('wrongNumber', turn, state.callerKind === 'wrong_number');
  });
  const cue = Object.fromEntries(
    callerJudgements.map((judgement) => [judgement, truthOf[judgement](script) ? (heard[judgement] ?? 'whole') : null]),
  ) as LabelledCall['cue'];
  const { truth } = script;
  const intent =
    truth.spam || truth.wrongNumber || signals === null
      ? null
      : {
          truth: truth.intent,
          heard: script.callerTurns.slice(0, lastTurn + 1),
          cues: intentCues(signals, classifyIntent(signals)),
        };
  return { id: script.id, turns: script.callerTurns, cue, intent };
}
