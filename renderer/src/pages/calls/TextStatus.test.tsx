// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SentText } from '../../../../electron/shared/models';
import { TextStatus } from './TextStatus';

afterEach(cleanup);

const text = (extra: Partial<SentText>): SentText => ({
  id: 't1',
  messageSid: `SM${'1'.repeat(32)}`,
  callId: 'c1',
  recipient: 'caller',
  purpose: 'text_back',
  to: '+13035550142',
  body: 'Thanks, Dana',
  status: 'delivered',
  errorCode: null,
  createdAt: '2026-11-30T10:00:00Z',
  updatedAt: '2026-11-30T10:00:05Z',
  ...extra,
});

describe("a call's texts on its page", () => {
  it('says to whom each went and how far it got', () => {
    render(<TextStatus texts={[text({}), text({ id: 't2', recipient: 'owner', purpose: 'call_summary', status: 'sent' })]} />);
    const list = screen.getByTestId('call-texts');
    expect(within(list).getByText('Text back to the caller')).toBeTruthy();
    expect(within(list).getByText('Delivered')).toBeTruthy();
    expect(within(list).getByText('Summary to you')).toBeTruthy();
    expect(within(list).getByText('Sent')).toBeTruthy();
  });

  it('explains a failure the owner can fix in plain words, with where to fix it', () => {
    render(
      <TextStatus texts={[text({ recipient: 'owner', purpose: 'call_summary', status: 'undelivered', errorCode: 30034 })]} />,
    );
    expect(screen.getByText('Not delivered')).toBeTruthy();
    const fix = screen.getByRole('link', { name: 'How to fix it' });
    expect(fix.getAttribute('href')).toMatch(/a2p-10dlc/);
  });

  it('shows nothing for a call that sent no text', () => {
    const { container } = render(<TextStatus texts={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
