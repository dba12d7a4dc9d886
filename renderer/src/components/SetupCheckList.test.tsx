// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SetupReport } from '../../../electron/shared/phoneLine';
import { SetupCheckList } from './SetupCheckList';

afterEach(cleanup);

const report: SetupReport = {
  ok: false,
  checks: [
    { link: 'credentials', ok: true, detail: 'account AC123 (Summit Roofing)', fix: null },
    { link: 'number', ok: false, detail: 'no Twilio number is set up for Pickup', fix: 'Choose your number.' },
    { link: 'tunnel', ok: false, detail: 'Pickup is only reachable on this computer', fix: 'Add your ngrok authtoken.' },
    { link: 'signature', ok: false, detail: 'could not be checked', fix: 'Fix the tunnel first, then check again.' },
    { link: 'text', ok: true, detail: 'a test text reached +13035550122', fix: null },
  ],
};

describe('the setup check list', () => {
  it('lays out every link while the check runs, so the answer fills rows already there', () => {
    const { rerender } = render(<SetupCheckList report={undefined} checking />);
    const list = screen.getByRole('list', { name: 'Setup check' });
    expect(list.getAttribute('aria-busy')).toBe('true');
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(within(list).getAllByText('Checking…')).toHaveLength(5);

    rerender(<SetupCheckList report={report} checking={false} />);
    expect(list.getAttribute('aria-busy')).toBe('false');
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Your Twilio accountaccount AC123 (Summit Roofing)',
      'Your number rings Pickupno Twilio number is set up for PickupChoose your number.',
      'Twilio can reach this computerPickup is only reachable on this computerAdd your ngrok authtoken.',
      'Calls from Twilio are acceptedcould not be checkedFix the tunnel first, then check again.',
      'Texts reach your phonea test text reached +13035550122',
    ]);
    expect(within(rows[0]!).getByLabelText('working')).toBeTruthy();
    expect(within(rows[1]!).getByLabelText('needs attention')).toBeTruthy();
  });

  it('says checking again over an earlier answer while a new check runs', () => {
    render(<SetupCheckList report={report} checking />);
    expect(screen.getAllByText('Checking…')).toHaveLength(5);
    expect(screen.queryByText('Choose your number.')).toBeNull();
  });
});
