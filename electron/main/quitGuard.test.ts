import { describe, expect, it, vi } from 'vitest';
import { startTestCore } from '../../test/support/testCore';
import { createQuitGuard } from './quitGuard';

const quitEvent = () => ({ preventDefault: vi.fn() });

describe('quitting', () => {
  it('holds the quit until the core has stopped, then quits once', async () => {
    const core = await startTestCore();
    const quit = vi.fn();
    const guard = createQuitGuard({ stopCore: () => core.stop(), quit, log: () => {}, timeoutMs: 5000 });
    expect(guard.isQuitting()).toBe(false);

    const first = quitEvent();
    guard.beforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(guard.isQuitting()).toBe(true);
    const again = quitEvent();
    guard.beforeQuit(again);
    expect(again.preventDefault).toHaveBeenCalled();

    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(core.store.db.open).toBe(false);
    const last = quitEvent();
    guard.beforeQuit(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when stopping hangs', async () => {
    const quit = vi.fn();
    const log = vi.fn();
    const guard = createQuitGuard({ stopCore: () => new Promise(() => {}), quit, log, timeoutMs: 20 });
    guard.beforeQuit(quitEvent());
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(log).toHaveBeenCalledWith('the core took too long to stop; quitting anyway', { timeoutMs: 20 });
  });
});
