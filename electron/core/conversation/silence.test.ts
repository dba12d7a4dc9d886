import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { replyToSilence } from './silence';

describe('replyToSilence', () => {
  const state = { turns: 2, asked: 'name' };

  it('puts the caller through to the owner by name, keeping the brain state as it was', () => {
    expect(replyToSilence({ ...defaultSettings, ownerName: 'Mike' }, state, 'en')).toEqual({
      say: "I'll put you through to Mike now.",
      intent: null,
      sentiment: null,
      collected: {},
      callback: null,
      state,
      action: 'transfer',
    });
  });

  it('says it in Spanish to a caller who spoke Spanish, and without a name when none is set', () => {
    expect(replyToSilence({ ...defaultSettings, ownerName: 'Mike' }, state, 'es').say).toBe('Le comunico ahora con Mike.');
    expect(replyToSilence({ ...defaultSettings, ownerName: '' }, state, 'en').say).toBe("I'll put you through now.");
  });
});
