import type { Script, Truth } from '../../eval/corpusSchema';

/** The ground truth of a plain English call about nothing in particular, with what a test changes. */
export function plainTruth(overrides: Partial<Truth> = {}): Truth {
  return {
    intent: 'quote',
    name: null,
    needKeywords: [],
    address: null,
    callbackWanted: false,
    emergency: false,
    askedForPerson: false,
    spam: false,
    wrongNumber: false,
    questions: [],
    language: 'en',
    ...overrides,
  };
}

/** A tune-part eval script of these caller turns, at a fixed time, with what a test changes. */
export function evalScript(callerTurns: string[], extra: Partial<Script> = {}): Script {
  return {
    id: 'test-001',
    trade: 'none',
    language: 'en',
    part: 'tune',
    from: '+13035551234',
    at: '2026-06-15T12:00:00-06:00',
    callerTurns,
    source: { url: 'https://example.com', title: 'test', note: 'test' },
    truth: plainTruth(),
    ...extra,
  };
}
