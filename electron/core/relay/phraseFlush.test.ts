import { describe, expect, it } from 'vitest';
import { takePhrase } from './phraseFlush';

describe('takePhrase', () => {
  it('sends the first text of a reply at once, even mid-word', () => {
    expect(takePhrase('Abs', false)).toEqual({ send: 'Abs', rest: '' });
  });

  it('then holds text until a phrase ends', () => {
    expect(takePhrase(' we can', true)).toEqual({ send: '', rest: ' we can' });
    expect(takePhrase(' we can do that. What is', true)).toEqual({ send: ' we can do that.', rest: ' What is' });
  });

  it('flushes up to the last boundary in the buffer, commas included', () => {
    expect(takePhrase(' sure, Tuesday works; see', true)).toEqual({ send: ' sure, Tuesday works;', rest: ' see' });
  });

  it('ends a phrase at an em or en dash too', () => {
    expect(takePhrase(' Tuesday — or Wednesday', true)).toEqual({ send: ' Tuesday —', rest: ' or Wednesday' });
    expect(takePhrase(' open 8 – 5 weekdays', true)).toEqual({ send: ' open 8 –', rest: ' 5 weekdays' });
  });

  it('does not split a number or a decimal at its point', () => {
    expect(takePhrase(' it costs 3.50 dollars', true).send).toBe('');
  });

  it('flushes a long phrase without punctuation at its last space', () => {
    const long = ' word'.repeat(20);
    const { send, rest } = takePhrase(long, true);
    expect(send + rest).toBe(long);
    expect(send.length).toBeGreaterThan(60);
    expect(rest).toBe(' word');
  });
});
