import { describe, expect, it } from 'vitest';
import { defaultTextBackTemplate, previewTextBack, renderTextBack, TextBackTemplate } from './textBack';

const values = { business: 'Summit Roofing', name: 'Dana', need: 'a roof leak', when: 'tomorrow at 8:00 AM', owner: 'Mike' };

describe('text-back template', () => {
  it('fills in every placeholder', () => {
    expect(renderTextBack(defaultTextBackTemplate, values)).toBe(
      'Hi Dana, thanks for calling Summit Roofing. We got your message about a roof leak. Mike will call you back tomorrow at 8:00 AM. Reply STOP to opt out.',
    );
  });

  it('tidies what an empty value leaves and starts sentences with a capital', () => {
    expect(renderTextBack('Hi {name}. {owner} will call {when}.', { ...values, name: '', owner: 'our team' })).toBe(
      'Hi. Our team will call tomorrow at 8:00 AM.',
    );
  });

  it('previews with sample values and the business name', () => {
    expect(previewTextBack('{business}: {owner} calls {when}', { businessName: 'Summit Roofing', ownerName: '' })).toBe(
      'Summit Roofing: our team calls tomorrow at 8:00 AM',
    );
  });

  it('refuses an unknown placeholder in plain words', () => {
    const result = TextBackTemplate.safeParse('Hi {firstname}, thanks');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'The text-back message uses {firstname}, which Pickup cannot fill in. Use only {business}, {name}, {need}, {when}, {owner}.',
    );
  });

  it('refuses a huge template, garbage and control characters', () => {
    expect(TextBackTemplate.safeParse('x'.repeat(5000)).error?.issues[0]?.message).toMatch(/under 320 characters/);
    expect(TextBackTemplate.safeParse(42).error?.issues[0]?.message).toBe('Enter the text-back message as words.');
    expect(TextBackTemplate.safeParse('Hi\u0007there').error?.issues[0]?.message).toMatch(/cannot show/);
    expect(TextBackTemplate.safeParse('   ').error?.issues[0]?.message).toMatch(/turn text-back off/);
  });
});
