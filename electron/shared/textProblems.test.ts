import { describe, expect, it } from 'vitest';
import { a2pRegistrationLink, explainTextProblem } from './textProblems';

describe('explainTextProblem', () => {
  it('explains unregistered US traffic (30034) and links to the A2P 10DLC registration page', () => {
    const problem = explainTextProblem(30034);
    expect(problem?.title).toMatch(/not registered/);
    expect(problem?.detail).toMatch(/Register your brand/);
    expect(problem?.link).toBe(a2pRegistrationLink);
  });

  it.each([
    [21610, /opted out/],
    [30006, /landline/],
    [21614, /Not a mobile/],
    [30003, /unreachable/],
    [30005, /Unknown number/],
    [30007, /spam/],
  ])('explains %i in plain words', (code, title) => {
    expect(explainTextProblem(code)?.title).toMatch(title);
  });

  it('says nothing for no code, and names an unknown code with a link to look it up', () => {
    expect(explainTextProblem(null)).toBeNull();
    expect(explainTextProblem(30999)).toMatchObject({
      title: 'Twilio error 30999',
      link: 'https://www.twilio.com/docs/api/errors/30999',
    });
  });
});
