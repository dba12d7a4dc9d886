import { describe, expect, it } from 'vitest';
import { mentionsPrivate, toPlainText } from './plainText';

describe('toPlainText', () => {
  it('drops markdown, bullets, links and emoji, and keeps one line', () => {
    expect(
      toPlainText(
        '**Sure!** We offer:\n- gutter cleaning\n- roof repair 🙂\nSee [our site](https://summit.example) or https://summit.example/prices.',
      ),
    ).toBe('Sure! We offer: gutter cleaning roof repair See our site or');
    expect(toPlainText('## Hours\nWe work `8 to 5`.')).toBe('Hours We work 8 to 5.');
    expect(toPlainText('We offer:\n• gutters\n• roofs')).toBe('We offer: gutters roofs');
  });

  it('cuts a long reply at the last whole sentence that fits', () => {
    const long = `${'We do roofs. '.repeat(10)}${'word '.repeat(60)}`;
    const spoken = toPlainText(long, 40);
    expect(spoken.split(' ').length).toBeLessThanOrEqual(40);
    expect(spoken.endsWith('We do roofs.')).toBe(true);
  });

  it('ends a long reply without any sentence break with a full stop', () => {
    expect(toPlainText('one two three four five six,', 5)).toBe('one two three four five.');
  });
});

describe('mentionsPrivate', () => {
  const privateValues = { numbers: ['+13035550122'], secrets: ['sk-live-abcdef123456'] };

  it('finds a private number however it is written', () => {
    for (const text of ['Call 303-555-0122.', 'his cell is (303) 555 0122', 'try +1 303.555.0122', 'dial 3035550122']) {
      expect(mentionsPrivate(text, privateValues)).toBe(true);
    }
  });

  it('finds a secret, and leaves other numbers alone', () => {
    expect(mentionsPrivate('the key is sk-live-abcdef123456', privateValues)).toBe(true);
    expect(mentionsPrivate('Is 303 555 0142 the best number to reach you?', privateValues)).toBe(false);
    expect(mentionsPrivate('Repairs start at 350 dollars.', privateValues)).toBe(false);
  });
});
