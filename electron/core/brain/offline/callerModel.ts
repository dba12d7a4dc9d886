import { endianness } from 'node:os';
import { stemmer } from 'stemmer';
import { z } from 'zod';
import { callerIntents, type CallerIntent } from '../../../shared/models';
import type { IntentSignals } from './classifyIntent';
import { storedCallerModel } from './callerModelWeights';
import { negatesWhatFollows, normalizeUtterance } from './utteranceText';

/**
 * A second opinion beside the rules, for the four judgements that decide where a call goes: a
 * logistic regression per judgement over what the caller said so far (callerFeatures), trained on
 * the tune part of the eval corpus (`npm run train`, eval/trainCallerModel.ts). Rules catch the
 * wordings someone wrote down; the model weighs every word it saw in some 3,000 real calls, so it
 * also catches a request or a hazard put in words no rule names. English only: Spanish callers
 * are few in the corpus and the rules gloss their words.
 */
export const callerJudgements = ['emergency', 'askedForPerson', 'spam', 'wrongNumber'] as const;
export type CallerJudgement = (typeof callerJudgements)[number];
/**
 * Beside the judgements, one head per intent, read together (softmax): what the caller rang about,
 * from their words and from the rules' own reading of the call (intentCues). The rules read the
 * wordings someone wrote down; the heads learn, from thousands of whole calls, when to trust which
 * signal and how a job is put when the caller says no more than "I need the bathroom painted".
 */
export const callerHeads = [...callerJudgements, ...callerIntents] as const;
export type CallerHead = (typeof callerHeads)[number];

/** Weights are kept in hundredths: the trainer rounds them to two decimals. */
const hundredths = 100;

/** One weight per vocabulary entry, in the vocabulary's order. */
const Head = z.object({ bias: z.number(), weights: z.array(z.number()) }).strict();
/**
 * The same, the weights in hundredths as 16-bit integers (little-endian), in base64. Checked by its
 * characters alone: zod's own base64 pattern, run over ten heads of 200 kB each on the first call,
 * cost about 2 MB of resident memory the process kept (measured on the model alone).
 */
