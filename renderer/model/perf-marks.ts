/**
 * Names of the performance marks and measures the renderer records, read by the renderer benchmark
 * (test/bench/suites/renderer.ts) through the page's Performance API.
 */

/** A draft starts opening (edition or measure chosen). */
export const OPEN_START_MARK = 'amend:open-start';
/** Measure: open start → the text is in the editor with its outline and amendment list. */
export const OPEN_TO_INTERACTIVE = 'amend:open-to-interactive';
/** Measure: an edit in the constitution text → the amendments panel rendered its result. */
export const KEYSTROKE_TO_PANEL = 'amend:keystroke-to-panel';
