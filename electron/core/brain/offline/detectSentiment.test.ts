import { describe, expect, it } from 'vitest';
import { detectSentiment } from './detectSentiment';

describe('detectSentiment', () => {
  it.each([
    ['thanks so much, that is great', 'positive'],
    ['perfect, I appreciate it', 'positive'],
    ['your guy never showed up and I am really frustrated', 'negative'],
    ['thanks, but this is ridiculous', 'negative'],
    ['not happy with the job at all', 'negative'],
    ['I need a roof quote', 'neutral'],
    ['12 Oak Street', 'neutral'],
    ['my basement is flooding', 'neutral'],
  ] as const)('%j sounds %s', (utterance, sentiment) => {
    expect(detectSentiment(utterance)).toBe(sentiment);
  });
});
