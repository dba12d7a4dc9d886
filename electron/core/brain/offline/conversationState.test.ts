import { describe, expect, it } from 'vitest';
import { nextSlot, readState } from './conversationState';

describe('readState', () => {
  it('starts empty on the first turn', () => {
    const state = readState({});
    expect(state).toMatchObject({ turns: 0, asked: null, name: null, skipped: [], transferAttempted: false });
  });

  it('falls back field by field when stored state is damaged', () => {
    const state = readState({ turns: 'three', name: 'Dana', asked: 'favouriteColour', skipped: ['name', 'nonsense'] });
    expect(state).toMatchObject({ turns: 0, name: 'Dana', asked: null, skipped: [] });
  });
});

describe('nextSlot', () => {
  it('asks in order and skips what was given up on', () => {
    expect(nextSlot(readState({}))).toBe('project');
    expect(nextSlot(readState({ project: 'roof quote' }))).toBe('name');
    expect(nextSlot(readState({ project: 'roof quote', skipped: ['name'] }))).toBe('address');
    expect(nextSlot(readState({ project: 'roof', name: 'Dana', address: '12 Oak St', callbackPhrase: 'after 5' }))).toBe(
      'callbackNumber',
    );
  });

  it('is null once everything is collected', () => {
    const state = readState({
      project: 'roof',
      name: 'Dana',
      address: '12 Oak St',
      callbackPhrase: 'after 5',
      callbackNumber: '+13035550199',
    });
    expect(nextSlot(state)).toBeNull();
  });
});
