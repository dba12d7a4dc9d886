import { describe, expect, it } from 'vitest';
import { brainLabel } from './brainLabel';

describe('who answers, in plain words', () => {
  it('names the brains as Settings does, never "offline brain"', () => {
    expect(brainLabel('offline')).toBe('the built-in receptionist');
    expect(brainLabel('openai')).toBe('the AI');
    expect(brainLabel('openai:gpt-4o-mini')).toBe('the AI (gpt-4o-mini)');
  });
});
