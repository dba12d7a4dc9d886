// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEvent } from '../queries/liveEvents';
import { fakeCall } from '../test/fakeApi';
import { setUpServerState } from '../test/renderWithApi';
import { ScreenedToday } from './ScreenedToday';

afterEach(cleanup);

const today = () => new Date().toISOString();

describe("the day's screened calls", () => {
  it('are told in one line, counted from the core, and the line follows a new one as it ends', async () => {
    const server = setUpServerState();
    server.fake.state.settings = { ...server.fake.state.settings, timezone: 'UTC' };
    server.fake.state.calls = [
      fakeCall(1, { outcome: 'spam', startedAt: today() }),
      fakeCall(2, { outcome: 'spam', startedAt: today() }),
      fakeCall(3, { outcome: 'wrong_number', startedAt: today() }),
      fakeCall(4, { outcome: 'qualified', startedAt: today() }),
      fakeCall(5, { outcome: 'spam', startedAt: '2020-01-01T12:00:00.000Z' }),
    ];
    server.render(<ScreenedToday />);
    await screen.findByText('2 robocalls and 1 wrong number today were ended for you.');

    const another = fakeCall(6, { outcome: 'spam', startedAt: today() });
    server.fake.state.calls.push(another);
    act(() => applyEvent(server.client, { type: 'call.ended', call: another }));
    await screen.findByText('3 robocalls and 1 wrong number today were ended for you.');
  });

  it('says nothing on a day without any', async () => {
    const server = setUpServerState();
    server.fake.state.calls = [fakeCall(1, { outcome: 'voicemail', startedAt: today() })];
    server.render(<ScreenedToday />);
    await waitFor(() => expect(server.fake.count('listCalls')).toBe(2));
    expect(screen.queryByTestId('screened-today')).toBeNull();
  });
});
