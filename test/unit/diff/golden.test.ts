import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { applyChangeSet } from '../../../src/diff/apply';
import { semanticDiff } from '../../../src/diff/semantic-diff';
import { summarizeOp } from '../../../src/diff/summary';
import type { ChangeOp, ChangeSet } from '../../../src/diff/types';
import { bodyText, docUnits } from '../../../src/diff/units';
import { expectGoldenJson } from '../../support/golden';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/diff');
const CASES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function diffCase(name: string): { base: string; edited: string; changes: ChangeSet } {
  const base = readFileSync(join(FIXTURES, name, 'base.md'), 'utf8');
  const edited = readFileSync(join(FIXTURES, name, 'edited.md'), 'utf8');
  return { base, edited, changes: semanticDiff(parseConstitution(base), parseConstitution(edited)) };
}

function kinds(ops: readonly ChangeOp[]): string[] {
  return ops.map((op) => `${op.op} ${op.kind}`);
}

describe('semanticDiff golden fixtures (test/fixtures/diff/<case>; UPDATE=1 rewrites changes.json)', () => {
  it.each(CASES)('%s: matches changes.json and applies back to edited.md', (name) => {
    const { base, edited, changes } = diffCase(name);
    expectGoldenJson(join(FIXTURES, name, 'changes.json'), {
      summary: changes.ops.map(summarizeOp),
      changeSet: JSON.parse(JSON.stringify(changes)) as unknown,
    });
    expect(applyChangeSet(parseConstitution(base), changes)).toEqual({ ok: true, value: edited });
  });

  it('covers every operation kind', () => {
    const seen = new Set(CASES.flatMap((name) => diffCase(name).changes.ops.map((op) => op.op)));
    expect([...seen].sort()).toEqual(['add', 'amend', 'move', 'renumber', 'repeal', 'retitle']);
  });

  it('amend-calexit: one operation striking "an inseparable" and inserting "a"', () => {
    const { ops } = diffCase('amend-calexit').changes;
    expect(ops).toHaveLength(1);
    const op = ops[0]!;
    if (op.op !== 'amend') throw new Error(`expected amend, got ${op.op}`);
    expect(op.target).toBe('art-III/sec-1');
    expect(op.redline.filter((segment) => segment.type !== 'equal')).toEqual([
      { type: 'delete', text: 'an inseparable' },
      { type: 'insert', text: 'a' },
    ]);
    expect(summarizeOp(op)).toBe('amend  Article III, Section 1  \u22122 words +1 word');
  });

  it('reports each structural case with the expected operations', () => {
    expect(kinds(diffCase('add-section').changes.ops)).toEqual(['add section']);
    expect(kinds(diffCase('add-article').changes.ops)).toEqual(['add article']);
    expect(kinds(diffCase('repeal-section').changes.ops)).toEqual(['repeal section']);
    expect(kinds(diffCase('repeal-article').changes.ops)).toEqual(['repeal article']);
    expect(kinds(diffCase('renumber').changes.ops)).toEqual(['repeal section', 'renumber section']);
    expect(kinds(diffCase('amend-and-renumber').changes.ops)).toEqual(['repeal section', 'renumber section']);
    expect(kinds(diffCase('move').changes.ops)).toEqual(['move section']);
    expect(kinds(diffCase('retitle').changes.ops)).toEqual(['retitle article']);
    expect(kinds(diffCase('preamble-amended').changes.ops)).toEqual(['amend preamble']);
    expect(kinds(diffCase('subdivision-added').changes.ops)).toEqual(['add subdivision']);
    expect(summarizeOp(diffCase('subdivision-added').changes.ops[0]!)).toBe(
      'add  Article X, Section 2, subdivision (c)  +11 words',
    );
    expect(summarizeOp(diffCase('subdivision-added-with-edit').changes.ops[0]!)).toBe(
      'amend  Article X, Section 2  \u22121 word +12 words  adds (c)',
    );
    expect(summarizeOp(diffCase('renumber').changes.ops[1]!)).toBe('renumber  Article X, Section 4 \u2192 Section 3');
    expect(summarizeOp(diffCase('move').changes.ops[0]!)).toBe(
      'move  Article X B, Section 2 \u2192 Article X, Section 5',
    );
  });

  it('subdivision-added: the only change is a whole new subdivision, so one add of it', () => {
    const { base, changes } = diffCase('subdivision-added');
    expect(JSON.parse(JSON.stringify(changes.ops))).toEqual([
      {
        op: 'add',
        kind: 'subdivision',
        target: 'art-X/sec-2/c',
        citation: 'Article X, Section 2, subdivision (c)',
        section: 'art-X/sec-2',
        baseHash: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown,
        after: 'art-X/sec-2/b',
        offset: expect.any(Number) as unknown,
        text: '\n\n(c) The Legislature may enact laws in furtherance of this section.',
      },
    ]);
    const op = changes.ops[0]!;
    // The offset is where the text goes in the base body: right after the end of (b).
    if (op.op !== 'add' || op.kind !== 'subdivision') throw new Error('expected an add of a subdivision');
    const baseUnits = docUnits(parseConstitution(base), true);
    const body = bodyText(baseUnits, baseUnits.byKey.get('art-X/sec-2')!);
    expect(body.slice(0, op.offset).endsWith('shall be prevented.')).toBe(true);
  });

  it('subdivision-added-with-edit: a new subdivision plus a word edit stays one amend', () => {
    const [op, ...rest] = diffCase('subdivision-added-with-edit').changes.ops;
    expect(rest).toHaveLength(0);
    expect(op?.op === 'amend' && op.subdivisions).toEqual({ added: ['c'], removed: [], changed: ['b'] });
  });

  it('whitespace-only: the change is visible and summarized as such', () => {
    const ops = diffCase('whitespace-only').changes.ops;
    expect(ops.map(summarizeOp)).toEqual([
      'amend  Article III, Section 2  punctuation or whitespace only',
      'amend  Article III, Section 3  punctuation or whitespace only',
    ]);
  });

  it('sentence-replaced: one struck sentence, then one inserted sentence', () => {
    const op = diffCase('sentence-replaced').changes.ops[0]!;
    if (op.op !== 'amend') throw new Error(`expected amend, got ${op.op}`);
    expect(op.redline.map((segment) => segment.type)).toEqual(['equal', 'delete', 'insert', 'equal']);
  });
});
