/**
 * The one place the measure code asks for a word-level comparison, so compare, merge and the restated
 * sections all read the same way. Interim: jsdiff's word diff, until the diff engine's `redlineWords`
 * (legal-aware tokens, readability clean-up) lands and replaces it here.
 */
import { diffWordsWithSpace } from 'diff';
import type { RedlineSegment } from '../diff/types';

/** Word-level redline of `before` → `after`: equal+delete spells `before`, equal+insert spells `after`. */
export function wordRedline(before: string, after: string): RedlineSegment[] {
  const segments: RedlineSegment[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const type = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = segments.at(-1);
    if (last !== undefined && last.type === type)
      segments[segments.length - 1] = { type, text: last.text + change.value };
    else if (change.value !== '') segments.push({ type, text: change.value });
  }
  return segments;
}
