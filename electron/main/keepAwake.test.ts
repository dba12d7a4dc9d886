import { describe, expect, it } from 'vitest';
import { createKeepAwake, type PowerSaveBlockerLike } from './keepAwake';

function fakeBlocker() {
  const active = new Map<number, string>();
  let next = 1;
  const blocker: PowerSaveBlockerLike = {
    start: (type) => {
      active.set(next, type);
      return next++;
    },
    stop: (id) => {
      active.delete(id);
    },
  };
  return { blocker, active };
}

describe('keeping the computer awake', () => {
  it('blocks system sleep while on duty, once however often it is asked, and releases it after', () => {
    const { blocker, active } = fakeBlocker();
    const keepAwake = createKeepAwake(blocker);
    keepAwake.set(true);
    keepAwake.set(true);
    expect([...active.values()]).toEqual(['prevent-app-suspension']);
    expect(keepAwake.active()).toBe(true);
    keepAwake.set(false);
    expect(active.size).toBe(0);
    expect(keepAwake.active()).toBe(false);
  });
});
