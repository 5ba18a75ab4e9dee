import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { createDiffSession } from '../../../src/diff/incremental';
import { docUnits } from '../../../src/diff/units';
import { readConstitution2011 } from '../../support/constitution-2011';
import { lineStartsOf, outlineOf } from '../../../renderer/workers/diff-view-model';

const BASE = readConstitution2011();

describe('the diff session exposes the units the worker draws the outline from', () => {
  it('matches a fresh parse after incremental edits that add and remove lines', () => {
    const base = parseConstitution(BASE);
    const session = createDiffSession(base);
    expect(session.units).toBeUndefined();
    const at = BASE.indexOf('inseparable');
    let text = BASE;
    for (const edit of ['inseparable\nand ', 'inseparable ', 'insep']) {
      text = text.slice(0, at) + edit + text.slice(at + (text.startsWith('inseparable\nand ', at) ? 16 : 12));
      session.update(text);
      const fresh = docUnits(parseConstitution(text), base.preamble !== undefined);
      expect(session.units?.source).toBe(text);
      expect(session.units?.units.map((unit) => [unit.key, unit.start, unit.bodyStart])).toEqual(
        fresh.units.map((unit) => [unit.key, unit.start, unit.bodyStart]),
      );
      expect(outlineOf(session.units!, lineStartsOf(text))).toEqual(outlineOf(fresh));
    }
  });
});
