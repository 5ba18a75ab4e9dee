/**
 * The main window's size and place, remembered between runs (pure: parsing and fitting to the
 * displays; main.ts reads and writes the file). A saved place that is no longer on any display (a
 * monitor was unplugged) is dropped, so the window never opens off-screen.
 */
import { z } from 'zod';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly width: number;
  readonly height: number;
  /** Absent: let the OS centre the window. */
  readonly x?: number;
  readonly y?: number;
  readonly maximized: boolean;
}

/** A comfortable first size for an editor with a side panel on a 1366×768 laptop and up. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
/** Smallest usable window: the editor plus the amendments panel. */
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;
/** How much of the title bar must be on a display for a saved place to count as visible. */
const MIN_VISIBLE_PIXELS = 100;

const stateSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean(),
});

/** A saved state, or the default when the file is missing or damaged. */
export function parseWindowState(json: string | undefined): WindowState {
  if (json === undefined) return DEFAULT_WINDOW_STATE;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Fit `state` to the displays' work areas: size at most the largest area, place only if visible. */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const largest = workAreas.reduce<{ width: number; height: number }>(
    (best, area) => ({ width: Math.max(best.width, area.width), height: Math.max(best.height, area.height) }),
    { width: 0, height: 0 },
  );
  const width = Math.max(MIN_WINDOW_SIZE.width, largest.width > 0 ? Math.min(state.width, largest.width) : state.width);
  const height = Math.max(
    MIN_WINDOW_SIZE.height,
    largest.height > 0 ? Math.min(state.height, largest.height) : state.height,
  );
  const sized = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return sized;
  const titleBar: Rectangle = { x: state.x, y: state.y, width, height: Math.min(height, MIN_VISIBLE_PIXELS) };
  const visible = workAreas.some((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= MIN_VISIBLE_PIXELS && seen.height > 0;
  });
  return visible ? { ...sized, x: state.x, y: state.y } : sized;
}

/** The state to save for a window with `bounds` (normal bounds when maximized). */
export function stateFromBounds(bounds: Rectangle, maximized: boolean): WindowState {
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized };
}
