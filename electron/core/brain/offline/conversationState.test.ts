import { describe, expect, it } from 'vitest';
import { noSignals } from './classifyIntent';
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

  it('reads a signal added since a state was saved as not heard, and starts the signals over when an original one is missing', () => {
    const original = {
      askedForPerson: true,
      complained: false,
      emergency: false,
      repair: true,
      newWork: false,
      priceAsked: false,
      askedQuestion: false,
      willCallBack: false,
      gaveAddress: false,
    };
    expect(readState({ signals: original }).signals).toMatchObject({ ...original, askedAfterDetails: false, courtesy: false });
    const { repair: _, ...damaged } = original;
    expect(readState({ signals: damaged }).signals).toEqual(noSignals);
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
