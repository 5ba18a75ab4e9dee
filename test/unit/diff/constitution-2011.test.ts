/** The semantic diff on the real 2011 text and the benchmark's deterministic edits of it. */
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { applyChangeSet } from '../../../src/diff/apply';
import { semanticDiff } from '../../../src/diff/semantic-diff';
import { summarizeOp } from '../../../src/diff/summary';
import { structuralRewrite, tenScatteredEdits } from '../../bench/scenarios/constitution-edits';
import { readConstitution2011 } from '../../support/constitution-2011';

const source = readConstitution2011();
const base = parseConstitution(source);

function roundTrip(edited: string): ReturnType<typeof semanticDiff> {
  const changes = semanticDiff(base, parseConstitution(edited));
  expect(applyChangeSet(base, changes)).toEqual({ ok: true, value: edited });
  return changes;
}

describe('semanticDiff on the 2011 constitution', () => {
  it('S1: striking "inseparable" is exactly one amend of Article III, Section 1', () => {
    const changes = roundTrip(source.replace('is an inseparable part', 'is an part'));
    expect(changes.ops.map(summarizeOp)).toEqual(['amend  Article III, Section 1  \u22121 word +0 words']);
  });

  it('S2: ten scattered word edits are ten amends', () => {
    const changes = roundTrip(tenScatteredEdits(source, 2));
    expect(changes.ops.map((op) => op.op)).toEqual(Array.from({ length: 10 }, () => 'amend'));
  });

  it('S5: a rewritten article, 5 repeals, 3 additions and the 2 moves to Article X', () => {
    const changes = roundTrip(structuralRewrite(source, 5));
    const lines = changes.ops.map(summarizeOp);
    expect(lines.filter((line) => line.startsWith('amend  Article V,'))).toHaveLength(13);
    expect(lines.filter((line) => !line.startsWith('amend'))).toEqual([
      'repeal  Article III, Section 9',
      'add  Article VII, Section 2.9',
      'add  Article IX, Section 2.9',
      'move  Article X B, Section 2 \u2192 Article X, Section 8',
      'move  Article XIX C, Section 1 \u2192 Article X, Section 9',
      'repeal  Article XI, Section 12',
      'repeal  Article XII, Section 3',
      'repeal  Article XIII B, Section 8',
      'repeal  Article XIII D, Section 4',
      'add  Article XVIII, Section 2.9',
    ]);
  });

  it('finds no change between the text and itself', () => {
    expect(semanticDiff(base, parseConstitution(source)).ops).toEqual([]);
  });
});
