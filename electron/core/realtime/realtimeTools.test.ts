import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import type { BrainContext } from '../brain/types';
import { clampedTurn, mergeDetails } from './realtimeTools';

/** Saturday 2026-11-28, 9 PM in Denver. */
const context: BrainContext = {
  settings: { ...defaultSettings, ownerName: 'Mike', timezone: 'America/Denver', forwardingNumber: '+13035550111' },
  callerNumber: '+13035550142',
  lead: { name: null, address: null, project: null, urgency: null, previousCalls: 0 },
  turns: [],
  utterance: 'no need to call me back',
  state: {},
  now: new Date('2026-11-29T04:00:00Z'),
  searchKnowledge: () => [],
};

describe('the speech-to-speech tools, clamped as the chat brain is', () => {
  it('keeps a callback time the model saved, pinned to the business clock', () => {
    const { reply } = clampedTurn({
      heard: 'After 5, got it.',
      action: 'continue',
      details: { callback_time: 'after 5' },
      context,
    });
    // Asked at 9 PM on Saturday: Sunday 5 PM in Denver.
    expect(reply.callback).toMatchObject({ requested: true, time: '2026-11-30T00:00:00.000Z' });
  });

  it('takes a callback back when the caller declines one after giving a time', () => {
    const details = mergeDetails({ callback_time: 'after 5' }, { no_callback: true });
    const { reply } = clampedTurn({ heard: 'No problem.', action: 'end', details, context });
    expect(reply.callback).toEqual({ requested: false, time: null, phrase: null, number: null, declined: true });
  });

  it('asks for a callback again when the caller changes their mind back', () => {
    const details = mergeDetails(
      { callback_time: 'after 5', no_callback: true },
      { callback_time: 'after 6', no_callback: false },
    );
    expect(clampedTurn({ heard: 'After 6 then.', action: 'continue', details, context }).reply.callback).toMatchObject({
      requested: true,
      phrase: 'after 6',
    });
  });
});
