import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  MIN_WINDOW_SIZE,
  parseWindowState,
  stateFromBounds,
} from '../../../electron/window-state';

const LAPTOP = { x: 0, y: 0, width: 1366, height: 740 };
const RIGHT_MONITOR = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('window state', () => {
  it('reads a saved state and falls back to the default when missing or damaged', () => {
    expect(parseWindowState('{"width":900,"height":700,"x":5,"y":6,"maximized":true}')).toEqual({
      width: 900,
      height: 700,
      x: 5,
      y: 6,
      maximized: true,
    });
    for (const bad of [undefined, '', '{', '{"width":-1,"height":2,"maximized":false}', '[]', 'null']) {
      expect(parseWindowState(bad)).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('keeps a place that is on a display', () => {
    const state = { width: 1200, height: 800, x: 1500, y: 40, maximized: false };
    expect(fitToDisplays(state, [LAPTOP, RIGHT_MONITOR])).toEqual(state);
  });

  it('drops a place on a monitor that was unplugged (the window would open off-screen)', () => {
    const state = { width: 1200, height: 700, x: 1500, y: 40, maximized: false };
    expect(fitToDisplays(state, [LAPTOP])).toEqual({ width: 1200, height: 700, maximized: false });
  });

  it('shrinks to the largest display and never below the minimum size', () => {
    expect(fitToDisplays({ width: 4000, height: 3000, maximized: false }, [LAPTOP])).toEqual({
      width: 1366,
      height: 740,
      maximized: false,
    });
    expect(fitToDisplays({ width: 10, height: 10, maximized: false }, [LAPTOP])).toEqual({
      ...MIN_WINDOW_SIZE,
      maximized: false,
    });
  });

  it('records the normal bounds', () => {
    expect(stateFromBounds({ x: 1, y: 2, width: 3, height: 4 }, true)).toEqual({
      x: 1,
      y: 2,
      width: 3,
      height: 4,
      maximized: true,
    });
  });
});
