import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/settings';
import { routeIncomingCall } from './routeIncomingCall';

const base: Settings = {
  ...defaultSettings,
  forwardingNumber: '+13035550111',
  ownerPhone: '+13035550122',
  timezone: 'America/Denver',
};
const wednesdayNoon = new Date('2026-11-25T19:00:00Z');
const wednesdayNight = new Date('2026-11-26T05:00:00Z');
const caller = '+13035550142';

describe('routeIncomingCall', () => {
  it('rejects a blocked number before anything else, whatever the mode', () => {
    for (const voiceMode of ['always', 'after_hours', 'overflow'] as const) {
      expect(routeIncomingCall({ ...base, voiceMode, blockedNumbers: [caller] }, caller, wednesdayNoon)).toEqual({
        kind: 'reject',
      });
    }
  });

  it('always: the AI answers day and night', () => {
    const settings = { ...base, voiceMode: 'always' as const };
    expect(routeIncomingCall(settings, caller, wednesdayNoon)).toEqual({ kind: 'ai' });
    expect(routeIncomingCall(settings, caller, wednesdayNight)).toEqual({ kind: 'ai' });
  });

  it('after_hours: rings the forwarding number in business hours, the AI answers outside them', () => {
    const settings = { ...base, voiceMode: 'after_hours' as const };
    expect(routeIncomingCall(settings, caller, wednesdayNoon)).toEqual({ kind: 'ring-owner', number: '+13035550111' });
    expect(routeIncomingCall(settings, caller, wednesdayNight)).toEqual({ kind: 'ai' });
  });

  it('overflow: rings the owner first at any hour', () => {
    const settings = { ...base, voiceMode: 'overflow' as const };
    expect(routeIncomingCall(settings, caller, wednesdayNight)).toEqual({ kind: 'ring-owner', number: '+13035550111' });
    expect(routeIncomingCall({ ...settings, forwardingNumber: '' }, caller, wednesdayNight)).toEqual({
      kind: 'ring-owner',
      number: '+13035550122',
    });
  });

  it('with no number to ring, the AI answers rather than leaving the caller ringing', () => {
    expect(
      routeIncomingCall({ ...base, voiceMode: 'overflow', forwardingNumber: '', ownerPhone: '' }, caller, wednesdayNoon),
    ).toEqual({ kind: 'ai' });
  });

  it('voice AI off: forwards like the seed, or takes a message with no number', () => {
    expect(routeIncomingCall({ ...base, voiceEnabled: false }, caller, wednesdayNight)).toEqual({
      kind: 'forward',
      number: '+13035550111',
    });
    expect(
      routeIncomingCall({ ...base, voiceEnabled: false, forwardingNumber: '', ownerPhone: '' }, caller, wednesdayNight),
    ).toEqual({ kind: 'voicemail' });
  });
});
