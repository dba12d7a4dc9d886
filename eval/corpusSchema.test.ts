import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTruth } from '../test/support/evalScript';
import { loadCorpus, trades } from './corpusSchema';

const corpusDir = join(import.meta.dirname, 'corpus');

describe('the eval corpus', () => {
  const corpus = loadCorpus(corpusDir);

  it('has the coverage the eval promises', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    for (const trade of trades)
      expect(corpus.filter((s) => s.trade === trade && s.language === 'en').length).toBeGreaterThanOrEqual(18);
    expect(corpus.filter((s) => s.truth.spam).length).toBeGreaterThanOrEqual(20);
    expect(corpus.filter((s) => s.truth.wrongNumber).length).toBeGreaterThanOrEqual(10);
    expect(corpus.filter((s) => s.language === 'es').length).toBeGreaterThanOrEqual(12);
    expect(corpus.filter((s) => s.truth.emergency).length).toBeGreaterThanOrEqual(40);
  });

  it('gives every caller its own number, so no lead carries over between scripts', () => {
    const numbers = corpus.map((s) => s.from).filter((from) => from !== 'anonymous');
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('loadCorpus', () => {
  it('lists every problem in plain words instead of loading a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pickup-eval-corpus-'));
    const script = {
      id: 'plumbing-001',
      trade: 'plumbing',
      language: 'en',
      part: 'holdout',
      from: '+13035550142',
      callerTurns: ['my sink leaks'],
      source: { url: 'https://example.com/a', title: 'A', note: 'invented' },
      truth: plainTruth({ intent: 'schedule', needKeywords: ['sink'], callbackWanted: true }),
    };
    writeFileSync(join(dir, 'a.json'), JSON.stringify([script]));
    writeFileSync(join(dir, 'b.json'), JSON.stringify([{ ...script, id: 'plumbing-002', from: '555' }]));
    writeFileSync(join(dir, 'c.json'), '[not json');
    // A fresh file is kept apart whole: a script of it marked tune or holdout is refused.
    writeFileSync(
      join(dir, 'fresh-plumbing.json'),
      JSON.stringify([{ ...script, id: 'fresh-plumbing-001', from: '+13035550143' }]),
    );
    // A tune file written while tuning is tune whole: its third script is not held out.
    writeFileSync(
      join(dir, 'tune-calls.json'),
      JSON.stringify([1, 2, 3].map((n) => ({ ...script, id: `tune-calls-00${n}`, part: n === 3 ? 'holdout' : 'tune' }))),
    );
    expect(() => loadCorpus(dir)).toThrow(/a\.json: plumbing-001 should be part "tune"/);
    expect(() => loadCorpus(dir)).toThrow(/tune-calls\.json: tune-calls-003 should be part "tune"/);
    expect(() => loadCorpus(dir)).toThrow(/fresh-plumbing\.json: fresh-plumbing-001 should be part "fresh"/);
    expect(() => loadCorpus(dir)).toThrow(/b\.json: 0\.from: must be an E\.164 US number/);
    expect(() => loadCorpus(dir)).toThrow(/c\.json: not valid JSON/);
  });
});
