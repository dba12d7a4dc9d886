import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { callerIntents } from '../electron/shared/models';

export const trades = ['plumbing', 'hvac', 'electrical', 'roofing', 'landscaping', 'painting', 'handyman', 'cleaning'] as const;

const Language = z.enum(['en', 'es']);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM');

export const Truth = z
  .object({
    intent: z.enum(callerIntents),
    name: z.string().min(1).nullable(),
    /** Every group must appear in the stored need; a group is alternatives joined by "|". */
    needKeywords: z.array(z.string().min(1)),
    address: z.string().min(1).nullable(),
    callbackWanted: z.boolean(),
    callbackAfter: hhmm.nullable().optional(),
    emergency: z.boolean(),
    askedForPerson: z.boolean(),
    spam: z.boolean(),
    wrongNumber: z.boolean(),
    questions: z.array(z.string().min(1)),
    language: Language,
  })
  .strict();
export type Truth = z.infer<typeof Truth>;

export const Script = z
  .object({
    id: z.string().regex(/^[a-z]+(-[a-z]+)*-\d{3}$/, 'must look like plumbing-001'),
    /** "none" for calls that are not about a job (spam, wrong numbers). */
    trade: z.enum([...trades, 'none']),
    language: Language,
    part: z.enum(['tune', 'holdout', 'fresh']),
    from: z.union([z.string().regex(/^\+1\d{10}$/, 'must be an E.164 US number'), z.literal('anonymous')]),
    stirVerstat: z.string().min(1).optional(),
    at: z.iso.datetime({ offset: true }).optional(),
    callerTurns: z.array(z.string()).min(1),
    source: z.object({ url: z.url(), title: z.string().min(1), note: z.string().min(1) }).strict(),
    truth: Truth,
  })
  .strict();
export type Script = z.infer<typeof Script>;

/**
 * When a script with no time of its own is played: Monday 15 June 2026, noon in Denver. Played at
 * the hour the eval runs instead, a bare "after 5" said before 7 AM is that morning's 5 o'clock,
 * and the table would depend on when it was printed.
 */
const untimedAt = '2026-06-15T18:00:00.000Z';

/** The moment a script's call takes place. */
export const playedAt = (script: Script): string => script.at ?? untimedAt;

const CorpusFile = z.array(Script).min(1);

/**
 * Every 3rd script of a file, in id order, is held out: the part is derived, never chosen. The
 * `fresh-*.json` files were written after the rules were tuned, by someone who never read them,
 * and are kept apart whole: nobody tunes on them, so they measure what the holdout, looked at
 * while tuning, no longer can. The `tune-*.json` files were written while tuning, to cover kinds
 * of calls the tune part had few of; holding a third of them out would put scripts written with
 * the rules in view into the holdout, so they are tune whole.
 */
export function expectedPart(indexInFile: number, fileName = ''): Script['part'] {
  if (fileName.startsWith('fresh-')) return 'fresh';
  if (fileName.startsWith('tune-')) return 'tune';
  return indexInFile % 3 === 2 ? 'holdout' : 'tune';
}

/** Problems with one file's scripts beyond their shape: order, parts. */
export function fileProblems(scripts: Script[], fileName = ''): string[] {
  const problems: string[] = [];
  scripts.forEach((script, index) => {
    const previous = scripts[index - 1];
    if (previous && previous.id >= script.id) problems.push(`${script.id} is not in id order after ${previous.id}`);
    const part = expectedPart(index, fileName);
    if (script.part !== part)
      problems.push(`${script.id} should be part "${part}" (every 3rd script is holdout; fresh-* files are fresh)`);
    if (script.language !== script.truth.language) problems.push(`${script.id}: language and truth.language differ`);
  });
  return problems;
}

/** Reads and validates every corpus file; throws one error listing every problem found. */
export function loadCorpus(dir: string): Script[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const problems: string[] = [];
  const scripts: Script[] = [];
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = CorpusFile.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    problems.push(...fileProblems(parsed.data, file).map((problem) => `${file}: ${problem}`));
    scripts.push(...parsed.data);
  }
  const seen = new Set<string>();
  for (const { id } of scripts) {
    if (seen.has(id)) problems.push(`duplicate id ${id}`);
    seen.add(id);
  }
  if (problems.length > 0) throw new Error(`The eval corpus in ${dir} has problems:\n- ${problems.join('\n- ')}`);
  return scripts;
}
