import { describe, expect, it } from 'vitest';
import { announcesCallOn } from './answeringToast';

describe('the toast for a call that starts', () => {
  it('shows where the call is not already on screen', () => {
    expect(announcesCallOn('#/calls')).toBe(true);
    expect(announcesCallOn('#/calls/c1')).toBe(true);
    expect(announcesCallOn('#/settings')).toBe(true);
  });

  it('stays away from Live, the test call and the welcome, which show the call already', () => {
    expect(announcesCallOn('#/live')).toBe(false);
    expect(announcesCallOn('#/test-call')).toBe(false);
    expect(announcesCallOn('#/welcome')).toBe(false);
  });
});
