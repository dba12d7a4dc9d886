import { describe, expect, it } from 'vitest';
import { defaultSettings, SettingsPatch } from './settings';

/** The first message a patch is refused with, as the dashboard shows it under the field. */
function refusal(patch: Record<string, unknown>): string | undefined {
  const result = SettingsPatch.safeParse(patch);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('settings refusals are sentences a contractor understands', () => {
  it.each([
    [{ businessName: '  ' }, 'Enter your business name.'],
    [{ forwardingNumber: '12' }, '"12" is not a valid phone number. Enter it with the area code, like (303) 555-0111.'],
    [{ businessHoursStart: '25:00' }, 'Enter a time, such as 8:00 AM.'],
    [{ voiceMaxDuration: 30 }, 'The longest call must be from 1 to 60 minutes, in whole minutes.'],
    [{ voiceMaxDuration: Number.NaN }, 'The longest call must be from 1 to 60 minutes, in whole minutes.'],
    [{ aiTurnBudgetMs: 20_000 }, 'Wait from 500 to 10000 milliseconds (half a second to 10 seconds).'],
    [{ aiTemperature: 3 }, 'Enter a number from 0 (always the same words) to 2 (most varied).'],
    [{ aiModel: 'gpt 4o' }, 'Enter a model name with no spaces, such as gpt-4o-mini.'],
    [{ timezone: 'Mars/Base' }, 'Pick your time zone from the list, such as America/Denver.'],
    [{ voiceMode: 'sometimes' }, 'Pick one of the choices in the list.'],
    [{ businessDays: [7] }, 'Pick days from Sunday to Saturday.'],
    [{ realtimeCostCapUsd: -1 }, 'Enter the most one call may cost in US dollars, from 0 to 50, such as 0.50. 0 means no limit.'],
    [
      { realtimeCostCapUsd: Number.NaN },
      'Enter the most one call may cost in US dollars, from 0 to 50, such as 0.50. 0 means no limit.',
    ],
  ])('%j is refused with "%s"', (patch, message) => {
    expect(refusal(patch)).toBe(message);
  });

  it('no message speaks the schema language', () => {
    const wrong = { ...defaultSettings, businessName: '', voiceGreeting: 'x'.repeat(601), ownerName: 'x'.repeat(81) };
    const result = SettingsPatch.safeParse(wrong);
    expect(result.success).toBe(false);
    for (const issue of result.error!.issues) expect(issue.message).not.toMatch(/expected|Too (small|big)|>=|<=/);
  });
});
