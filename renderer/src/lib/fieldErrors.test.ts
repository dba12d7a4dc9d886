import { describe, expect, it } from 'vitest';
import { SettingsPatch } from '../../../electron/shared/settings';
import { fieldErrors } from './fieldErrors';

describe('fieldErrors', () => {
  it("names each wrong settings field with the schema's own message", () => {
    const result = SettingsPatch.safeParse({
      forwardingNumber: '12',
      businessHoursStart: '25:00',
      businessDays: [1, 9],
      businessName: 'Ok',
    });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(errors).toEqual({
      forwardingNumber: '"12" is not a valid phone number',
      businessHoursStart: 'must be a time as HH:MM (24-hour), e.g. 08:00',
      businessDays: expect.any(String),
    });
  });

  it('keeps the first message when a field fails twice', () => {
    const result = SettingsPatch.safeParse({ blockedNumbers: ['1', '2'] });
    expect(Object.keys(fieldErrors(result.error!))).toEqual(['blockedNumbers']);
  });
});
