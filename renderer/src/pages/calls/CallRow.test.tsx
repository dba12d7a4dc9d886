// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeCall } from '../../test/fakeApi';
import { CallRow } from './CallRow';

afterEach(cleanup);

const row = (extra: Parameters<typeof fakeCall>[1]) =>
  render(<CallRow call={fakeCall(1, extra)} selected={false} index={0} emergency={false} />).container.querySelector('a')!;

describe('a row of the call history', () => {
  it('carries a small marker for unanswered questions, and for Spanish', () => {
    row({ callerQuestions: ['Do you work Sundays?'], language: 'es' });
    expect(screen.getByText('1 question')).toBeTruthy();
    expect(screen.getByText('Spanish')).toBeTruthy();
  });

  it('greys a robocall and names it plainly instead of an intent', () => {
    const link = row({ outcome: 'wrong_number', callerIntent: null });
    expect(link.className).toContain('text-muted-foreground');
    expect(link.className).not.toMatch(/red/);
    expect(screen.getAllByText(/Wrong number/).length).toBeGreaterThan(0);
    expect(screen.queryByText('Unknown')).toBeNull();
    expect(screen.queryByText(/question/)).toBeNull();
  });
});
