import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  callerFeatures,
  callerJudgements,
  TrainedCallerModel,
  storeCallerModel,
  type CallerHead,
  type CallerJudgement,
} from '../electron/core/brain/offline/callerModel';
import type { Script } from './corpusSchema';
import type { LabelledCall } from './cueTurns';

/**
 * Trains the offline brain's second opinion (electron/core/brain/offline/callerModel.ts): one
 * logistic regression per judgement, by stochastic gradient descent, in a fixed pseudo-random
 * order so the same corpus always gives the same model.
 */

const epochs = 20;
const learningRate = 0.5;
/**
 * Keeps any one word from deciding alone what it saw only once or twice. The wish for a price is
 * read from how a job is put, learned from thousands of whole calls, and the judgements' 1e-3 held
 * it back: in a by-file cross-validation of the price head alone on the 9,189 tune calls about a job,
 * 1e-3 read 870 of them wrong and left 207 unsure; 1e-4, 708 wrong and 71 unsure; 3e-5 and 0, no better.
 */
const l2: Record<CallerHead, number> = {
  emergency: 1e-3,
  askedForPerson: 1e-3,
  spam: 1e-3,
  wrongNumber: 1e-3,
  wantsPrice: 1e-4,
};
/** Weights are written rounded to this many decimals: the file stays small. */
const decimals = 2;
/**
 * A feature no head weighs at this much or more, either way, is left out of the model
 * (trainCallerModel). The wish for a price is read from the few words that say it most; its long
 * tail of small weights would double the vocabulary the receptionist keeps in memory all day. With
 * its lighter l2, a bar of 1 keeps fewer words than 0.5 did before (each fold model's vocabulary
 * about 7% smaller) and, through the whole brain on the five fold models at a margin of 0.15, agreed with
 * the authors' intent on 10,108 of 11,524 tune calls (0.5: 10,089; 0.8: 10,103; 1.3: 10,099;
 * before, l2 1e-3 and 0.5: 10,024).
 */
const negligible: Record<CallerHead, number> = {
  emergency: 0.1,
  askedForPerson: 0.1,
  spam: 0.1,
  wrongNumber: 0.1,
  wantsPrice: 1,
};

/** The scripts the model may learn from: the tune part, in English. */
export function trainingScripts(corpus: readonly Script[]): Script[] {
  return corpus.filter((script) => script.part === 'tune' && script.language === 'en');
}

interface Example {
  features: Set<string>;
  label: boolean;
}

/**
 * The brain asks after every turn, on everything said so far, so the model learns from every
 * beginning of every call: before the turn that gave a call away it was not yet of its kind (a
 * first sentence that sounds like a request for the owner, until the caller says the rest), from
 * that turn on it was. A call of the kind whose turn is not known counts once, whole.
 */
function examplesOf(calls: readonly LabelledCall[], judgement: CallerJudgement): Example[] {
  return calls.flatMap(({ turns, cue }) => {
    const from = cue[judgement];
    if (from === 'whole') return [{ features: callerFeatures(turns), label: true }];
    return turns.map((_, index) => ({
      features: callerFeatures(turns.slice(0, index + 1)),
      label: from !== null && index >= from,
    }));
  });
}

/**
 * A wish for a price is learned from whole calls about a job: the brain's last word on the intent
 * is on everything said, and a call's first sentence is of no kind yet.
 */
function priceExamplesOf(calls: readonly LabelledCall[]): Example[] {
  return calls.flatMap(({ turns, wantsPrice }) =>
    wantsPrice === null ? [] : [{ features: callerFeatures(turns), label: wantsPrice }],
  );
}

/** A fixed shuffle (a linear congruential generator seeded per epoch), so training is repeatable. */
function order(count: number, epoch: number): number[] {
  const indices = Array.from({ length: count }, (_, index) => index);
  let seed = 2_654_435_761 ^ epoch;
  for (let index = count - 1; index > 0; index--) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    const other = seed % (index + 1);
    [indices[index], indices[other]] = [indices[other]!, indices[index]!];
  }
  return indices;
}

function trainHead(examples: readonly Example[], penalty: number): { bias: number; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const index of order(examples.length, epoch)) {
      const { features, label } = examples[index]!;
      let sum = bias;
      for (const feature of features) sum += weights.get(feature) ?? 0;
      const error = 1 / (1 + Math.exp(-sum)) - (label ? 1 : 0);
      bias -= learningRate * error;
      for (const feature of features) {
        const weight = weights.get(feature) ?? 0;
        weights.set(feature, weight - learningRate * (error + penalty * weight));
      }
    }
  }
  return { bias, weights };
}

// `|| 0` turns -0 into 0, which the JSON file cannot tell apart.
const round = (value: number) => Number(value.toFixed(decimals)) || 0;

/** The model learned from these calls (tune scripts labelled by labelCall). */
export function trainCallerModel(calls: readonly LabelledCall[]): TrainedCallerModel {
  const trained = [
    ...callerJudgements.map((judgement) => [judgement, trainHead(examplesOf(calls, judgement), l2[judgement])] as const),
    ['wantsPrice', trainHead(priceExamplesOf(calls), l2.wantsPrice)] as const,
  ];
  // A feature no head weighs at its `negligible` or more, either way, is left out: it moves no
  // judgement, and every feature kept costs memory in the running receptionist.
  const vocabulary = [...new Set(trained.flatMap(([, head]) => [...head.weights.keys()]))]
    .filter((feature) => trained.some(([name, head]) => Math.abs(head.weights.get(feature) ?? 0) >= negligible[name]))
    .sort();
  const heads = Object.fromEntries(
    trained.map(([judgement, head]) => [
      judgement,
      { bias: round(head.bias), weights: vocabulary.map((feature) => round(head.weights.get(feature) ?? 0)) },
    ]),
  );
  return TrainedCallerModel.parse({ trainedOn: { part: 'tune', scripts: calls.length }, vocabulary, heads });
}

/** Where the committed model lives. */
export const callerModelPath = join(import.meta.dirname, '..', 'electron', 'core', 'brain', 'offline', 'callerModelWeights.ts');

/** Written in its stored form (StoredCallerModel), which the running receptionist reads as it is. */
export function writeCallerModel(model: TrainedCallerModel, path = callerModelPath): void {
  const header =
    '// Written by `npm run train` (eval/trainCallerModel.ts) from the tune part; not edited by hand.\n' +
    "import type { StoredCallerModel } from './callerModel';\n\n";
  const stored = JSON.stringify(storeCallerModel(model), null, 2);
  writeFileSync(path, `${header}export const storedCallerModel: StoredCallerModel = ${stored};\n`);
}
