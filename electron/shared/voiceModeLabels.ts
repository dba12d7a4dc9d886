import type { VoiceMode } from './settings';

/** One vocabulary for when Pickup answers, shared by the welcome and Settings. */
export const voiceModeLabels: Record<VoiceMode, { title: string; text: string }> = {
  after_hours: { title: 'After hours', text: 'Your phone rings in business hours; Pickup answers the rest.' },
  overflow: { title: "When you can't pick up", text: 'Your phone rings first; Pickup answers if you miss it.' },
  always: { title: 'Every call', text: 'Pickup answers every call and puts urgent ones through.' },
};
