import { describe, expect, it } from 'vitest';
import { restorableBounds } from './windowBounds';

describe('restoring the window where it was', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 875 };
  const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

  it('keeps bounds that are on a display', () => {
    const onMonitor = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(restorableBounds(onMonitor, [laptop, monitor])).toEqual(onMonitor);
  });

  it('forgets bounds left on a monitor that has been unplugged', () => {
    expect(restorableBounds({ x: 1600, y: 100, width: 1200, height: 800 }, [laptop])).toBeNull();
  });

  it('forgets bounds with only a sliver left on screen', () => {
    expect(restorableBounds({ x: 1400, y: 100, width: 1200, height: 800 }, [laptop])).toBeNull();
  });
});