const StoredHead = z.object({ bias: z.number(), weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64') }).strict();

/** The model as `npm run train` learns it, and checks it before storing it. */
export const TrainedCallerModel = z
  .object({
    /** What it was trained on, for the README and the test that retrains it. */
    trainedOn: z.object({ part: z.literal('tune'), scripts: z.number().int().positive() }).strict(),
    /** The words and word pairs the model knows (callerFeatures), shared by the heads; sorted, for binary search. */
    vocabulary: z.array(z.string()),
    heads: z.object(Object.fromEntries(callerHeads.map((head) => [head, Head])) as Record<CallerHead, typeof Head>).strict(),
  })
  .strict()
  .refine((model) => callerHeads.every((head) => model.heads[head].weights.length === model.vocabulary.length), {
    message: 'every head needs one weight per vocabulary entry',
  })
  .refine((model) => model.vocabulary.every((feature, index) => index === 0 || model.vocabulary[index - 1]! < feature), {
    message: 'the vocabulary must be sorted, each feature once',
  });
export type TrainedCallerModel = z.infer<typeof TrainedCallerModel>;

/**
 * The model ready to judge, packed: the vocabulary as one string with where each entry starts, the
 * weights in hundredths as 16-bit integers, as they are stored. A fraction of the memory of the
 * trained arrays of strings and doubles, for a receptionist that keeps running all day.
 */
export interface CallerModel {
  trainedOn: TrainedCallerModel['trainedOn'];
  /** The sorted vocabulary, each entry followed by a line break (no feature holds one). */
  words: string;
  /** Where entry i starts in `words`; entry i ends one before starts[i + 1]. */
  starts: Uint32Array;
  /** Each head's weights in hundredths, one per vocabulary entry. */
  heads: Record<CallerHead, { bias: number; weights: Int16Array }>;
}

/** Packs a model just trained for judging (the committed one is read by unstoreCallerModel). */
export function readyCallerModel(trained: TrainedCallerModel): CallerModel {
  const starts = new Uint32Array(trained.vocabulary.length + 1);
  trained.vocabulary.forEach((entry, index) => {
    starts[index + 1] = starts[index]! + entry.length + 1;
  });
  const heads = Object.fromEntries(
    callerHeads.map((head) => {
      const { bias, weights } = trained.heads[head];
      return [head, { bias, weights: Int16Array.from(weights, (weight) => Math.round(weight * hundredths)) }];
    }),
  ) as CallerModel['heads'];
  return { trainedOn: trained.trainedOn, words: packedWords(trained.vocabulary), starts, heads };
}

/** The vocabulary as `CallerModel.words` holds it: each entry followed by a line break. */
const packedWords = (vocabulary: readonly string[]) => vocabulary.map((entry) => `${entry}\n`).join('');

/**
 * The model as stored (callerModelWeights.ts): the vocabulary as it is packed, and each head's
 * weights in hundredths as 16-bit integers in base64. Read as it is, it costs a few strings: the
 * trained form as JSON cost 8 MB of heap for a moment on every start, and the process kept 7 MB of
 * it.
 */
export const StoredCallerModel = z
  .object({
    trainedOn: TrainedCallerModel.shape.trainedOn,
    /** The sorted vocabulary, each entry followed by a line break, as `CallerModel.words`. */
    words: z.string().refine((words) => words === '' || words.endsWith('\n'), 'every entry ends with a line break'),
    heads: z
      .object(Object.fromEntries(callerHeads.map((head) => [head, StoredHead])) as Record<CallerHead, typeof StoredHead>)
      .strict(),
  })
  .strict()
  .refine(
    (model) => {
      const entries = entriesIn(model.words);
      return callerHeads.every((head) => Buffer.byteLength(model.heads[head].weights, 'base64') === 2 * entries);
    },
    { message: 'every head needs one weight per vocabulary entry' },
  );
export type StoredCallerModel = z.infer<typeof StoredCallerModel>;

/** Where each entry of packed `words` ends (its line break), without splitting 20,000 strings out of it. */
function* lineBreaks(words: string): Generator<number> {
  for (let at = words.indexOf('\n'); at !== -1; at = words.indexOf('\n', at + 1)) yield at;
}

function entriesIn(words: string): number {
  let entries = 0;
  for (const _ of lineBreaks(words)) entries++;
  return entries;
}

/** The trained model in its stored form (`npm run train` writes it). */
export function storeCallerModel(trained: TrainedCallerModel): StoredCallerModel {
  const heads = Object.fromEntries(
    callerHeads.map((head) => {
      const { bias, weights } = trained.heads[head];
      const bytes = Buffer.alloc(2 * weights.length);
      weights.forEach((weight, index) => bytes.writeInt16LE(Math.round(weight * hundredths), 2 * index));
      return [head, { bias, weights: bytes.toString('base64') }];
    }),
  ) as StoredCallerModel['heads'];
  return { trainedOn: trained.trainedOn, words: packedWords(trained.vocabulary), heads };
}

const nativeLittleEndian = endianness() === 'LE';

/** The stored model ready to judge, read straight into its packed arrays. */
export function unstoreCallerModel(stored: StoredCallerModel): CallerModel {
  const starts = new Uint32Array(entriesIn(stored.words) + 1);
  let entry = 0;
  for (const at of lineBreaks(stored.words)) starts[++entry] = at + 1;
  const heads = Object.fromEntries(
    callerHeads.map((head) => {
      const { bias, weights } = stored.heads[head];
      const bytes = Buffer.from(weights, 'base64');
      // Read in place where the platform's order is the stored one (little-endian, as on every
      // machine Pickup ships for): copying each head cost as much memory again, and kept it.
      if (nativeLittleEndian && bytes.byteOffset % 2 === 0)
        return [head, { bias, weights: new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2) }];
      const unpacked = new Int16Array(bytes.length / 2);
      for (let index = 0; index < unpacked.length; index++) unpacked[index] = bytes.readInt16LE(2 * index);
      return [head, { bias, weights: unpacked }];
    }),
  ) as CallerModel['heads'];
  return { trainedOn: stored.trainedOn, words: stored.words, starts, heads };
}

/** The committed model, checked against its schema and unpacked on first use. */
let committed: CallerModel | undefined;
export function committedCallerModel(): CallerModel {
  committed ??= unstoreCallerModel(StoredCallerModel.parse(storedCallerModel));
  return committed;
}

/**
 * Each turn's words, their stems (marked "~", without apostrophes: "leaking", "leaked" and "leaks"
 * share "~leak", so a form the tune part never had still counts) and the pairs of neighbouring
 * words; a pair never spans two turns. A word a negator just before it denies, in the same clause,
 * is marked "!" ("no smell" gives "!smell"), so "hot" and "smell" weigh as heard only when they are.
 */
export function callerFeatures(turns: readonly string[]): Set<string> {
  const features = new Set<string>();
  for (const turn of turns) {
    const words: string[] = [];
    // The words since the last comma or full stop: what a negator there still covers.
    let clause: string[] = [];
    for (const [token] of normalizeUtterance(turn).matchAll(/[a-z0-9']+|[.,;:!?]/g)) {
      if (/^[.,;:!?]$/.test(token)) {
        clause = [];
        continue;
      }
      // "it's not hot and there's no smell": a word denied counts as its own feature, not as the word.
      const denied = negatesWhatFollows(clause) ? '!' : '';
      features.add(`${denied}${token}`);
      features.add(`~${denied}${stemmer(token.replace(/'s$|'/g, ''))}`);
      const last = words.at(-1);
      if (last !== undefined) features.add(`${last} ${token}`);
      words.push(token);
      clause.push(token);
    }
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

/** How likely each judgement is. */
export type JudgementOdds = Record<CallerJudgement, number>;

/** The model's reading of what the caller said so far. */
export interface CallerOdds extends Readonly<JudgementOdds> {
  /**
   * What the caller rang about, read from their words and the rules' reading (intentCues): the
   * likeliest intent when the model gives it at least intentBar, else null (the rules decide).
   */
  intentGiven(cues: readonly string[]): CallerIntent | null;
}

/** A head's sum as odds (logistic); the trainer learns by the same reading. */
export const sigmoid = (sum: number) => 1 / (1 + Math.exp(-sum));

/** Heads read together: each sum's share of the whole (softmax); the trainer learns by the same reading. */
export function softmax(sums: readonly number[]): number[] {
  const top = Math.max(...sums);
  const shares = sums.map((sum) => Math.exp(sum - top));
  const total = shares.reduce((whole, share) => whole + share, 0);
  return shares.map((share) => share / total);
}

/** A head's sum over the vocabulary entries heard, its bias included. */
function sumOf(model: CallerModel, head: CallerHead, known: readonly number[]): number {
  const { bias, weights } = model.heads[head];
  return known.reduce((total, position) => total + weights[position]! / hundredths, bias);
}

/** How likely each judgement is, from everything the caller said so far, and the intent it reads. */
export function judgeCaller(model: CallerModel, turns: readonly string[]): CallerOdds {
  const known = [...callerFeatures(turns)].flatMap((feature) => positionOf(model, feature) ?? []);
  const judged = Object.fromEntries(
    callerJudgements.map((judgement) => [judgement, sigmoid(sumOf(model, judgement, known))]),
  ) as JudgementOdds;
  return {
    ...judged,
    intentGiven(cues) {
      const heard = [...known, ...cues.flatMap((cue) => positionOf(model, cue) ?? [])];
      const sums = callerIntents.map((intent) => sumOf(model, intent, heard));
      const odds = softmax(sums);
      const likeliest = sums.indexOf(Math.max(...sums));
      return odds[likeliest]! >= intentBar ? callerIntents[likeliest]! : null;
    },
  };
}

/**
 * The rules' reading of a call, as the intent heads take it in beside the caller's words: each
 * signal the rules heard (classifyIntent.ts) and the intent they would give. The heads learn how far
 * to trust each, and which words overrule them.
 */
export function intentCues(signals: IntentSignals, rulesIntent: CallerIntent): string[] {
  const heard = Object.entries(signals).flatMap(([name, said]) => (said === true ? [`signal:${name}`] : []));
  return [...heard, `rules:${rulesIntent}`];
}

/**
 * How sure the model must be before its word changes a call, per judgement, read off `npm run
 * train`'s five-fold cross-validation, corpus files held out whole (bars of 0.5, 0.6, ... 0.9,
 * 0.95, 0.98). Sending a call to the owner's phone when it need not go costs a minute: the
 * transfers take the lowest bar at which the model raised at most one in a hundred of the held-out
 * tune calls not of that kind. Filing a customer as spam or a wrong number loses the job: keeping a
 * call from the owner takes the lowest bar from 0.6 up at which it raised the fewest customers (none,
 * where a bar raises none); a higher bar that raises as many keeps no customer more and lets more
 * pitches through.
 */
export const barFor: Record<CallerJudgement, number> = {
  emergency: 0.5,
  askedForPerson: 0.6,
  spam: 0.95,
  wrongNumber: 0.98,
};

/** Whether the model is sure enough of this judgement to act on it. */
export function sureOf(odds: Readonly<JudgementOdds>, judgement: CallerJudgement): boolean {
  return odds[judgement] >= barFor[judgement];
}

/**
 * How sure the intent heads must be of the likeliest intent before it, and not the rules' reading,
 * is the call's. In a by-file cross-validation of the heads on each call's last reading (13,132 tune
 * calls with an intent, 6 December 2026), bars of 0 (the heads always), 0.5, 0.6, 0.7, 0.8 and 0.9
 * read 11,859, 11,851, 11,833, 11,796, 11,741 and 11,646 right (the rules alone 11,293), and on 215
 * callers written blind 200, 200, 200, 198, 197 and 191 (the rules alone 186). Better than even
 * odds costs next to nothing and leaves a call the heads cannot place ("hello", words they never
 * saw) to the rules.
 */
export const intentBar = 0.5;
