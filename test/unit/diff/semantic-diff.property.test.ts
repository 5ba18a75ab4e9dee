import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { applyChangeSet } from '../../../src/diff/apply';
import { newView, oldView } from '../../../src/diff/redline';
import { semanticDiff } from '../../../src/diff/semantic-diff';
import { bodyText, docUnits } from '../../../src/diff/units';
import { docAndEdit } from './legal-docs';

const RUNS = 10_000;

describe('semanticDiff invariants (fast-check, generated legal documents)', () => {
  it('apply(base, diff(base, x)) == x, and every redline views the exact base and edited bodies', () => {
    let subdivisionAdds = 0;
    fc.assert(
      fc.property(docAndEdit, ({ base, edited }) => {
        const baseDoc = parseConstitution(base);
        const editedDoc = parseConstitution(edited);
        const changes = semanticDiff(baseDoc, editedDoc);
        const applied = applyChangeSet(baseDoc, changes);
        expect(applied).toEqual({ ok: true, value: edited });
        if (base === edited) expect(changes.ops).toEqual([]);

        const split = baseDoc.preamble !== undefined;
        const baseUnits = docUnits(baseDoc, split);
        const editedUnits = docUnits(editedDoc, split);
        for (const op of changes.ops) {
          if (op.op === 'amend') {
            expect(oldView(op.redline)).toBe(bodyText(baseUnits, baseUnits.byKey.get(op.target)!));
            expect(newView(op.redline)).toBe(bodyText(editedUnits, editedUnits.byKey.get(op.target)!));
          } else if (op.op === 'renumber' || op.op === 'move') {
            expect(oldView(op.redline)).toBe(bodyText(baseUnits, baseUnits.byKey.get(op.from)!));
            expect(newView(op.redline)).toBe(bodyText(editedUnits, editedUnits.byKey.get(op.to)!));
          } else if (op.op === 'add' && op.kind === 'subdivision') {
            // The base body is kept whole: the inserted text sits at its offset, and nothing else changed.
            subdivisionAdds++;
            const baseBody = bodyText(baseUnits, baseUnits.byKey.get(op.section)!);
            expect(op.offset).toBeLessThanOrEqual(baseBody.length);
            expect(bodyText(editedUnits, editedUnits.byKey.get(op.section)!)).toContain(op.text);
            expect(op.target.startsWith(`${op.section}/`)).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
    // The generator's `addSubdivision` edit must actually produce such operations.
    expect(subdivisionAdds).toBeGreaterThan(0);
  });
});
