import { describe, expect, it } from 'vitest';
import { toSpokenAnswer } from './toSpokenAnswer';

describe('toSpokenAnswer', () => {
  it('keeps the first two sentences', () => {
    expect(toSpokenAnswer('We clean and repair gutters. Most jobs take 2.5 hours. We also install guards.')).toBe(
      'We clean and repair gutters. Most jobs take 2.5 hours.',
    );
  });

  it('removes headings and markdown so nothing odd is read aloud', () => {
    const content = '## Hours\n\n**Mon-Fri** 8am to 5pm\n- Saturdays by [appointment](https://example.com)\n- Closed _Sundays_';
    expect(toSpokenAnswer(content, 3)).toBe('Mon-Fri 8am to 5pm. Saturdays by appointment. Closed Sundays.');
  });

  it('turns a one-line table row into words', () => {
    expect(toSpokenAnswer('| Service | Price |\n|---|---|\n| Gutter cleaning | $150 |', 2)).toBe(
      'Service, Price. Gutter cleaning, $150.',
    );
  });

  it('returns one sentence when asked', () => {
    expect(toSpokenAnswer('Yes, we are licensed. License number 123.', 1)).toBe('Yes, we are licensed.');
  });
});
