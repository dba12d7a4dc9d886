import {
  callerJudgements,
  judgeCaller,
  sureOf,
  type CallerJudgement,
  readyCallerModel,
  type CallerModel,
  type JudgementOdds,
} from '../electron/core/brain/offline/callerModel';
import type { LabelledCall } from './cueTurns';
import { trainCallerModel } from './trainCallerModel';

export interface CrossValidation {
  /** Per judgement, over every held-out call: how many were of the kind, found by some turn, and raised when not. */
  model: Record<CallerJudgement, { calls: number; found: number; falseAlarms: number }>;
  /** The same counts at each candidate bar (`bars`), to read barFor off. */
  byBar: Record<CallerJudgement, { bar: number; found: number; falseAlarms: number }[]>;
  /** The whole brain with each fold's model, over its held-out calls. */
  brain: {
    emergenciesNotPutThrough: number;
    spamPutThroughOrStored: number;
    needlessTransfers: number;
    /** Calls with an intent to get right (not pitches or misdials), and those whose stored intent agreed with the truth. */
    intentScored: number;
    intentRight: number;
    /** Calls in which the caller asked for a person (pitches and misdials aside), and those put through. */
    personScored: number;
    personPutThrough: number;
  };
}

/** The whole brain's counts before any call is played. */
export const noBrainCounts = (): CrossValidation['brain'] => ({
  emergenciesNotPutThrough: 0,
  spamPutThroughOrStored: 0,
  needlessTransfers: 0,
  intentScored: 0,
  intentRight: 0,
  personScored: 0,
  personPutThrough: 0,
});

/** The bars barFor is chosen among. */
export const bars = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98] as const;

/**
 * The highest odds of each judgement the model gives after any turn, asked as the brain asks it:
 * the call is raised at a bar when its peak clears it.
 */
function peakOdds(model: CallerModel, turns: readonly string[]): JudgementOdds {
  const peak = Object.fromEntries(callerJudgements.map((judgement) => [judgement, 0])) as JudgementOdds;
  turns.forEach((_, index) => {
    const odds = judgeCaller(model, turns.slice(0, index + 1));
    for (const judgement of callerJudgements) peak[judgement] = Math.max(peak[judgement], odds[judgement]);
  });
  return peak;
}

/**
 * The fold a call is held out in: whole corpus files go together ("tune-tenants-007" with the rest
 * of tune-tenants), so a model is judged on callers written by authors it never read, as the
 * holdout and fresh parts are. Files are dealt to folds in turn, by name.
 */
function foldsOf(calls: readonly LabelledCall[], folds: number): Map<string, number> {
  const fileOf = (id: string) => id.replace(/-\d+$/, '');
  const files = [...new Set(calls.map(({ id }) => fileOf(id)))].sort();
  const foldOfFile = new Map(files.map((file, index) => [file, index % folds]));
  return new Map(calls.map(({ id }) => [id, foldOfFile.get(fileOf(id))!]));
}

/**
 * K-fold cross-validation: each fold's calls are held out in turn, the model trained on the rest
 * and judged on what it never saw; `playHeldOut` plays those calls through the whole brain with
 * that model.
 */
export async function crossValidate(
  calls: readonly LabelledCall[],
  folds: number,
  playHeldOut: (model: CallerModel, held: readonly LabelledCall[]) => Promise<CrossValidation['brain']>,
): Promise<CrossValidation> {
  const model = Object.fromEntries(
    callerJudgements.map((judgement) => [judgement, { calls: 0, found: 0, falseAlarms: 0 }]),
  ) as CrossValidation['model'];
  const byBar = Object.fromEntries(
    callerJudgements.map((judgement) => [judgement, bars.map((bar) => ({ bar, found: 0, falseAlarms: 0 }))]),
  ) as CrossValidation['byBar'];
  const brain = noBrainCounts();
  const foldOf = foldsOf(calls, folds);
  for (let fold = 0; fold < folds; fold++) {
    const held = calls.filter(({ id }) => foldOf.get(id) === fold);
    const trained = readyCallerModel(trainCallerModel(calls.filter(({ id }) => foldOf.get(id) !== fold)));
    for (const call of held) {
      const peak = peakOdds(trained, call.turns);
      for (const judgement of callerJudgements) {
        const raised = sureOf(peak, judgement);
        const counts = model[judgement];
        if (call.cue[judgement] !== null) {
          counts.calls++;
          if (raised) counts.found++;
        } else if (raised) counts.falseAlarms++;
        for (const row of byBar[judgement]) {
          if (peak[judgement] < row.bar) continue;
          if (call.cue[judgement] !== null) row.found++;
          else row.falseAlarms++;
        }
      }
    }
    const played = await playHeldOut(trained, held);
    for (const count of Object.keys(brain) as (keyof CrossValidation['brain'])[]) brain[count] += played[count];
  }
  return { model, byBar, brain };
}
