import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  callerFeatures,
  callerJudgements,
  sigmoid,
  softmax,
  TrainedCallerModel,
  storeCallerModel,
  type CallerJudgement,
} from '../electron/core/brain/offline/callerModel';
import { callerIntents } from '../electron/shared/models';
import type { Script } from './corpusSchema';
import type { LabelledCall } from './cueTurns';

/**
 * Trains the offline brain's second opinion (electron/core/brain/offline/callerModel.ts): one
 * logistic regression per judgement and one multinomial over the intents, by stochastic gradient
 * descent, in a fixed pseudo-random order so the same corpus always gives the same model.
 */

const epochs = 20;
const learningRate = 0.5;
/** Keeps any one word from deciding alone what it saw only once or twice. */
const l2 = 1e-3;
/** Weights are written rounded to this many decimals: the file stays small. */
const decimals = 2;
/** A feature no judgement head weighs at this much or more, either way, is left out (trainCallerModel). */
const negligible = 0.1;

/**
 * The intent heads learn together (softmax), slower and longer held back than the judgements: in a
 * by-file cross-validation on the 13,132 tune calls with an intent (6 December 2026), with an l2 of
 * 1e-4 and ten epochs, learning rates of 0.2, 0.1, 0.05, 0.02 and 0.01 read 11,769, 11,786, 11,853,
 * 11,866 and 11,880 right, and on 215 new callers written blind 196, 197, 197, 200 and 199; 0.02
 * over twenty epochs, 11,881 and 200.
 */
const intentTraining = { epochs: 10, learningRate: 0.02, l2: 1e-4 };
/**
 * A feature no intent head weighs at this much or more, either way, is left out: of the 144,000
 * words, stems, pairs and rules' cues the heads see, 0.05 keeps 17,900 and cost 7 of the 11,866
 * (0.1 keeps 5,700 and cost 44).
 */
const negligibleForIntent = 0.05;

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

/** The intent is learned from whole calls, as far as the brain heard them, with the rules' reading of them. */
function intentExamplesOf(calls: readonly LabelledCall[]): { features: string[]; label: number }[] {
  return calls.flatMap(({ intent }) =>
    intent === null
      ? []
      : [{ features: [...callerFeatures(intent.heard), ...intent.cues], label: callerIntents.indexOf(intent.truth) }],
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

/** A head as learned: its bias and the weight of each feature it saw. */
interface Learned {
  bias: number;
  weights: Map<string, number>;
}

function trainHead(examples: readonly Example[]): Learned {
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const index of order(examples.length, epoch)) {
      const { features, label } = examples[index]!;
      let sum = bias;
      for (const feature of features) sum += weights.get(feature) ?? 0;
      const error = sigmoid(sum) - (label ? 1 : 0);
      bias -= learningRate * error;
      for (const feature of features) {
        const weight = weights.get(feature) ?? 0;
        weights.set(feature, weight - learningRate * (error + l2 * weight));
      }
    }
  }
  return { bias, weights };
}

/** Multinomial logistic regression: one head per intent, their sums read together as shares (softmax). */
function trainIntentHeads(examples: readonly { features: string[]; label: number }[]): Learned[] {
  const { epochs: rounds, learningRate: rate, l2: penalty } = intentTraining;
  const heads: Learned[] = callerIntents.map(() => ({ bias: 0, weights: new Map() }));
  for (let epoch = 0; epoch < rounds; epoch++) {
    for (const index of order(examples.length, epoch)) {
      const { features, label } = examples[index]!;
      const odds = softmax(
        heads.map(({ bias, weights }) => features.reduce((sum, feature) => sum + (weights.get(feature) ?? 0), bias)),
      );
      heads.forEach((head, intent) => {
        const error = odds[intent]! - (intent === label ? 1 : 0);
        head.bias -= rate * error;
        for (const feature of features) {
          const weight = head.weights.get(feature) ?? 0;
          head.weights.set(feature, weight - rate * (error + penalty * weight));
        }
      });
    }
  }
  return heads;
}

// `|| 0` turns -0 into 0, which the JSON file cannot tell apart.
const round = (value: number) => Number(value.toFixed(decimals)) || 0;

/** The model learned from these calls (tune scripts labelled by labelCall). */
export function trainCallerModel(calls: readonly LabelledCall[]): TrainedCallerModel {
  const intents = trainIntentHeads(intentExamplesOf(calls));
  const trained = [
    ...callerJudgements.map((judgement) => [judgement, trainHead(examplesOf(calls, judgement)), negligible] as const),
    ...callerIntents.map((intent, index) => [intent, intents[index]!, negligibleForIntent] as const),
  ];
  // A feature no head weighs at its bar or more, either way, is left out: it moves no judgement,
  // and every feature kept costs memory in the running receptionist.
  const vocabulary = [...new Set(trained.flatMap(([, head]) => [...head.weights.keys()]))]
    .filter((feature) => trained.some(([, head, bar]) => Math.abs(head.weights.get(feature) ?? 0) >= bar))
    .sort();
  const heads = Object.fromEntries(
    trained.map(([name, head]) => [
      name,
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
