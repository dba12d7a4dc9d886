import { stemmer } from 'stemmer';
import { z } from 'zod';
import { callerModelJson } from './callerModelWeights';
import { normalizeUtterance } from './utteranceText';

/**
 * A second opinion beside the rules, for the four judgements that decide where a call goes: a
 * logistic regression per judgement over what the caller said so far (callerFeatures), trained on
 * the tune part of the eval corpus (`npm run train`, eval/trainCallerModel.ts). Rules catch the
 * wordings someone wrote down; the model weighs every word it saw in some 800 real calls, so it
 * also catches a request or a hazard put in words no rule names. English only: Spanish callers
 * are few in the corpus and the rules gloss their words.
 */
export const callerJudgements = ['emergency', 'askedForPerson', 'spam', 'wrongNumber'] as const;
export type CallerJudgement = (typeof callerJudgements)[number];

/** One weight per vocabulary entry, in the vocabulary's order. */
const Head = z.object({ bias: z.number(), weights: z.array(z.number()) }).strict();

/** The model as `npm run train` writes it (callerModelWeights.ts) and checks it. */
export const CallerModelFile = z
  .object({
    /** What it was trained on, for the README and the test that retrains it. */
    trainedOn: z.object({ part: z.literal('tune'), scripts: z.number().int().positive() }).strict(),
    /** The words and word pairs the model knows (callerFeatures), shared by the heads; sorted, for binary search. */
    vocabulary: z.array(z.string()),
    heads: z
      .object(Object.fromEntries(callerJudgements.map((judgement) => [judgement, Head])) as Record<CallerJudgement, typeof Head>)
      .strict(),
  })
  .strict()
  .refine((model) => callerJudgements.every((judgement) => model.heads[judgement].weights.length === model.vocabulary.length), {
    message: 'every head needs one weight per vocabulary entry',
  })
  .refine((model) => model.vocabulary.every((feature, index) => index === 0 || model.vocabulary[index - 1]! < feature), {
    message: 'the vocabulary must be sorted, each feature once',
  });
export type CallerModelFile = z.infer<typeof CallerModelFile>;

/**
 * The model ready to judge, packed: the vocabulary as one string with where each entry starts, the
 * weights as 32-bit floats. A quarter of the memory of the file's arrays of strings and doubles,
 * for a receptionist that keeps running all day.
 */
export interface CallerModel {
  trainedOn: CallerModelFile['trainedOn'];
  /** The sorted vocabulary, each entry followed by a line break (no feature holds one). */
  words: string;
  /** Where entry i starts in `words`; entry i ends one before starts[i + 1]. */
  starts: Uint32Array;
  heads: Record<CallerJudgement, { bias: number; weights: Float32Array }>;
}

/** Packs a model read from its file (or just trained) for judging. */
export function readyCallerModel(file: CallerModelFile): CallerModel {
  const starts = new Uint32Array(file.vocabulary.length + 1);
  file.vocabulary.forEach((entry, index) => {
    starts[index + 1] = starts[index]! + entry.length + 1;
  });
  const heads = Object.fromEntries(
    callerJudgements.map((judgement) => {
      const { bias, weights } = file.heads[judgement];
      return [judgement, { bias, weights: Float32Array.from(weights) }];
    }),
  ) as CallerModel['heads'];
  return { trainedOn: file.trainedOn, words: file.vocabulary.map((entry) => `${entry}\n`).join(''), starts, heads };
}

export type CallerOdds = Record<CallerJudgement, number>;

/**
 * The committed model, read, checked against its schema and packed on first use; the file's
 * arrays are garbage once packed.
 */
let committed: CallerModel | undefined;
export function committedCallerModel(): CallerModel {
  committed ??= readyCallerModel(CallerModelFile.parse(JSON.parse(callerModelJson)));
  return committed;
}

/**
 * Each turn's words, their stems (marked "~", without apostrophes: "leaking", "leaked" and "leaks"
 * share "~leak", so a form the tune part never had still counts) and the pairs of neighbouring
 * words; a pair never spans two turns.
 */
export function callerFeatures(turns: readonly string[]): Set<string> {
  const features = new Set<string>();
  for (const turn of turns) {
    const words = normalizeUtterance(turn)
      .split(/[^a-z0-9']+/)
      .filter(Boolean);
    words.forEach((word, index) => {
      features.add(word);
      features.add(`~${stemmer(word.replace(/'s$|'/g, ''))}`);
      const next = words[index + 1];
      if (next !== undefined) features.add(`${word} ${next}`);
    });
  }
  return features;
}

/** Where a feature sits in the sorted vocabulary, by binary search (a Map of it would cost a megabyte). */
function positionOf({ words, starts }: CallerModel, feature: string): number | null {
  let low = 0;
  let high = starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const entry = words.slice(starts[middle], starts[middle + 1]! - 1);
    if (entry === feature) return middle;
    if (entry < feature) low = middle + 1;
    else high = middle - 1;
  }
  return null;
}

/** How likely each judgement is, from everything the caller said so far. */
export function judgeCaller(model: CallerModel, turns: readonly string[]): CallerOdds {
  const known = [...callerFeatures(turns)].flatMap((feature) => positionOf(model, feature) ?? []);
  const odds = {} as CallerOdds;
  for (const judgement of callerJudgements) {
    const head = model.heads[judgement];
    const sum = known.reduce((total, position) => total + head.weights[position]!, head.bias);
    odds[judgement] = 1 / (1 + Math.exp(-sum));
  }
  return odds;
}

/**
 * How sure the model must be before its word changes a call, per judgement, read off `npm run
 * train`'s five-fold cross-validation (bars of 0.5, 0.6, ... 0.9, 0.95, 0.98). Sending a call to the
 * owner's phone when it need not go costs a minute: the transfers take the lowest bar at which the
 * model raised at most one in a hundred of the held-out tune calls not of that kind. Filing a
 * customer as spam or a wrong number loses the job: keeping a call from the owner takes the lowest
 * bar from 0.6 up at which it raised none.
 */
export const barFor: Record<CallerJudgement, number> = {
  emergency: 0.7,
  askedForPerson: 0.9,
  spam: 0.6,
  wrongNumber: 0.6,
};

/** Whether the model is sure enough of this judgement to act on it. */
export function sureOf(odds: CallerOdds, judgement: CallerJudgement): boolean {
  return odds[judgement] >= barFor[judgement];
}
