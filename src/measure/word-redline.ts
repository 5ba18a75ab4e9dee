/**
 * The one place the measure code asks for a word-level comparison. It delegates to the diff engine's
 * `redlineWords` (legal-aware tokens, readability clean-up), so compare, merge and the restated
 * sections all read the same way as the constitution redline.
 */
import { redlineWords } from '../diff/redline';
import type { RedlineSegment } from '../diff/types';

/** Word-level redline of `before` → `after`: equal+delete spells `before`, equal+insert spells `after`. */
export function wordRedline(before: string, after: string): readonly RedlineSegment[] {
  return redlineWords(before, after).segments;
}
