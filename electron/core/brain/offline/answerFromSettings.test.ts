import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings';
import { answerFromSettings } from './answerFromSettings';

const hours = {
  ...defaultSettings,
  businessHoursStart: '08:00',
  businessHoursEnd: '17:30',
  businessDays: [1, 2, 3, 4, 5],
  timezone: 'America/Denver',
};

describe('answerFromSettings', () => {
  it('answers the hours, days and time zone from Settings', () => {
    expect(answerFromSettings('what are your hours', hours)).toBe("We're open Monday to Friday, 8 AM to 5:30 PM Mountain Time.");
    expect(answerFromSettings('are you guys open on saturdays', hours)).toBe(
      "No, we're closed then. We're open Monday to Friday, 8 AM to 5:30 PM Mountain Time.",
    );
    expect(answerFromSettings('are you open on saturdays', { ...hours, businessDays: [1, 2, 3, 4, 5, 6] })).toBe(
      "Yes, we're open Monday to Saturday, 8 AM to 5:30 PM Mountain Time.",
    );
    expect(answerFromSettings('what time zone are you in', { ...hours, timezone: 'America/New_York' })).toContain('Eastern Time');
  });

  it('answers in Spanish', () => {
    expect(answerFromSettings('trabajan los sábados', hours, 'es')).toBe(
      'Ese día no trabajamos; el horario es de lunes a viernes, 8 AM a 5:30 PM Mountain Time.',
    );
  });

  it('leaves other questions alone', () => {
    expect(answerFromSettings('do you offer a warranty on exterior paint jobs', hours)).toBeNull();
    expect(answerFromSettings('how much do you charge', hours)).toBeNull();
  });
});
