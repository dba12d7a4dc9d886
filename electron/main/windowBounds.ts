import type { Bounds } from './preferences';

/** Enough of the window to grab its title bar and drag it back. */
const minVisible = { width: 160, height: 80 };

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The saved window bounds, if enough of them is still on one of the displays' work areas
 * (a monitor may have been unplugged since); null to let the window open centred.
 */
export function restorableBounds(saved: Bounds | null, workAreas: Bounds[]): Bounds | null {
  if (!saved) return null;
  const visible = workAreas.some((area) => {
    const o = overlap(saved, area);
    return o.width >= minVisible.width && o.height >= minVisible.height;
  });
  return visible ? saved : null;
}
